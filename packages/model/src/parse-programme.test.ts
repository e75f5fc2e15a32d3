import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hostileCases, minimal, seededRandom } from "../test/hostile.js";
import {
  commissionLaw,
  formatProgrammeError,
  meetingTimes,
  parseProgramme,
  programmeLimits,
  refusedCharacters,
} from "./index.js";

const fixtures = new URL("../test/fixtures/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), "utf8");

/** Every error of a broken fixture, formatted as the CLI prints it. */
function errorsOf(name: string): string[] {
  const result = parseProgramme(read(`broken/${name}`), name);
  if (result.ok) throw new Error(`${name} parsed without errors`);
  return result.errors.map(formatProgrammeError);
}

describe("parseProgramme", () => {
  it("accepts the minimal programme and applies defaults", () => {
    const result = parseProgramme(read("minimal.yaml"), "minimal.yaml");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { commission } = result.programme;
    expect(commission.start).toBe("19:00");
    // No end given: three hours from the start, Hackney's 22.00 for a 19.00 meeting.
    expect(commission.plannedEnd).toBeUndefined();
    expect(meetingTimes(result.programme, result.programme.meetings[0]!)).toMatchObject({
      plannedEnd: "22:00",
      endFrom: "assumed",
    });
    expect(commission.deadlines.clearDays).toBeUndefined();
    expect(commissionLaw(commission)).toMatchObject({ jurisdiction: "england", clearDays: 5, remotePresent: false });
    expect(commission.kind).toBe("commission");
    expect(commission.orderOfBusiness).toEqual([
      "apologies",
      "declarations",
      "urgent-items",
      "business",
      "any-other-business",
    ]);
    expect(result.programme.items[0]?.status).toBe("confirmed");
  });

  it("gives every broken fixture a precise error (file:line:column: path: message)", () => {
    const all = readdirSync(new URL("broken/", fixtures)).sort();
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const name of all) expect(errorsOf(name).length, name).toBeGreaterThan(0);
  });

  it.each([
    [
      "01-bad-yaml.yaml",
      ["01-bad-yaml.yaml:4:9: close the `[` opened on line 4: end the list with `]` before the next field"],
    ],
    [
      "02-wrong-type.yaml",
      ['02-wrong-type.yaml:13:14: items[0].minutes: expected minutes as a whole number (45) or a range ("30-45")'],
    ],
    [
      "03-unknown-item.yaml",
      ['03-unknown-item.yaml:15:29: meetings[0].agenda[1]: no item has the id "send-stratgy" (define it under items:)'],
    ],
    [
      "04-unknown-person.yaml",
      ['04-unknown-person.yaml:16:16: items[0].officers[0]: no person has the id "paul-senior"'],
    ],
    [
      "05-duplicate-id.yaml",
      ['05-duplicate-id.yaml:12:11: items[1].id: the item id "send-strategy" is already used by items[0]'],
    ],
    [
      "06-item-in-two-meetings.yaml",
      [
        '06-item-in-two-meetings.yaml:14:47: meetings[1].agenda[0]: "send-strategy" is already on the agenda of the meeting of 2022-11-30 (an item may sit on a later agenda only when deferred from the earlier one, outcome: deferred, or when it is a standing item)',
      ],
    ],
    [
      "07-impossible-date.yaml",
      ["07-impossible-date.yaml:12:11: meetings[0].date: expected a real date written YYYY-MM-DD (e.g. 2023-01-16)"],
    ],
    [
      "08-impossible-time.yaml",
      [
        '08-impossible-time.yaml:13:12: meetings[0].start: expected a 24-hour time written "HH:MM" in quotes (e.g. "19:00")',
      ],
    ],
    [
      "09-time-as-number.yaml",
      [
        '09-time-as-number.yaml:10:10: commission.start: expected a 24-hour time written "HH:MM" in quotes (e.g. "19:00")',
      ],
    ],
    [
      "10-range-reversed.yaml",
      ['10-range-reversed.yaml:13:14: items[0].minutes: a range puts the smaller number first, e.g. "30-45"'],
    ],
    [
      "11-outside-municipal-year.yaml",
      [
        "11-outside-municipal-year.yaml:12:26: meetings[1].date: 2022-04-25 is before the municipal year 2022/23, which starts on 2022-05-01",
      ],
    ],
    [
      "12-end-before-start.yaml",
      ["12-end-before-start.yaml:14:17: meetings[0].plannedEnd: the planned end 18:30 is not after the start 19:00"],
    ],
    ["13-missing-field.yaml", ["13-missing-field.yaml:3:3: commission.shortName: shortName is required"]],
    [
      "14-unknown-field.yaml",
      [
        '14-unknown-field.yaml:13:5: items[0].minuts: unknown field "minuts" (check the spelling; see docs/file-format.md)',
      ],
    ],
    [
      "15-bad-status.yaml",
      ['15-bad-status.yaml:13:13: items[0].status: expected one of "confirmed", "to-be-scoped", "tbc", "withdrawn"'],
    ],
    [
      "16-duplicate-key.yaml",
      ['16-duplicate-key.yaml:6:3: commission.shortName: "shortName" is given twice here (keep one)'],
    ],
    [
      "17-moved-without-origin.yaml",
      [
        "17-moved-without-origin.yaml:13:13: meetings[0].status: a moved meeting says where it moved from: add movedFrom: YYYY-MM-DD",
      ],
    ],
    [
      "18-declaration-unknown-person.yaml",
      [
        '18-declaration-unknown-person.yaml:19:17: meetings[0].declarations[0].person: no member, co-optee or substitute of the commission has the id "jo-mcleod"',
      ],
    ],
  ])("%s", (name, expected) => {
    expect(errorsOf(name)).toEqual(expected);
  });

  it("reports all errors at once, not just the first", () => {
    const source = read("minimal.yaml")
      .replace("date: 2023-01-16", "date: 2023-02-30")
      .replace("minutes: 45", "minutes: 45-30");
    const result = parseProgramme(source, "two.yaml");
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.path])).toEqual([
      [19, "items[0].minutes"],
      [25, "meetings[0].date"],
    ]);
  });
});

