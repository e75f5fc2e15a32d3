import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { example, run, tempDir } from "./helpers.js";
import { renderPlanner } from "./render-planner.js";

/**
 * One truth on every screen (issue 14): the planner and `scrutineer deadlines` say where each
 * meeting stands in the same words, from the deadlines package, and "late" only when a deadline
 * was missed. Both are rendered on 9 Jan 2023 and their words compared meeting by meeting.
 */
const NOW = "2023-01-09T12:00:00Z";

afterEach(() => cleanup());

/** The `today` column of `scrutineer deadlines`, by meeting ("Mon 16 Jan 2023" → "agenda out; meeting in 7 days"). */
async function deadlinesColumn(file: string): Promise<Map<string, string>> {
  const { code, stdout } = await run(["deadlines", file], { now: NOW });
  expect(code).toBeLessThanOrEqual(1);
  const rows = stdout.split("\n").filter((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/.test(l));
  return new Map(rows.map((l) => [l.slice(0, 15).trim(), l.split(/\s{2,}/).pop()!]));
}

/** What the planner says of each meeting: the standing that opens its deadlines line, meeting by meeting. */
async function plannerWords(source: string): Promise<Map<string, string>> {
  const planner = await renderPlanner(source, { columns: 200, rows: 40 }, { ready: "Year (8" });
  const words = new Map<string, string>();
  await planner.press("g");
  for (let i = 0; i < 8; i++) {
    const lines = planner.frame().split("\n");
    // The meeting pane: its title "── Mon 16 Jan 2023 19:00–22:00 · …", then the deadlines line.
    const at = lines.findIndex((l) => /│── \w{3} \d{1,2} \w{3} \d{4} /.test(l));
    const title = lines[at]!.split("│── ")[1]!;
    const line = lines[at + 1]!.split("│")[1]!.trim();
    words.set(title.slice(0, 15).trim(), line.split(" · ")[0]!);
    await planner.press("j");
  }
  return words;
}

describe("the planner and deadlines agree on every meeting's standing", () => {
  it("on the example: 16 Jan 2023's agenda went out on Fri 6 Jan, the latest lawful day, so nothing is late", async () => {
    const deadlines = await deadlinesColumn(example);
    const planner = await plannerWords(readFileSync(example, "utf8"));
    expect(planner.size).toBe(8);
    expect([...planner]).toEqual([...deadlines]);
    expect(planner.get("Mon 16 Jan 2023")).toBe("agenda out; meeting in 7 days");
    for (const words of planner.values()) expect(words).not.toContain("late");
  });

  it("says late in both when the dispatch was missed: no dispatch recorded and the lawful day passed", async () => {
    const source = readFileSync(example, "utf8").replace("    dispatch: 2023-01-06\n", "");
    const file = join(tempDir("scrutineer-truth-"), "programme.yaml");
    writeFileSync(file, source);
    const deadlines = await deadlinesColumn(file);
    const planner = await plannerWords(source);
    expect([...planner]).toEqual([...deadlines]);
    expect(planner.get("Mon 16 Jan 2023")).toBe("dispatch 1 working day late; meeting in 7 days");
  });
});
