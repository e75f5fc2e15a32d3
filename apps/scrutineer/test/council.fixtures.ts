import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, tempDir } from "./helpers.js";

/**
 * A copy of the Hackney council folder as `<root>/council`, with the CYP programme it names at the
 * same relative path (`<root>/hackney-cyp-2022-23`).
 */
export function copyOfCouncil(prefix = "scrutineer-council-"): { root: string; dir: string } {
  const root = tempDir(prefix);
  cpSync(join(repoRoot, "examples/hackney-council-2022-23"), join(root, "council"), { recursive: true });
  cpSync(join(repoRoot, "examples/hackney-cyp-2022-23"), join(root, "hackney-cyp-2022-23"), { recursive: true });
  return { root, dir: join(root, "council") };
}

/** The cycles the calendar tests give five committees (planning input, not in the papers). */
export const FIVE_CYCLES: Record<string, string> = {
  cyp: '{ rule: "every Monday", meetings: 8 }',
  "scrutiny-panel": '{ rule: "FREQ=WEEKLY;BYDAY=MO,TH", meetings: 6 }',
  "living-in-hackney": '{ rule: "every Monday", meetings: 7 }',
  "health-in-hackney": '{ rule: "every Wednesday", meetings: 7 }',
  "skills-economy-growth": '{ rule: "FREQ=WEEKLY;BYDAY=MO,WE", meetings: 6 }',
};

/** A copy of the council folder with a cycle for five committees in its council.yaml. */
export function councilWithCycles(prefix = "scrutineer-calendar-"): { root: string; dir: string } {
  const copy = copyOfCouncil(prefix);
  const file = join(copy.dir, "council.yaml");
  let text = readFileSync(file, "utf8");
  for (const [id, cycle] of Object.entries(FIVE_CYCLES))
    text = text.replace(new RegExp(`(\\{ id: ${id}, [^}\\n]*)\\}`), `$1, cycle: ${cycle} }`);
  writeFileSync(file, text);
  return copy;
}
