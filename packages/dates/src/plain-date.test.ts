import { describe, expect, it, vi } from "vitest";
import { refusal } from "../test/refusal.js";
import { inEachZone, ZONES } from "../test/zones.js";
import { InvalidDateError } from "./errors.js";
import {
  addDays,
  daysBetween,
  firstDayOfYear,
  formatDay,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  lastDayOfMonth,
  toDayNumber,
  weekdayOf,
  yearOf,
} from "./plain-date.js";

/** The module loaded anew: nothing remembered, so every answer is worked out again. */
async function freshPlainDate(): Promise<typeof import("./plain-date.js")> {
  vi.resetModules();
  const fresh = await import("./plain-date.js");
  expect(fresh.toDayNumber).not.toBe(toDayNumber); // a new instance, with empty memo tables
  return fresh;
}

describe("plain dates", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2023-01-16")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-02-30")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
    expect(isIsoDate("2023-2-3")).toBe(false);
    expect(isIsoDate("16/01/2023")).toBe(false);
    expect(() => toDayNumber("2023-02-30")).toThrow(InvalidDateError);
  });

  it("agrees with Date#toISOString for every day from 1899 to 2101", () => {
    const first = Date.UTC(1899, 0, 1) / 86_400_000;
    const last = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let d = first; d <= last; d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(d) !== iso || toDayNumber(iso) !== d)
        expect([d, fromDayNumber(d), toDayNumber(iso)]).toEqual([d, iso, d]);
    }
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2031-12-31") - toDayNumber("1999-01-01") + 1).toBe(33 * 365 + 8); // leap years 2000 … 2028
    expect(isIsoDate("1900-02-29")).toBe(false); // not a leap year
    expect(isIsoDate("2000-02-29")).toBe(true); // a leap year
  });

  it("knows the days of the week of the 2022/23 meetings", () => {
    expect(weekdayOf("2022-07-11")).toBe(1); // Monday
    expect(weekdayOf("2022-09-29")).toBe(4); // Thursday
    expect(weekdayOf("2022-11-30")).toBe(3); // Wednesday
    expect(isWeekend("2022-07-02")).toBe(true);
    expect(isWeekend("2022-07-03")).toBe(true);
    expect(isWeekend("2022-07-04")).toBe(false);
  });

  it("adds days across month, year and clock-change boundaries", () => {
    expect(addDays("2022-12-30", 3)).toBe("2023-01-02");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-03-25", 2)).toBe("2023-03-27"); // clocks went forward on 26 Mar
    expect(addDays("2023-10-28", 2)).toBe("2023-10-30"); // and back on 29 Oct
    expect(daysBetween("2023-01-03", "2023-02-27")).toBe(55);
    expect(daysBetween("2023-02-27", "2023-01-03")).toBe(-55);
  });

  it("knows the last day of every month, February of leap years included", () => {
    expect(lastDayOfMonth("2022-10")).toBe("2022-10-31");
    expect(lastDayOfMonth("2022-11")).toBe("2022-11-30");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2023-02")).toBe("2023-02-28");
    expect(lastDayOfMonth("2100-02")).toBe("2100-02-28");
    expect(lastDayOfMonth("2022-12")).toBe("2022-12-31");
    for (const bad of ["2022-13", "2022-1", "2022-10-01", "1847-12"])
      expect(() => lastDayOfMonth(bad), bad).toThrow(InvalidDateError);
  });

  it("refuses a Date or a number in place of the string, saying what to pass", () => {
    const instant = new Date("2023-01-16T19:00:00Z");
    const cases: Array<[string, () => unknown]> = [
      ["addDays", () => addDays(instant as unknown as string, 1)],
      ["daysBetween", () => daysBetween("2023-01-01", instant as unknown as string)],
      ["weekdayOf", () => weekdayOf(instant as unknown as string)],
      ["isWeekend", () => isWeekend(20230116 as unknown as string)],
      ["yearOf", () => yearOf(null as unknown as string)],
      ["lastDayOfMonth", () => lastDayOfMonth(instant as unknown as string)],
    ];
    for (const [name, call] of cases) {
      expect(() => call(), name).toThrow(InvalidDateError);
      const refused = refusal(call);
      expect(refused?.code, name).toBe("invalid-date");
      expect(refused?.message, name).not.toMatch(/is not a function/);
    }
    expect(() => addDays(instant as unknown as string, 1)).toThrow(
      /expected a date written YYYY-MM-DD as a string \(e\.g\. "2023-01-16"\), got a Date object: for the London date of an instant use todayInLondon\(instant\)/,
    );
    expect(() => weekdayOf(20230116 as unknown as string)).toThrow(/got the number 20230116/);
    expect(isIsoDate(instant as unknown as string)).toBe(false);
  });

  it("gives each refusal a code and the value refused", () => {
    expect(refusal(() => toDayNumber("2023-02-30"))).toMatchObject({ code: "invalid-date", value: "2023-02-30" });
    expect(refusal(() => toDayNumber("2023-2-3"))).toMatchObject({ code: "invalid-date", value: "2023-2-3" });
    expect(refusal(() => toDayNumber("1800-06-01"))).toMatchObject({ code: "date-out-of-range", value: "1800-06-01" });
    expect(refusal(() => toDayNumber("2023-01-16"))).toBeUndefined();
  });

  it("gives the same answers whatever the machine's time zone", () => {
    const results = inEachZone(() => [
      weekdayOf("2023-01-16"),
      addDays("2023-03-26", 1),
      addDays("2023-10-29", -1),
      formatDay("2022-12-31", "EEE d MMM yyyy"),
      fromDayNumber(toDayNumber("2022-06-03")),
    ]);
    for (const r of results.values())
      expect(r).toEqual([1, "2023-03-27", "2023-10-28", "Sat 31 Dec 2022", "2022-06-03"]);
  });

  it("parses every day from 2000 to 2040 afresh and agrees with Date.UTC on date and weekday", async () => {
    // The round trip above formats each day before parsing it, so its parse is remembered.
    const fresh = await freshPlainDate();
    const first = Date.UTC(2000, 0, 1) / 86_400_000;
    const last = Date.UTC(2040, 11, 31) / 86_400_000;
    for (let d = first; d <= last; d++) {
      const date = new Date(d * 86_400_000);
      const iso = date.toISOString().slice(0, 10);
      const got = [fresh.toDayNumber(iso), fresh.weekdayOf(iso), fresh.yearOf(iso)];
      const want = [d, date.getUTCDay(), date.getUTCFullYear()];
      if (got.join() !== want.join()) expect([iso, ...got]).toEqual([iso, ...want]);
    }
  });

  it("refuses what parseISO would take but is not written YYYY-MM-DD", () => {
    for (const text of [
      "20230116",
      "2023-01",
      "2023",
      "2023-01-16T00:00",
      "2023-01-16Z",
      " 2023-01-16",
      "2023-W03-1",
      "+002023-01-16",
    ])
      expect([text, isIsoDate(text)]).toEqual([text, false]);
  });

  it("knows the years 1848 to 9999 only (before 1848 London kept local mean time)", () => {
    expect(isIsoDate("1848-01-01")).toBe(true);
    expect(isIsoDate("9999-12-31")).toBe(true);
    expect(isIsoDate("1847-12-31")).toBe(false);
    expect(isIsoDate("0001-01-01")).toBe(false);
    expect(() => toDayNumber("1800-06-01")).toThrow(/1848–9999/);
    expect(() => fromDayNumber(toDayNumber("1848-01-01") - 1)).toThrow(InvalidDateError);
    expect(() => fromDayNumber(toDayNumber("9999-12-31") + 1)).toThrow(InvalidDateError);
    expect(() => fromDayNumber(0.5)).toThrow(InvalidDateError);
    expect(() => firstDayOfYear(1847)).toThrow(InvalidDateError);
    expect(firstDayOfYear(2023)).toBe(toDayNumber("2023-01-01"));
    expect(fromDayNumber(firstDayOfYear(1848))).toBe("1848-01-01");
  });

  it("works each date out afresh in each zone and gets the same answers", async () => {
    const saved = process.env.TZ;
    const results = new Map<string, unknown[]>();
    try {
      for (const zone of ZONES) {
        process.env.TZ = zone;
        const m = await freshPlainDate();
        results.set(zone, [
          m.weekdayOf("2023-01-16"),
          m.isWeekend("2023-10-29"),
          m.addDays("2023-03-25", 2),
          m.addDays("2023-10-30", -2),
          m.daysBetween("2023-03-25", "2023-03-27"),
          m.daysBetween("2023-10-28", "2023-10-30"),
          m.formatDay("2023-03-26", "EEE d MMM yyyy"),
          m.formatDay("2022-12-31", "EEE d MMM yyyy"),
          m.toDayNumber("2023-10-29"),
          m.fromDayNumber(19_000),
          m.firstDayOfYear(2024),
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    for (const [zone, r] of results)
      expect([zone, ...r]).toEqual([
        zone,
        1,
        true,
        "2023-03-27",
        "2023-10-28",
        2,
        2,
        "Sun 26 Mar 2023",
        "Sat 31 Dec 2022",
        19_659,
        "2022-01-08",
        19_723,
      ]);
  });
});
