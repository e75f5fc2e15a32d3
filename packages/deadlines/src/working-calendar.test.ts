import { addDays } from "@scrutineer/dates";
import { describe, expect, it } from "vitest";
import { example } from "../test/helpers.js";
import { calendarFor, workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();

describe("working days", () => {
  it("excludes weekends and bank holidays", () => {
    expect(calendar.isWorkingDay("2023-01-16")).toBe(true);
    expect(calendar.isWorkingDay("2023-01-14")).toBe(false); // Saturday
    expect(calendar.isWorkingDay("2023-01-15")).toBe(false); // Sunday
    expect(calendar.isWorkingDay("2023-01-02")).toBe(false); // New Year's Day (substitute)
    expect(calendar.isWorkingDay("2023-04-07")).toBe(false); // Good Friday
    expect(calendar.isWorkingDay("2023-04-10")).toBe(false); // Easter Monday
    expect(calendar.isWorkingDay("2023-05-08")).toBe(false); // Coronation
    expect(calendar.isWorkingDay("2022-06-03")).toBe(false); // Platinum Jubilee
  });

  it("says why a day is not a working day", () => {
    expect(calendar.nonWorkingReason("2023-01-14")).toBe("Saturday");
    expect(calendar.nonWorkingReason("2023-01-15")).toBe("Sunday");
    expect(calendar.nonWorkingReason("2023-04-07")).toBe("Good Friday (bank holiday)");
    expect(calendar.nonWorkingReason("2023-01-16")).toBeUndefined();
  });

  it("adds and subtracts working days over Christmas and New Year", () => {
    expect(calendar.addWorkingDays("2022-12-23", 1)).toBe("2022-12-28"); // over 26 and 27 Dec
    expect(calendar.addWorkingDays("2022-12-30", 1)).toBe("2023-01-03"); // over 2 Jan
    expect(calendar.addWorkingDays("2023-01-03", -1)).toBe("2022-12-30");
    expect(calendar.addWorkingDays("2023-01-03", -4)).toBe("2022-12-23");
    expect(calendar.addWorkingDays("2023-01-14", 0)).toBe("2023-01-14"); // n = 0 leaves the date alone
    expect(calendar.addWorkingDays("2023-01-14", 1)).toBe("2023-01-16"); // from a Saturday
    expect(calendar.addWorkingDays("2023-01-14", -1)).toBe("2023-01-13");
  });

  it("adds working days over Easter 2023", () => {
    expect(calendar.addWorkingDays("2023-04-06", 1)).toBe("2023-04-11");
    expect(calendar.addWorkingDays("2023-04-11", -1)).toBe("2023-04-06");
  });

  it("counts clear working days, both ends excluded", () => {
    expect(calendar.clearWorkingDaysBetween("2022-07-01", "2022-07-11")).toBe(5);
    expect(calendar.clearWorkingDaysBetween("2022-07-04", "2022-07-11")).toBe(4);
    expect(calendar.clearWorkingDaysBetween("2023-04-05", "2023-04-17")).toBe(5); // Easter
    expect(calendar.clearWorkingDaysBetween("2023-01-16", "2023-01-17")).toBe(0);
    expect(calendar.clearWorkingDaysBetween("2023-01-16", "2023-01-16")).toBe(0);
    expect(calendar.clearWorkingDaysBetween("2023-01-17", "2023-01-10")).toBe(0);
    expect(calendar.clearWorkingDaysBetween("2022-12-23", "2023-01-03")).toBe(3); // 28, 29, 30 Dec
  });

  it("counts over the seam between the bundled list and date-holidays", () => {
    // 2027 from GOV.UK, 2028 from date-holidays: 27, 28 Dec 2027 and 3 Jan 2028 are holidays.
    expect(calendar.clearWorkingDaysBetween("2027-12-24", "2028-01-04")).toBe(3); // 29, 30, 31 Dec
    expect(calendar.addWorkingDays("2027-12-31", 1)).toBe("2028-01-04");
  });

  it("counts clear days over long spans the same as a day-by-day count", () => {
    const closed = workingCalendar({ extraNonWorkingDays: ["2022-12-28", "2026-12-29", "2030-06-14"] });
    const byDay = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) if (closed.isWorkingDay(d)) n++;
      return n;
    };
    const pairs: [string, string][] = [
      ["2017-12-20", "2018-01-10"],
      ["2018-01-01", "2032-12-31"],
      ["2022-12-23", "2023-01-03"],
      ["2027-06-30", "2028-07-01"],
      ["2023-01-16", "2023-01-15"],
    ];
    for (let i = 0; i < 200; i++) {
      const from = addDays("2017-06-01", (i * 97) % 5000);
      pairs.push([from, addDays(from, (i * 31) % 900)]);
    }
    for (const [from, to] of pairs)
      expect(closed.clearWorkingDaysBetween(from, to), `${from}..${to}`).toBe(byDay(from, to));
  });

  it("adds the council's closure days", () => {
    const closed = workingCalendar({ extraNonWorkingDays: ["2022-12-28", "2022-12-29", "2022-12-30"] });
    expect(closed.isWorkingDay("2022-12-29")).toBe(false);
    expect(closed.nonWorkingReason("2022-12-29")).toBe("council closure");
    expect(closed.clearWorkingDaysBetween("2022-12-23", "2023-01-03")).toBe(0);
    expect(closed.addWorkingDays("2022-12-23", 1)).toBe("2023-01-03");
    expect(closed.extraNonWorkingDays).toEqual(["2022-12-28", "2022-12-29", "2022-12-30"]);
    // the default calendar is untouched
    expect(calendar.isWorkingDay("2022-12-29")).toBe(true);
  });

  it("builds a commission's calendar from its nonWorkingDays", () => {
    const programme = example();
    expect(calendarFor(programme.commission).extraNonWorkingDays).toEqual([]);
    const closing = {
      ...programme.commission,
      deadlines: { ...programme.commission.deadlines, nonWorkingDays: ["2023-01-03"] },
    };
    expect(calendarFor(closing).isWorkingDay("2023-01-03")).toBe(false);
  });

  it("refuses bad dates and fractional counts", () => {
    expect(() => calendar.isWorkingDay("2023-02-30")).toThrow(/real date/);
    expect(() => calendar.addWorkingDays("2023-01-16", 1.5)).toThrow(RangeError);
    expect(() => workingCalendar({ extraNonWorkingDays: ["2023-13-01"] })).toThrow(/real date/);
  });
});
