import { describe, expect, it } from "vitest";
import { formatProgrammeError, parseProgramme } from "./index.js";

/** A programme's first lines, then `rest`: the errors below are on lines 9 onwards. */
const programme = (rest: string) =>
  [
    "commission:",
    "  id: cyp",
    "  name: Children and Young People Scrutiny Commission",
    "  shortName: CYP",
    "  council: London Borough of Hackney",
    "  municipalYear: 2022/23",
    "  venue: Hackney Town Hall",
    "  contact: { name: Martin Bradford }",
    rest,
  ].join("\n");

/** Every error of a broken programme, as the CLI prints it, with its code. */
function errors(rest: string): [string, string][] {
  const result = parseProgramme(programme(rest), "p.yaml");
  if (result.ok) throw new Error("parsed without errors");
  return result.errors.map((e) => [formatProgrammeError(e), e.code]);
}

describe("YAML syntax errors in plain words, one per slip, with the fix", () => {
  it("an unquoted colon in a title: quote the title, at the title's line and column", () => {
    expect(errors("items:\n  - id: budget\n    title: Budget: the year ahead\n    minutes: 30\n")).toEqual([
      [
        'p.yaml:11:12: the title contains ": ", which YAML reads as the start of another field: put the title in quotes, title: "Budget: the year ahead"',
        "yaml-block-as-implicit-key",
      ],
    ]);
  });

  it("a colon in a value of a map written { … }: quote that value", () => {
    expect(errors("members:\n  - { id: a, name: Cllr A: chair }\n")).toEqual([
      [
        'p.yaml:10:20: the value of name contains ": ", which YAML reads as the start of another field: put it in quotes, name: "Cllr A: chair"',
        "yaml-block-in-flow",
      ],
    ]);
  });

  it("a title holding double quotes is shown in single quotes", () => {
    const [[message]] = errors('items:\n  - id: a\n    title: He said "no": then yes\n') as [[string, string]];
    expect(message).toContain(`title: 'He said "no": then yes'`);
  });

  it("tabs: one message, use spaces not tabs, naming every line (not one per line and their cascade)", () => {
    expect(errors("items:\n\t- id: a\n\t\ttitle: Budget\n\t\tminutes: 30\n\t- id: b\n\t\ttitle: B\n")).toEqual([
      [
        "p.yaml:10:1: this line is indented with a tab: use spaces, not tabs (YAML reads indentation as structure and counts spaces only); lines 11, 12, 13 and 14 too",
        "yaml-tab-as-indent",
      ],
    ]);
  });

  it("a tab after spaces is found at its own column", () => {
    expect(errors("items:\n  - id: a\n  \t title: Budget\n")).toEqual([
      [
        "p.yaml:11:3: this line is indented with a tab: use spaces, not tabs (YAML reads indentation as structure and counts spaces only)",
        "yaml-tab-as-indent",
      ],
    ]);
  });

  it("a tab inside a value is not indentation and is accepted", () => {
    expect(parseProgramme(programme("items:\n  - id: a\n    title:\tBudget\n")).ok).toBe(true);
  });

  it("a missing } : close the { opened on line N, at the {", () => {
    expect(errors("members:\n  - { id: a, name: Cllr A\n  - { id: b, name: Cllr B }\n")).toEqual([
      ["p.yaml:10:5: close the `{` opened on line 10: end the map with `}` before the next field", "yaml-bad-indent"],
    ]);
  });

  it("a missing ] : close the [ opened on line N, and nothing of the cascade after it", () => {
    expect(
      errors("meetings:\n  - id: m\n    date: 2022-07-11\n    agenda: [a, b\n  - id: n\n    date: 2022-08-11\n"),
    ).toEqual([
      ["p.yaml:12:13: close the `[` opened on line 12: end the list with `]` before the next field", "yaml-bad-indent"],
    ]);
  });

  it("a } that closes nothing", () => {
    expect(errors("members:\n  - { id: a, name: A }}\n")).toEqual([
      [
        "p.yaml:10:23: this `}` closes nothing: remove it (or add the `{` it was meant to close)",
        "yaml-unexpected-token",
      ],
    ]);
  });

  it("an unclosed quote: at the opening quote", () => {
    expect(errors('items:\n  - id: a\n    title: "Budget\n    minutes: 30\n')).toEqual([
      ['p.yaml:11:12: close the quote opened on line 11: end the text with " on the same line', "yaml-missing-char"],
    ]);
    expect(errors("items:\n  - id: a\n    title: 'Budget''s\n")).toEqual([
      ["p.yaml:11:12: close the quote opened on line 11: end the text with ' on the same line", "yaml-missing-char"],
    ]);
  });

  it("a field indented less than the one above", () => {
    expect(errors("items:\n  - id: a\n    title: Budget\n   minutes: 30\n")).toEqual([
      [
        'p.yaml:12:4: this line starts in column 4 but title on line 11 starts in column 5: fields of one entry start in the same column (a new entry of a list starts with "- ")',
        "yaml-missing-char",
      ],
    ]);
  });

  it("a field indented further than the one above reads as part of its value", () => {
    expect(errors("items:\n  - id: a\n    title: Budget\n      minutes: 30\n")).toEqual([
      [
        "p.yaml:12:7: line 12 is indented further than title (column 7, not 5), so YAML reads it as part of the value of title: start it in column 5",
        "yaml-block-as-implicit-key",
      ],
    ]);
  });

  it("a bad escape in double quotes", () => {
    expect(errors('items:\n  - id: a\n    title: "C:\\Reports"\n')).toEqual([
      [
        "p.yaml:11:15: a backslash in double quotes starts an escape such as \\n: write \\\\ for a backslash, or put the text in single quotes",
        "yaml-bad-dq-escape",
      ],
    ]);
  });

  it("a duplicate key is the structure check's (one message, at the second)", () => {
    expect(errors("items:\n  - id: a\n    title: Budget\n    title: Again\n")).toEqual([
      ['p.yaml:12:5: items[0].title: "title" is given twice here (keep one)', "duplicate-key"],
    ]);
  });
});
