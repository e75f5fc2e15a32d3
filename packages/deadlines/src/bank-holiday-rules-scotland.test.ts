import { FIRST_PROGRAMME_YEAR, LAST_PROGRAMME_YEAR } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { SCOTLAND_UNVERIFIED } from "./bank-holiday-proclamations-scotland.js";
import { bankHolidaySource, bankHolidaysInYear, isBankHoliday } from "./bank-holidays.js";

const scottish = (year: number) => bankHolidaysInYear(year, "scotland").holidays.map((h) => h.date);

describe("Scotland's bank holidays against the Scottish Government's published lists", () => {
  it("2022: 3 and 4 January substitutes, no Easter Monday, first Monday in August, St Andrew's Day, the Jubilee and the funeral", () => {
    // The Herald and the i, 2022 (the Scottish Government's list); 19 September: gov.scot, 15 Sep 2022.
    expect(scottish(2022)).toEqual([
      "2022-01-03",
      "2022-01-04",
      "2022-04-15",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-01",
      "2022-09-19",
      "2022-11-30",
      "2022-12-26",
      "2022-12-27",
    ]);
  });

  it("2023: 2 January, New Year's Day's substitute on 3 January, the coronation on 8 May", () => {
    // The Scottish Sun, 27 Dec 2022, quoting the Scottish Government's 2023 list.
    expect(bankHolidaysInYear(2023, "scotland").holidays.map((h) => [h.date, h.title])).toEqual([
      ["2023-01-02", "2nd January"],
      ["2023-01-03", "New Year’s Day (substitute day)"],
      ["2023-04-07", "Good Friday"],
      ["2023-05-01", "Early May bank holiday"],
      ["2023-05-08", "Bank holiday for the coronation of King Charles III"],
      ["2023-05-29", "Spring bank holiday"],
      ["2023-08-07", "Summer bank holiday"],
      ["2023-11-30", "St Andrew’s Day"],
      ["2023-12-25", "Christmas Day"],
      ["2023-12-26", "Boxing Day"],
    ]);
  });
});

describe("Scotland's verified data points (bank-holidays-1971.md §4.2)", () => {
  it("1976/77: 27 and 28 December, 3 and 4 January (HC WA 27 Oct 1976)", () => {
    for (const d of ["1976-12-27", "1976-12-28", "1977-01-03", "1977-01-04"])
      expect(isBankHoliday(d, "scotland"), d).toBe(true);
  });

  it("1995: an additional holiday on the second Monday in May, the first Monday kept", () => {
    expect(isBankHoliday("1995-05-01", "scotland")).toBe(true);
    expect(isBankHoliday("1995-05-08", "scotland")).toBe(true);
  });

  it("1998/99: 28 December 1998, 4 January and 31 May 1999 (London Gazette L-55182-5SI)", () => {
    for (const d of ["1998-12-28", "1999-01-04", "1999-05-31"]) expect(isBankHoliday(d, "scotland"), d).toBe(true);
  });

  it("2005: Tuesday 4 January in place of Saturday 1 January; 2010 and 2011: no 4 January", () => {
    expect(isBankHoliday("2005-01-04", "scotland")).toBe(true);
    expect(isBankHoliday("2010-01-04", "scotland")).toBe(false);
    expect(isBankHoliday("2011-01-03", "scotland")).toBe(true); // 2 January was a Sunday (the Act)
    expect(isBankHoliday("2011-01-04", "scotland")).toBe(false);
  });

  it("2012: 2 and 3 January, late May moved to 4 June and 5 June added", () => {
    for (const d of ["2012-01-02", "2012-01-03", "2012-06-04", "2012-06-05"])
      expect(isBankHoliday(d, "scotland"), d).toBe(true);
    expect(isBankHoliday("2012-05-28", "scotland")).toBe(false);
  });

  it("2020: the early May holiday moved to Friday 8 May (VE Day), as in England", () => {
    expect(isBankHoliday("2020-05-08", "scotland")).toBe(true);
    expect(isBankHoliday("2020-05-04", "scotland")).toBe(false);
  });
});

describe("Scotland's rules", () => {
  it("never has Easter Monday or the last Monday in August, which England and Wales have", () => {
    expect(isBankHoliday("2023-04-10", "scotland")).toBe(false);
    expect(isBankHoliday("2023-04-10")).toBe(true);
    expect(isBankHoliday("2023-08-28", "scotland")).toBe(false);
    expect(isBankHoliday("2023-08-07")).toBe(false);
  });

  it("moves St Andrew's Day at a weekend to the Monday after, from 2007 only", () => {
    expect(isBankHoliday("2006-11-30", "scotland")).toBe(false);
    expect(isBankHoliday("2007-11-30", "scotland")).toBe(true);
    expect(isBankHoliday("2024-12-02", "scotland")).toBe(true); // 30 Nov 2024 was a Saturday
    expect(isBankHoliday("2025-12-01", "scotland")).toBe(true); // a Sunday
  });

  it("takes the last Monday in May from 1979 and Boxing Day from 1974", () => {
    expect(isBankHoliday("1978-05-29", "scotland")).toBe(false);
    expect(isBankHoliday("1979-05-28", "scotland")).toBe(true);
    expect(isBankHoliday("1973-12-26", "scotland")).toBe(false);
    expect(isBankHoliday("1974-12-26", "scotland")).toBe(true);
  });

  it("gives every year of a programme a weekday list, and says which years are projections", () => {
    for (let y = FIRST_PROGRAMME_YEAR; y <= LAST_PROGRAMME_YEAR; y++) {
      const days = scottish(y);
      // The Act's six days less those falling at a weekend before 1974; eight regular days from 1979.
      expect(days.length, String(y)).toBeGreaterThanOrEqual(y < 1974 ? 5 : y < 1979 ? 7 : 8);
      expect(new Set(days).size).toBe(days.length);
    }
    expect(bankHolidaySource(2027, "scotland")).toBe("statute");
    expect(bankHolidaySource(2028, "scotland")).toBe("statute-projected");
    expect(() => bankHolidaySource(1971, "scotland")).toThrow("no source of scotland bank holidays covers 1971");
  });

  it("says what is not verified", () => {
    expect(SCOTLAND_UNVERIFIED.join(" ")).toContain("Saturday substitute");
  });
});
