import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, repoRoot, run, tempDir } from "./helpers.js";

/**
 * The outputs of the main commands on the bundled example, pinned byte for byte. A refactor
 * must leave every one unchanged; a deliberate change of behaviour updates the file in the
 * same commit (`vitest run -u`), so the diff shows exactly what an officer will see differently.
 */
const NOW = "2023-01-09T12:00:00Z";

const cases: Array<{ name: string; argv: string[] }> = [
  { name: "check.json", argv: ["check", example, "--json"] },
  { name: "check.txt", argv: ["check", example] },
  { name: "deadlines.json", argv: ["deadlines", example, "--json"] },
  { name: "deadlines.txt", argv: ["deadlines", example] },
  { name: "agenda-2023-01-16.json", argv: ["agenda", example, "--meeting", "2023-01-16", "--format", "json"] },
  { name: "agenda-2023-01-16.md", argv: ["agenda", example, "--meeting", "2023-01-16", "--format", "md"] },
  { name: "agenda-2023-01-16.html", argv: ["agenda", example, "--meeting", "2023-01-16", "--format", "html"] },
  { name: "agenda-2022-11-30.json", argv: ["agenda", example, "--meeting", "2022-11-30", "--format", "json"] },
  { name: "interests-2022-11-30.json", argv: ["interests", example, "--meeting", "2022-11-30", "--json"] },
  { name: "interests-2022-11-30.txt", argv: ["interests", example, "--meeting", "2022-11-30"] },
  { name: "programme.md", argv: ["programme", example, "--format", "md"] },
  { name: "programme.html", argv: ["programme", example, "--format", "html"] },
];

describe("outputs on the bundled example stay as pinned", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { code, stdout, stderr } = await run(c.argv, { now: NOW });
      expect(stderr).toBe("");
      expect(code).toBeLessThanOrEqual(1);
      // Paths are printed as given: pin them relative to the repository, wherever it is cloned.
      await expect(stdout.replaceAll(repoRoot, "<repo>/")).toMatchFileSnapshot(join("golden", c.name));
    });
  }

  for (const feed of [[], ["--member", "sophie-conway"], ["--deadlines"]]) {
    const name = `export${feed.map((f) => `-${f.replace(/^--/, "")}`).join("")}.ics`;
    it(name, async () => {
      // export writes its state beside the programme: work on a copy in a fresh folder.
      const dir = tempDir("scrutineer-golden-");
      const file = join(dir, "programme.yaml");
      copyFileSync(example, file);
      const { code, stdout } = await run(["export", "ics", file, ...feed, "--now", NOW], { cwd: dir, now: NOW });
      expect(code).toBe(0);
      await expect(stdout).toMatchFileSnapshot(join("golden", name));
    });
  }
});
