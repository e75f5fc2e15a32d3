import { isWeekend, weekdayOf } from "@scrutineer/dates";
import { FIRST_PROGRAMME_YEAR, LAST_PROGRAMME_YEAR } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/helpers.js";
import { englandAndWalesProclamations } from "./bank-holiday-proclamations.js";
import {
  BankHolidaysNotCoveredError,
  bankHolidayOn,
  bankHolidaySource,
  bankHolidaysInYear,
  bankHolidayYears,
  bundledBankHolidays,
  englandAndWalesFromRules,
  isBankHoliday,
} from "./bank-holidays.js";
import { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";

const govukYears = Array.from(
  { length: bundledBankHolidays.lastYear - bundledBankHolidays.firstYear + 1 },
  (_, i) => bundledBankHolidays.firstYear + i,
);
const datesOf = (year: number) => bankHolidaysInYear(year).holidays.map((h) => h.date);

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
    for (const y of govukYears) expect(bankHolidaysInYear(y).holidays.length, String(y)).toBeGreaterThanOrEqual(8);
  });

  it("has the one-off holidays, each with its proclamation", () => {
    expect(bankHolidayOn("2020-05-08")?.title).toMatch(/VE day/);
    expect(isBankHoliday("2020-05-04")).toBe(false); // the early May holiday moved to VE Day
    expect(isBankHoliday("2022-06-02")).toBe(true); // spring holiday moved for the Jubilee
    expect(isBankHoliday("2022-05-30")).toBe(false); // … so the last Monday in May was a working day
    expect(bankHolidayOn("2022-06-03")?.title).toMatch(/Jubilee/);
    expect(bankHolidayOn("2022-09-19")?.proclamation).toMatch(/Gazette, notice 4158896/);
    expect(bankHolidayOn("2023-05-08")?.title).toMatch(/coronation/i);
  });

  it("has the substitute days", () => {
    for (const d of ["2022-01-03", "2022-12-27", "2023-01-02", "2027-12-27", "2027-12-28"])
      expect(isBankHoliday(d), d).toBe(true);
  });
});

describe("the statutory rules and the proclamations", () => {
  it.each(govukYears)("give GOV.UK's list for %i, dates and titles", (year) => {
    const govuk = englandAndWalesBankHolidays.events
      .filter((e) => e.date.startsWith(`${year}-`))
      .map((e) => [e.date, e.title]);
    expect(englandAndWalesFromRules(year).map((h) => [h.date, h.title])).toEqual(govuk);
  });

  it("give New Year's Day only from 1974 and the early May holiday only from 1978", () => {
    expect(isBankHoliday("1973-01-01")).toBe(false);
    expect(bankHolidayOn("1974-01-01")?.title).toBe("New Year’s Day");
    expect(isBankHoliday("1977-05-02")).toBe(false);
    expect(bankHolidayOn("1978-05-01")?.title).toBe("Early May bank holiday");
  });

  it("give the weekday substitutes proclaimed for Christmas 1976 and New Year 1977 (HC WA 27 Oct 1976)", () => {
    expect(datesOf(1976).filter((d) => d >= "1976-12-01")).toEqual(["1976-12-27", "1976-12-28"]);
    expect(datesOf(1977)[0]).toBe("1977-01-03");
  });

  it("give whole years as the sources record them: 1977, 1995, 1999, 2002, 2011 and 2012", () => {
    expect(datesOf(1977)).toEqual([
      "1977-01-03",
      "1977-04-08",
      "1977-04-11",
      "1977-06-06", // spring, moved from 30 May
      "1977-06-07", // Silver Jubilee
      "1977-08-29",
      "1977-12-26",
      "1977-12-27",
    ]);
    expect(datesOf(1995)).toEqual([
      "1995-01-02",
      "1995-04-14",
      "1995-04-17",
      "1995-05-08", // early May moved to VE Day
      "1995-05-29",
      "1995-08-28",
      "1995-12-25",
      "1995-12-26",
    ]);
    expect(datesOf(1999).slice(-3)).toEqual(["1999-12-27", "1999-12-28", "1999-12-31"]);
    expect(datesOf(2000)[0]).toBe("2000-01-03");
    expect(datesOf(2002).filter((d) => d.startsWith("2002-05") || d.startsWith("2002-06"))).toEqual([
      "2002-05-06",
      "2002-06-03", // Golden Jubilee
      "2002-06-04", // spring, moved from 27 May
    ]);
    expect(datesOf(2011)).toEqual([
      "2011-01-03",
      "2011-04-22",
      "2011-04-25",
      "2011-04-29", // royal wedding
      "2011-05-02",
      "2011-05-30",
      "2011-08-29",
      "2011-12-26",
      "2011-12-27",
    ]);
    expect(datesOf(2012).filter((d) => d.startsWith("2012-05") || d.startsWith("2012-06"))).toEqual([
      "2012-05-07",
      "2012-06-04", // spring, moved from 28 May
      "2012-06-05", // Diamond Jubilee
    ]);
    expect(bankHolidayOn("1973-11-14")?.title).toMatch(/Princess Anne/);
    expect(bankHolidayOn("1981-07-29")?.title).toMatch(/Prince of Wales/);
  });

  it("bundle every one-off and moved day on a weekday, with a source, moving a real regular day", () => {
    for (const p of englandAndWalesProclamations) {
      expect(isWeekend(p.date), p.date).toBe(false);
      expect(p.source.length, p.date).toBeGreaterThan(10);
      if (p.replaces) expect(weekdayOf(p.replaces), p.replaces).toBe(1); // every moved day was a Monday
      expect(bankHolidayOn(p.date)?.title, p.date).toBe(p.title);
      if (p.replaces) expect(isBankHoliday(p.replaces), p.replaces).toBe(false);
    }
  });
});

