import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ASSUMED_MEETING_MINUTES, meetingTimes, type Programme, parseProgramme } from "./index.js";

const minimal = readFileSync(new URL("../test/fixtures/minimal.yaml", import.meta.url), "utf8");

/** The minimal fixture with the commission's fields replaced (`start`, `plannedEnd`, `usualLength`). */
function withCommission(fields: string): Programme {
  const result = parseProgramme(minimal.replace("commission:\n", `commission:\n${fields}`), "times.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.programme;
}

describe("meetingTimes: where a meeting's planned end comes from", () => {
  it("a 19.00 meeting with nothing stated ends three hours later, at Hackney's 22.00 (assumed)", () => {
    const p = withCommission("");
    expect(ASSUMED_MEETING_MINUTES).toBe(180);
    expect(meetingTimes(p, p.meetings[0]!)).toMatchObject({
      start: "19:00",
      plannedEnd: "22:00",
      endFrom: "assumed",
      lengthMinutes: 180,
    });
  });

  it("a 10.00 committee with a usual length of two hours ends at 12.00", () => {
    const p = withCommission('  start: "10:00"\n  usualLength: 120\n');
    expect(meetingTimes(p, p.meetings[0]!)).toMatchObject({ plannedEnd: "12:00", endFrom: "usual-length" });
  });

  it("the commission's end wins over a usual length, and the meeting's own over both", () => {
    const p = withCommission('  start: "10:00"\n  usualLength: 120\n  plannedEnd: "13:00"\n');
    const m = p.meetings[0]!;
    expect(meetingTimes(p, m)).toMatchObject({ plannedEnd: "13:00", endFrom: "commission", lengthMinutes: 180 });
    expect(meetingTimes(p, { ...m, plannedEnd: "12:30" })).toMatchObject({ endFrom: "meeting", lengthMinutes: 150 });
  });

  it("keeps the true length of a usual length that runs past midnight, the end clamped for printing", () => {
    const p = withCommission('  start: "22:00"\n  usualLength: 180\n');
    expect(meetingTimes(p, p.meetings[0]!)).toMatchObject({ plannedEnd: "23:59", lengthMinutes: 180 });
  });
});

describe("a meeting's date: a day, or a month to be confirmed", () => {
  const load = (date: string, extra = "") =>
    parseProgramme(minimal.replace("date: 2023-01-16", `date: ${date}${extra}`), "date.yaml");

  it("takes a month with dateConfirmed: false", () => {
    const result = load("2023-01", "\n    dateConfirmed: false");
    expect(result.ok).toBe(true);
  });

  it("names an impossible day, a bad month and a month not marked to be confirmed", () => {
    expect(load("2023-02-30").errors.map((e) => e.message)).toEqual([
      "expected a real date written YYYY-MM-DD (e.g. 2023-01-16)",
    ]);
    expect(load("2023-13").errors.map((e) => e.message)).toEqual(["expected a month written YYYY-MM (e.g. 2022-10)"]);
    expect(load("2023-01").errors.map((e) => [e.code, e.message])).toEqual([
      ["month-without-tbc", "2023-01 is a month without a day: add dateConfirmed: false until the day is fixed"],
    ]);
  });
});