describe("parseProgramme on hostile input", () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))("%s: refused with its position, never thrown", (_, c) => {
    const result = parseProgramme(c.bytes, "p.yaml");
    expect(result.ok).toBe(false);
    const [first] = result.errors;
    if (!first) throw new Error("no error");
    const shown = formatProgrammeError(first).replace(/^p\.yaml:/, "");
    if (typeof c.first === "string") expect(shown).toBe(c.first);
    else expect(shown).toMatch(c.first);
    expect(first.code).toBe(c.code);
    for (const e of result.errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
      // No message carries a refused character out to a terminal.
      expect(refusedCharacters(formatProgrammeError(e), { lineBreaks: false })).toEqual([]);
    }
  });

  it("gives the same answer for the text as for its bytes", () => {
    for (const c of hostileCases.filter((h) => h.code !== "not-utf8")) {
      const text = new TextDecoder().decode(c.bytes);
      expect(parseProgramme(text, "p.yaml").errors, c.name).toEqual(parseProgramme(c.bytes, "p.yaml").errors);
    }
  });

  it("accepts a byte-order mark and CRLF line endings", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${minimal.replace(/\n/g, "\r\n")}`);
    expect(parseProgramme(bytes, "p.yaml").ok).toBe(true);
  });

  it("accepts tabs, emoji, bidi marks and right-to-left names", () => {
    const source = minimal
      .replace("SEND Strategy", '"SEND\\tStrategy ✅ 👨‍👩‍👧 🇬🇧"')
      .replace("Cllr Margaret Gordon", "Cllr \u200fمارغريت\u200e Gordon");
    const result = parseProgramme(source, "p.yaml");
    expect(result.errors).toEqual([]);
    expect(result.programme?.items[1]?.title).toBe("SEND\tStrategy ✅ 👨‍👩‍👧 🇬🇧");
  });

  it("keeps multi-line text where text may have lines", () => {
    const source = minimal.replace(
      "    minutes: 45\n",
      "    minutes: 45\n    notes: |\n      First line.\n      Second line.\n",
    );
    expect(parseProgramme(source, "p.yaml").programme?.items[0]?.notes).toBe("First line.\nSecond line.\n");
  });

  it("reports at most limits.maxErrors errors and counts the rest", () => {
    const source = minimal.replace(
      "items:\n",
      `items:\n${Array.from({ length: 150 }, (_, i) => `  - { id: x-${i}, title: X, minutes: -1 }\n`).join("")}`,
    );
    const result = parseProgramme(source, "p.yaml");
    expect(result.errors).toHaveLength(programmeLimits.maxErrors + 1);
    expect(result.errors.at(-1)).toMatchObject({ code: "too-many-errors", message: "and 50 more errors from here on" });
  });

  it("takes raised limits for a bench", () => {
    const big = minimal.replace(
      "items:\n",
      `items:\n${Array.from({ length: 1000 }, (_, i) => `  - { id: extra-${i}, title: Extra ${i} }\n`).join("")}`,
    );
    expect(parseProgramme(big, "p.yaml").ok).toBe(false);
    expect(parseProgramme(big, "p.yaml", { limits: { maxItems: 2000 } }).errors.map((e) => e.code)).not.toContain(
      "too-many-items",
    );
  });
});

describe("parseProgramme on mutated files (seeded fuzz)", () => {
  const pieces = [
    "&a ",
    "*a",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\n",
    "\t",
    "'",
    '"',
    "\\e",
    "#",
    "? ",
    "<<: ",
    "!!str ",
    "---\n",
    "\u0000",
    "\u202e",
    "\r",
    "é",
    "\u{1F600}",
    "99999999999999999999",
    "-1",
    "1e400",
    "__proto__: ",
    "    ",
  ];

  it("never throws, and every error has a position, over 1,000 mutations of the minimal programme", () => {
    const next = seededRandom(12);
    const base = new TextEncoder().encode(minimal);
    for (let run = 0; run < 1000; run++) {
      let bytes = Uint8Array.from(base);
      for (let edit = 0; edit < 1 + Math.floor(next() * 4); edit++) {
        const at = Math.floor(next() * bytes.length);
        const kind = next();
        if (kind < 0.3)
          bytes[at] = Math.floor(next() * 256); // any byte, UTF-8 or not
        else if (kind < 0.5)
          bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1 + Math.floor(next() * 20))]);
        else {
          const piece = new TextEncoder().encode(pieces[Math.floor(next() * pieces.length)] as string);
          bytes = Uint8Array.from([...bytes.subarray(0, at), ...piece, ...bytes.subarray(at)]);
        }
      }
      const result = parseProgramme(bytes, "p.yaml");
      for (const e of result.errors) {
        expect(e.line, `run ${run}`).toBeGreaterThanOrEqual(1);
        expect(e.column, `run ${run}`).toBeGreaterThanOrEqual(1);
        expect(refusedCharacters(formatProgrammeError(e), { lineBreaks: false }), `run ${run}`).toEqual([]);
      }
    }
  });
});
