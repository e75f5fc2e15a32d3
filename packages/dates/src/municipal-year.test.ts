import { describe, expect, it } from "vitest";
import { refusal } from "../test/refusal.js";
import { InvalidDateError, InvalidMunicipalYearError } from "./errors.js";
import {
  formatMunicipalYear,
  isMunicipalYear,
  municipalYearBounds,
  municipalYearOf,
  nextMunicipalYear,
  parseMunicipalYear,
} from "./municipal-year.js";

describe("the municipal year", () => {
  it("runs from 1 May to 30 April: the Hackney CYP 2022/23 meetings (11 Jul 2022 to 17 Apr 2023) all fall in it", () => {
    expect(municipalYearBounds("2022/23")).toEqual({ from: "2022-05-01", to: "2023-04-30" });
    for (const meeting of ["2022-07-11", "2022-09-29", "2022-11-30", "2023-01-16", "2023-03-20", "2023-04-17"])
      expect([meeting, municipalYearOf(meeting)]).toEqual([meeting, "2022/23"]);
  });

  it("puts 30 April in the year ending and 1 May in the year beginning", () => {
    expect(municipalYearOf("2023-04-30")).toBe("2022/23");
    expect(municipalYearOf("2023-05-01")).toBe("2023/24");
    expect(municipalYearOf("2023-05-31")).toBe("2023/24"); // annual meetings fall in May: the new year
    expect(municipalYearOf("2023-12-31")).toBe("2023/24");
    expect(municipalYearOf("2024-01-01")).toBe("2023/24");
    expect(municipalYearBounds("2023/24")).toEqual({ from: "2023-05-01", to: "2024-04-30" }); // leap year: 29 Feb inside
  });

  it("agrees with its own bounds for every day of a decade", () => {
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const { from, to } = municipalYearBounds(municipalYearOf(date));
      if (!(from <= date && date <= to)) expect([date, from, to]).toEqual([date, "≤", "≥"]);
    }
  });

  it("is the year after for the backlog, as in the 2022/23 work programme", () => {
    expect(nextMunicipalYear("2022/23")).toBe("2023/24");
  });

  it("rolls over the century and keeps two digits", () => {
    expect(nextMunicipalYear("2098/99")).toBe("2099/00");
    expect(nextMunicipalYear("2099/00")).toBe("2100/01");
    expect(nextMunicipalYear("2007/08")).toBe("2008/09");
    expect(parseMunicipalYear("2099/00")).toBe(2099);
    expect(formatMunicipalYear(2099)).toBe("2099/00");
    expect(municipalYearBounds("2099/00")).toEqual({ from: "2099-05-01", to: "2100-04-30" });
  });

  it("refuses anything but two consecutive years, with a code and the value", () => {
    for (const bad of ["2022-23", "2022/24", "22/23", "2022/2023", "2022/23 ", ""]) {
      expect(isMunicipalYear(bad), bad).toBe(false);
      expect(
        refusal(() => municipalYearBounds(bad)),
        bad,
      ).toMatchObject({
        code: "invalid-municipal-year",
        value: bad,
        name: "InvalidMunicipalYearError",
      });
    }
    expect(isMunicipalYear("2022/23")).toBe(true);
    expect(() => nextMunicipalYear("9998/99")).toThrow(InvalidMunicipalYearError);
    expect(() => parseMunicipalYear(2022 as unknown as string)).toThrow(
      /as a string \(e\.g\. "2022\/23"\), got the number 2022/,
    );
    expect(() => municipalYearOf("2023-02-30")).toThrow(InvalidDateError);
    expect(() => municipalYearOf(new Date() as unknown as string)).toThrow(InvalidDateError);
  });
});
