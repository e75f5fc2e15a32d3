import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { councilWithCycles } from "./council.fixtures.js";
import { run } from "./helpers.js";

// `scrutineer calendar --apply` on a copy of the Hackney council folder (council.fixtures.ts), with a
// cycle for five committees, for the folder's own year 2022/23.

/** Every file of the copy, by path, with its text. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of ["council", "hackney-cyp-2022-23"])
    for (const name of readdirSync(join(root, folder)))
      out.set(`${folder}/${name}`, readFileSync(join(root, folder, name), "utf8"));
  return out;
}

const PROGRAMMES: Record<string, string> = {
  cyp: "hackney-cyp-2022-23/programme.yaml",
  "scrutiny-panel": "council/scrutiny-panel.yaml",
  "living-in-hackney": "council/living-in-hackney.yaml",
  "health-in-hackney": "council/health-in-hackney.yaml",
  "skills-economy-growth": "council/skills-economy-growth.yaml",
};

/** The `  - id: …\n    date: …` pairs of a programme's meetings block. */
const meetingDates = (text: string) =>
  [...text.slice(text.indexOf("\nmeetings:")).matchAll(/^ {2}- id: (\S+)\n {4}date: (\d{4}-\d\d-\d\d)/gm)].map(
    (m) => [m[1], m[2]] as const,
  );

describe("scrutineer calendar <council-folder> --apply", () => {
  it("writes each committee's proposed meetings into its programme, keeping comments, once", async () => {
    const { root, dir } = councilWithCycles();
    const before = snapshot(root);
    const { code, stdout, stderr } = await run(["calendar", dir, "--year", "2022/23", "--apply", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      meetings: Array<{ committee: string; date: string }>;
      applied: Array<{
        committee: string;
        file: string;
        added: Array<{ id: string; date: string }>;
        alreadyThere: unknown[];
      }>;
    };
    const after = snapshot(root);
    // Only the five programmes changed; council.yaml, Child Q (no cycle) and the rest are as they were.
    const changed = [...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path);
    expect(changed.sort()).toEqual(Object.values(PROGRAMMES).sort());
    for (const [id, path] of Object.entries(PROGRAMMES)) {
      const old = before.get(path)!;
      const now = after.get(path)!;
      // Every comment line of the file is still there.
      for (const line of old.split("\n").filter((l) => /#/.test(l))) expect(now).toContain(line);
      const proposed = result.meetings.filter((m) => m.committee === id).map((m) => m.date);
      const entry = result.applied.find((a) => a.committee === id)!;
      expect(entry.added.length + entry.alreadyThere.length).toBe(proposed.length);
      const dates = meetingDates(now).map(([, date]) => date);
      // Each proposed date once, the meetings there before kept, none twice on one day.
      for (const date of proposed) expect(dates.filter((d) => d === date)).toHaveLength(1);
      for (const [, date] of meetingDates(old)) expect(dates).toContain(date);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.length).toBe(meetingDates(old).length + entry.added.length);
      // In date order, as the model's add-meeting keeps them.
      expect([...dates].sort()).toEqual(dates);
    }
    // CYP already meets on some Mondays the proposal chose, or not: either way no day twice (above);
    // and the folder still reads and checks.
    const check = await run(["check", dir, "--json"]);
    expect(check.code).not.toBe(2);

    // The same proposal again adds nothing: the files are byte for byte as they were.
    const again = await run(["calendar", dir, "--year", "2022/23", "--apply", "--json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).applied.every((a: { added: unknown[] }) => a.added.length === 0)).toBe(true);
    expect(snapshot(root)).toEqual(after);
  }, 120_000);

  it("says what it wrote in the Markdown", async () => {
    const { dir } = councilWithCycles();
    const { code, stdout } = await run(["calendar", dir, "--year", "2022/23", "--apply"]);
    expect(code).toBe(0);
    expect(stdout).toContain("## Written into the programmes");
    expect(stdout).toMatch(/^- \S*\/council\/scrutiny-panel\.yaml: \d meetings added for Scrutiny Panel\.$/m);
  }, 60_000);

  it("refuses a year the folder's programmes are not for, naming them, and writes nothing", async () => {
    const { root, dir } = councilWithCycles();
    const before = snapshot(root);
    const { code, stdout, stderr } = await run(["calendar", dir, "--year", "2023/24", "--apply"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("scrutiny-panel.yaml: scrutiny-panel's programme is for 2022/23, not 2023/24");
    expect(stderr).toContain("hackney-cyp-2022-23/programme.yaml: cyp's programme is for 2022/23, not 2023/24");
    expect(stderr).toContain("create the folder for 2023/24");
    expect(stderr).not.toMatch(/child-q-joint/); // no cycle: not written, so not asked for
    expect(snapshot(root)).toEqual(before);
  });

  it("changes no file when one programme cannot take its meetings", async () => {
    const { root, dir } = councilWithCycles();
    // Health in Hackney at 97 meetings: its seven proposed ones would pass the 100 a file may hold.
    const hih = join(dir, "health-in-hackney.yaml");
    const extra = Array.from({ length: 95 }, (_, i) => `  - { id: extra-${i + 1}, date: 2022-06-04 }`).join("\n");
    writeFileSync(hih, readFileSync(hih, "utf8").replace("\nmeetings:\n", `\nmeetings:\n${extra}\n`));
    const before = snapshot(root);
    const { code, stdout, stderr } = await run(["calendar", dir, "--year", "2022/23", "--apply"]);
    expect(stdout).toBe("");
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /health-in-hackney\.yaml:\d+:\d+: meetings\[100\]: a programme holds at most 100 meetings; this one has 104 .*\(with the proposed meetings added\)\n/,
    );
    expect(stderr).toMatch(/nothing was written\n$/);
    expect(snapshot(root)).toEqual(before);
  }, 60_000);
});
