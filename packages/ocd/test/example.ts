import { readFileSync } from "node:fs";
import { type Programme, parseProgramme } from "@scrutineer/model";

/** The real Hackney CYP 2022/23 programme bundled with the repository. */
export function loadExample(): Programme {
  const file = new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url);
  const result = parseProgramme(readFileSync(file, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** A bundled example by its folder under examples/, parsed as a file is. */
function bundled(folder: string): Programme {
  const file = new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url);
  const result = parseProgramme(readFileSync(file, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** The real North Yorkshire Scrutiny of Health Committee 2022/23 programme (a committee, substitutes, a private briefing). */
export function loadNorthYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** The real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 programme (Wales, hybrid). */
export function loadNeathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
}
