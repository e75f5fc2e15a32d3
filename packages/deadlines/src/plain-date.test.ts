import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/helpers.js";
import {
  addDays,
  daysBetween,
  formatDate,
  fromDayNumber,
  InvalidDateError,
  isIsoDate,
  isWeekend,
  toDayNumber,
  weekdayOf,
} from "./plain-date.js";

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

  it("agrees with Date.UTC for every day from 1899 to 2101, and round-trips", () => {
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

  it("writes dates as the work programme does", () => {
    expect(formatDate("2023-04-17")).toBe("Mon 17 Apr 2023");
    expect(formatDate("2022-09-29")).toBe("Thu 29 Sep 2022");
  });

  it("gives the same answers whatever the machine's time zone", () => {
    const results = inEachZone(() => [
      weekdayOf("2023-01-16"),
      addDays("2023-03-26", 1),
      addDays("2023-10-29", -1),
      formatDate("2022-12-31"),
      fromDayNumber(toDayNumber("2022-06-03")),
    ]);
    for (const r of results.values())
      expect(r).toEqual([1, "2023-03-27", "2023-10-28", "Sat 31 Dec 2022", "2022-06-03"]);
  });
});
