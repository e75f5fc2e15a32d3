import { describe, expect, it, vi } from "vitest";
import { parseDocument } from "yaml";
import { agenda, changedLines, exampleComments, load, source } from "../test/edits.js";
import { ProgrammeEditError } from "./errors.js";
import { parseProgramme } from "./parse-programme.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { applyEditToSource, editProgramme, spliceSource } from "./splice-source.js";

// Count the YAML parses an edit costs (parseDocument, and the Parser parseProgramme drives); every
// call still goes to the real parser.
const yamlParses = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (original) => {
  const yaml = await original<typeof import("yaml")>();
  class CountingParser extends yaml.Parser {
    override *parse(source: string, incomplete?: boolean) {
      yamlParses.count++;
      yield* super.parse(source, incomplete);
    }
  }
  return {
    ...yaml,
    Parser: CountingParser,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlParses.count++;
      return yaml.parseDocument(...args);
    },
  };
});

describe("a run of edits", () => {
  it("keeps the file valid, every comment, and every untouched line", () => {
    const edits: ProgrammeEdit[] = [
      { type: "move-item", item: "fsm-letter", to: { meeting: "2023-02" } },
      { type: "set-minutes", item: "fsm-letter", minutes: 10 },
      { type: "move-item", item: "residential-placements", to: { meeting: "2023-04", index: 1 } },
      { type: "set-status", item: "residential-placements", status: "to-be-scoped" },
      { type: "move-meeting", meeting: "2023-02", date: "2023-03-06" },
      { type: "cancel-meeting", meeting: "2023-03" },
      { type: "set-alongside", item: "camhs-accessibility", with: ["residential-placements"] },
      { type: "reorder-item", item: "camhs-accessibility", delta: 2 },
    ];
    let text = source;
    for (const e of edits) text = applyEditToSource(text, e);
    const { added, removed } = changedLines(source, text);
    // One line per field changed: the letter leaves 16 Jan (its front-sheet entry is one line) for 27 Feb.
    expect(added.length).toBeLessThanOrEqual(11);
    expect(removed.length).toBeLessThanOrEqual(9);
    // The 27 Feb meeting moved: its stated deadlines (which had no comments) went with its old date.
    for (const c of exampleComments) expect(text).toContain(c);
    const p = load(text);
    expect(agenda(p, "2023-04")).toEqual(["residential-placements", "cabinet-qa-bramble", "camhs-accessibility"]);
  });
});

describe("spliceSource", () => {
  it("returns the source unchanged for an unchanged document", () => {
    expect(spliceSource(source, parseDocument(source))).toBe(source);
  });

  it("falls back to printing the whole document when the source does not match it", () => {
    const doc = parseDocument("a: 1\nb: [x, y]\n");
    expect(parseDocument(spliceSource("not: [the, same\n", doc)).toJS()).toEqual({ a: 1, b: ["x", "y"] });
  });
});

describe("editProgramme", () => {
  const edits: ProgrammeEdit[] = [
    { type: "move-item", item: "fsm-letter", to: { meeting: "2023-02" } },
    { type: "set-minutes", item: "fsm-letter", minutes: "10-15" },
    { type: "move-meeting", meeting: "2023-02", date: "2023-03-06" },
    { type: "cancel-meeting", meeting: "2023-03" },
    { type: "reorder-item", item: "camhs-accessibility", delta: 2 },
  ];

  it("gives the text applyEditToSource gives, read as parseProgramme reads it", () => {
    let text = source;
    let document = parseProgramme(source).document!;
    for (const e of edits) {
      const before = String(document);
      const next = editProgramme(text, document, e);
      expect(String(document)).toBe(before); // the document passed in is not changed
      expect(next.source).toBe(applyEditToSource(text, e));
      expect(next.parsed).toEqual(parseProgramme(next.source));
      expect(next.parsed.ok).toBe(true);
      text = next.source;
      document = next.parsed.document!;
    }
  });

  it("reads the new text with the options given: a council folder's register fills the people named by id", () => {
    const text = [
      "commission:",
      "  id: panel",
      "  name: Scrutiny Panel",
      "  shortName: Panel",
      "  venue: Council Chamber",
      "members: [gordon]",
      "meetings:",
      "  - { id: m1, date: 2023-01-16 }",
      "",
    ].join("\n");
    const register = {
      councillors: [{ id: "gordon", name: "Cllr Margaret Gordon" }],
      coOptees: [],
      officers: [],
      cabinetMembers: [],
      commission: {
        council: "Example Borough Council",
        municipalYear: "2022/23",
        contact: { name: "Tracey Anderson" },
      },
    };
    const opened = parseProgramme(text, "panel.yaml", { register });
    expect(opened.ok).toBe(true);
    const e: ProgrammeEdit = { type: "move-meeting", meeting: "m1", date: "2023-01-23" };
    const next = editProgramme(text, opened.document!, e, "panel.yaml", { register });
    expect(next.parsed.ok && next.parsed.programme.members.map((m) => m.name)).toEqual(["Cllr Margaret Gordon"]);
    // Without the register the same text is not a programme on its own (no council, no names).
    expect(editProgramme(text, opened.document!, e, "panel.yaml").parsed.ok).toBe(false);
  });

  it("parses the new text once per edit, and only that", () => {
    let text = source;
    let document = parseProgramme(source).document!;
    for (const e of edits) {
      const before = yamlParses.count;
      const next = editProgramme(text, document, e);
      expect(yamlParses.count - before).toBe(1);
      text = next.source;
      document = next.parsed.document!;
    }
  });

  it("reads any edit as parseProgramme reads its text, and refuses what the model refuses", () => {
    const document = parseProgramme(source).document!;
    const next = editProgramme(source, document, { type: "move-meeting", meeting: "2023-01", date: "2022-11-30" });
    expect(next.parsed).toEqual(parseProgramme(next.source));
    expect(() => editProgramme(source, document, { type: "set-minutes", item: "nothing", minutes: 5 })).toThrow(
      ProgrammeEditError,
    );
    const broken = "a: [1\n";
    expect(() => editProgramme(broken, parseDocument(broken), edits[0]!)).toThrow(ProgrammeEditError);
  });
});
