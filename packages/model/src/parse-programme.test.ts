import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProgrammeError, parseProgramme } from "./index.js";

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
    expect(result.programme.commission.start).toBe("19:00");
    expect(result.programme.commission.plannedEnd).toBe("22:00");
    expect(result.programme.commission.deadlines.clearDays).toBe(5);
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
      ["01-bad-yaml.yaml:5:3: Flow sequence in block collection must be sufficiently indented and end with a ]"],
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
        '06-item-in-two-meetings.yaml:14:47: meetings[1].agenda[0]: "send-strategy" is already on the agenda of the meeting of 2022-11-30',
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
        "11-outside-municipal-year.yaml:12:26: meetings[1].date: 2023-07-10 is outside the municipal year 2022/23 (2022-05-01 to 2023-05-31)",
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
    ["16-duplicate-key.yaml", ["16-duplicate-key.yaml:6:3: Map keys must be unique"]],
    [
      "17-moved-without-origin.yaml",
      [
        "17-moved-without-origin.yaml:13:13: meetings[0].status: a moved meeting says where it moved from: add movedFrom: YYYY-MM-DD",
      ],
    ],
    [
      "18-declaration-unknown-person.yaml",
      [
        '18-declaration-unknown-person.yaml:19:17: meetings[0].declarations[0].person: no member or co-optee of the commission has the id "jo-mcleod"',
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
