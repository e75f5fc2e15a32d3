import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/helpers.js";
import {
  bankHolidayOn,
  bankHolidaySource,
  bankHolidaysInYear,
  bundledBankHolidays,
  dateHolidaysEnglandWales,
  isBankHoliday,
} from "./bank-holidays.js";
import { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";
import { isWeekend } from "./plain-date.js";

const years = Array.from(
  { length: bundledBankHolidays.lastYear - bundledBankHolidays.firstYear + 1 },
  (_, i) => bundledBankHolidays.firstYear + i,
);

describe("the bundled GOV.UK list", () => {
  it("records its source and when it was taken", () => {
    expect(bundledBankHolidays.source).toBe("https://www.gov.uk/bank-holidays.json");
    expect(bundledBankHolidays.division).toBe("england-and-wales");
    expect(bundledBankHolidays.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([bundledBankHolidays.firstYear, bundledBankHolidays.lastYear]).toEqual([2018, 2027]);
  });

  it("lists weekdays only, in order, once each, within the years it claims", () => {
    const dates = englandAndWalesBankHolidays.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const d of dates) expect(isWeekend(d), d).toBe(false);
    for (const y of years) expect(bankHolidaysInYear(y).holidays.length, String(y)).toBeGreaterThanOrEqual(8);
  });

  it("has the one-off holidays", () => {
    expect(bankHolidayOn("2020-05-08")?.title).toMatch(/VE day/);
    expect(isBankHoliday("2020-05-04")).toBe(false); // the early May holiday moved to VE Day
    expect(isBankHoliday("2022-06-02")).toBe(true); // spring holiday moved for the Jubilee
    expect(isBankHoliday("2022-05-30")).toBe(false); // … so the last Monday in May was a working day
    expect(bankHolidayOn("2022-06-03")?.title).toMatch(/Jubilee/);
    expect(bankHolidayOn("2022-09-19")?.title).toMatch(/Funeral/);
    expect(bankHolidayOn("2023-05-08")?.title).toMatch(/coronation/i);
  });

  it("has the substitute days", () => {
    expect(isBankHoliday("2022-01-03")).toBe(true);
    expect(isBankHoliday("2022-12-27")).toBe(true);
    expect(isBankHoliday("2023-01-02")).toBe(true);
    expect(isBankHoliday("2027-12-27")).toBe(true);
    expect(isBankHoliday("2027-12-28")).toBe(true);
  });
});

describe("the seam between the list and date-holidays", () => {
  it("says which source answered for a year", () => {
    expect(bankHolidaySource(2017)).toBe("date-holidays");
    expect(bankHolidaySource(2018)).toBe("gov.uk");
    expect(bankHolidaySource(2027)).toBe("gov.uk");
    expect(bankHolidaySource(2028)).toBe("date-holidays");
    expect(bankHolidaysInYear(2023).source).toBe("gov.uk");
    expect(bankHolidaysInYear(2030).source).toBe("date-holidays");
    expect(bankHolidaysInYear(2030).holidays.every((h) => h.source === "date-holidays")).toBe(true);
  });

  it.each(years)("agrees with date-holidays for %i", (year) => {
    const bundled = bankHolidaysInYear(year).holidays.map((h) => h.date);
    const library = dateHolidaysEnglandWales(year).map((h) => h.date);
    expect(library).toEqual(bundled);
  });

  it("gets the library's dates right in every time zone", () => {
    const results = inEachZone(() =>
      [2020, 2022, 2023, 2027].map((y) => dateHolidaysEnglandWales(y).map((h) => h.date)),
    );
    const [first, ...rest] = [...results.values()];
    for (const r of rest) expect(r).toEqual(first);
    expect(first?.[1]).toContain("2022-09-19");
  });

  it("answers beyond the list from date-holidays: 2028 and 2032", () => {
    expect(bankHolidaysInYear(2028).holidays.map((h) => h.date)).toEqual([
      "2028-01-03", // New Year's Day falls on a Saturday
      "2028-04-14",
      "2028-04-17", // Easter Sunday is 16 April 2028
      "2028-05-01",
      "2028-05-29",
      "2028-08-28",
      "2028-12-25",
      "2028-12-26",
    ]);
    const christmas2032 = bankHolidaysInYear(2032).holidays.filter((h) => h.date >= "2032-12-01");
    expect(christmas2032.map((h) => h.date)).toEqual(["2032-12-27", "2032-12-28"]); // 25 Dec 2032 is a Saturday
    expect(bankHolidaysInYear(2017).holidays.map((h) => h.date)).toContain("2017-04-14");
  });

  it("refuses a malformed date rather than saying it is no holiday", () => {
    expect(() => isBankHoliday("2023-02-30")).toThrow(/real date/);
    expect(() => bankHolidaysInYear(0)).toThrow(RangeError);
  });
});
