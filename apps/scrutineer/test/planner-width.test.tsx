import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { fitSegments } from "../src/planner/components/line.js";
import { cells, fit, truncate } from "../src/planner/view/text.js";
import { example } from "./helpers.js";
import { renderPlanner } from "./render-planner.js";

// time-zone passes: out, it is about cells on the terminal (Intl.Segmenter for graphemes); the planner's dates are checked by plan-app and one-truth

// Issue 12, item 12: the planner measures text as Ink does (string-width), so rows holding
// emoji, CJK, flags and combining marks keep their columns.

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

describe("cells: the width a terminal gives each kind of character", () => {
  it.each([
    ["✅ (U+2705, emoji presentation)", "✅", 2],
    ["⭐ (U+2B50)", "⭐", 2],
    ["a flag (two regional indicators)", "🇬🇧", 2],
    ["a family (a ZWJ sequence)", "👩‍👩‍👧", 2],
    ["CJK", "漢字", 4],
    ["kana", "かな", 4],
    ["e and a combining acute", "e\u0301", 1],
    ["text-style symbols the planner draws", "✓✖⚠ℹ▸⇄…█░", 9],
    ["ESC, shown as ␛", "\x1b", 1],
  ])("%s", (_, text, width) => {
    expect(cells(text)).toBe(width);
  });
});

const MIXED = "ab✅⭐🇬🇧🇺🇦漢字e\u0301e\u0301👩‍👩‍👧 end";

describe("truncate and fit", () => {
  it("never exceed the width, never split a grapheme, and end in … when cut", () => {
    const whole = graphemes(MIXED);
    for (let width = 1; width <= cells(MIXED) + 2; width++) {
      const cut = truncate(MIXED, width);
      expect(stringWidth(cut)).toBeLessThanOrEqual(width);
      if (cut === MIXED) continue;
      expect(cut.endsWith("…")).toBe(true);
      // Whole graphemes of the original, in order: a flag is never half a flag.
      const kept = graphemes(cut.slice(0, -1));
      expect(kept).toEqual(whole.slice(0, kept.length));
      // And no room wasted: the next grapheme would not have fitted.
      const next = whole[kept.length];
      if (next !== undefined) expect(stringWidth(cut) - 1 + stringWidth(next)).toBeGreaterThan(width - 1);
    }
  });

  it("fit pads to exactly the width", () => {
    for (let width = 1; width <= 30; width++) expect(stringWidth(fit(MIXED, width))).toBe(width);
  });

  it("a line of segments is exactly its width", () => {
    const segments = [{ text: "19:05 " }, { text: MIXED }, { text: " confirmed ✅" }];
    for (let width = 1; width <= 50; width++) {
      const line = fitSegments(segments, width)
        .map((s) => s.text)
        .join("");
      expect(stringWidth(line)).toBe(width);
    }
  });
});

describe("the planner's rows keep their columns", () => {
  afterEach(() => cleanup());
  const TITLES = {
    "City & Hackney Safeguarding Children Partnership - Annual Report":
      "✅ Safeguarding ⭐ annual report ✅⭐✅⭐ long enough to be cut",
    "Unregistered Educational Settings - Review Update": "🇬🇧🇺🇦 flags 🇬🇧🇺🇦🇬🇧🇺🇦🇬🇧🇺🇦 and more flags to be cut",
    "Outcome of School Exclusions - Review Update": "漢字かな交じり文 school exclusions 漢字漢字漢字漢字漢字",
    "Free School Meals (Childhood Food Poverty)": "Cafe\u0301 e\u0301e\u0301e\u0301 combining marks",
  };
  let source = readFileSync(example, "utf8");
  for (const [from, to] of Object.entries(TITLES))
    source = source.replace(`title: ${from}`, `title: ${JSON.stringify(to)}`);
  it.each([
    { columns: 140, rows: 40 },
    { columns: 100, rows: 40 },
    { columns: 80, rows: 40 },
  ])("at $columns×$rows: every line fills the terminal, and the minutes and status line up", async (size) => {
    const frame = (await renderPlanner(source, size, { ready: "Mon 16 Jan 2023 19:00" })).frame();
    const lines = frame.split("\n");
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(size.columns);
    // The agenda rows of 16 Jan: "19:05  4 <title> <minutes> confirmed".
    const rows = lines.filter(
      (l) => /\b(19:05|19:50|20:20|21:05|21:10|21:15) +\d\b/.test(l) && l.includes("confirmed"),
    );
    expect(rows.length).toBe(6);
    const column = (l: string) => stringWidth(l.slice(0, l.indexOf(" confirmed")));
    expect(new Set(rows.map(column)).size).toBe(1);
    // The titles are there, cut whole where they are cut.
    if (size.columns < 100) return;
    expect(rows.some((r) => r.includes("✅ Safeguarding ⭐"))).toBe(true);
    expect(rows.some((r) => r.includes("🇬🇧🇺🇦 flags"))).toBe(true);
    expect(rows.some((r) => r.includes("漢字かな交じり文"))).toBe(true);
    expect(rows.some((r) => r.includes("Cafe\u0301 e\u0301e\u0301e\u0301"))).toBe(true);
  });
});