describe("which source answers", () => {
  it("names the source for each year and refuses the years none covers, with a code", () => {
    expect(bankHolidayYears()).toEqual({ first: 1971, last: 2099 });
    expect(bankHolidaySource(1971)).toBe("statute");
    expect(bankHolidaySource(2017)).toBe("statute");
    expect(bankHolidaySource(2018)).toBe("gov.uk");
    expect(bankHolidaySource(2027)).toBe("gov.uk");
    expect(bankHolidaySource(2028)).toBe("statute-projected");
    expect(bankHolidaysInYear(2030).holidays.every((h) => h.source === "statute-projected")).toBe(true);
    for (const year of [1970, 2100, 2011.5]) {
      expect(() => bankHolidaySource(year)).toThrow(BankHolidaysNotCoveredError);
      try {
        bankHolidaysInYear(year);
      } catch (error) {
        expect(error).toMatchObject({ code: "bank-holidays-year-not-covered", year, calendar: "england-and-wales" });
        expect((error as Error).message).toBe(
          `no source of england-and-wales bank holidays covers ${year}: they are known from 1971 to 2099`,
        );
      }
    }
    expect(() => isBankHoliday("1966-07-30")).toThrow(BankHolidaysNotCoveredError);
  });

  it("covers every year a programme may hold, and the year before its first (deadlines reach back)", () => {
    expect(bankHolidayYears().first).toBeLessThan(FIRST_PROGRAMME_YEAR);
    expect(bankHolidayYears().last).toBeGreaterThanOrEqual(LAST_PROGRAMME_YEAR);
  });

  it("gives the same dates in every time zone", () => {
    const results = inEachZone(() =>
      [1977, 1995, 2011, 2028].map((y) => englandAndWalesFromRules(y).map((h) => h.date)),
    );
    const [first, ...rest] = [...results.values()];
    for (const r of rest) expect(r).toEqual(first);
  });

  it("projects beyond the list from the statute: 2028 and 2032", () => {
    expect(datesOf(2028)).toEqual([
      "2028-01-03", // New Year's Day falls on a Saturday
      "2028-04-14",
      "2028-04-17", // Easter Sunday is 16 April 2028
      "2028-05-01",
      "2028-05-29",
      "2028-08-28",
      "2028-12-25",
      "2028-12-26",
    ]);
    expect(datesOf(2032).filter((d) => d >= "2032-12-01")).toEqual(["2032-12-27", "2032-12-28"]); // 25 Dec 2032 is a Saturday
  });

  it("refuses a malformed date rather than saying it is no holiday", () => {
    expect(() => isBankHoliday("2023-02-30")).toThrow(/real date/);
  });
});
