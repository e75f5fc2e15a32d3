import { describe, expect, it } from "vitest";
import { example, inEachZone } from "../test/helpers.js";
import { bankHolidaySource } from "./bank-holidays.js";
import { ENGLAND_CLEAR_DAYS, isLawfulDispatch, latestDispatch, WALES_CLEAR_DAYS } from "./clear-days.js";
import { addDays } from "./plain-date.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();
const england = { clearDays: ENGLAND_CLEAR_DAYS, calendar };

describe("latest lawful dispatch (five clear working days, LGA 1972 s100B)", () => {
  it("reproduces all eight 2022/23 dispatch dates from the meeting dates alone", () => {
    const programme = example();
    const computed = programme.meetings.map((m) => [m.date, latestDispatch(m.date, england)]);
    expect(computed).toEqual([
      ["2022-07-11", "2022-07-01"],
      ["2022-09-29", "2022-09-21"],
      ["2022-10-31", "2022-10-21"],
      ["2022-11-30", "2022-11-22"],
      ["2023-01-16", "2023-01-06"],
      ["2023-02-27", "2023-02-17"],
      ["2023-03-20", "2023-03-10"],
      ["2023-04-17", "2023-04-05"], // across Good Friday and Easter Monday
    ]);
    // and they are the dates the programme states
    expect(computed.map(([, d]) => d)).toEqual(programme.meetings.map((m) => m.dispatch));
  });

  it("does so whatever the machine's time zone", () => {
    const dates = ["2022-07-11", "2022-09-29", "2023-01-16", "2023-04-17"];
    for (const r of inEachZone(() =>
      dates.map((d) => latestDispatch(d, { clearDays: 5, calendar: workingCalendar() })),
    ).values()) {
      expect(r).toEqual(["2022-07-01", "2022-09-21", "2023-01-06", "2023-04-05"]);
    }
  });

  it("handles Christmas and New Year", () => {
    expect(latestDispatch("2023-01-09", england)).toBe("2022-12-29"); // Mon 9 Jan 2023, over 2 Jan
    expect(latestDispatch("2023-01-03", england)).toBe("2022-12-21"); // Tue 3 Jan 2023, over 26, 27 Dec and 2 Jan
    const closed = workingCalendar({ extraNonWorkingDays: ["2022-12-28", "2022-12-29", "2022-12-30"] });
    expect(latestDispatch("2023-01-03", { clearDays: 5, calendar: closed })).toBe("2022-12-16");
    expect(latestDispatch("2023-01-09", { clearDays: 5, calendar: closed })).toBe("2022-12-22");
  });

  it("handles the 2022 Jubilee and the 2023 Coronation", () => {
    expect(latestDispatch("2022-06-09", england)).toBe("2022-05-30"); // over 2 and 3 Jun 2022
    expect(latestDispatch("2023-05-15", england)).toBe("2023-05-04"); // over 8 May 2023
    expect(latestDispatch("2023-05-10", england)).toBe("2023-04-28"); // over 1 and 8 May 2023
    expect(latestDispatch("2022-09-26", england)).toBe("2022-09-15"); // over the Queen's funeral, 19 Sep
  });

  it("handles a Monday meeting after a bank-holiday Monday", () => {
    expect(latestDispatch("2023-06-05", england)).toBe("2023-05-25"); // spring holiday 29 May 2023
    expect(latestDispatch("2023-05-30", england)).toBe("2023-05-19"); // the Tuesday straight after
    expect(latestDispatch("2023-06-12", england)).toBe("2023-06-02"); // an ordinary Monday: Friday week
  });

  it("takes the number of clear days as a parameter: Wales 3, public questions 8", () => {
    expect(latestDispatch("2023-04-17", { clearDays: WALES_CLEAR_DAYS, calendar })).toBe("2023-04-11");
    expect(latestDispatch("2022-07-11", { clearDays: WALES_CLEAR_DAYS, calendar })).toBe("2022-07-05");
    expect(latestDispatch("2023-01-16", { clearDays: 8, calendar })).toBe("2023-01-03");
    expect(latestDispatch("2023-01-16", { clearDays: 0, calendar })).toBe("2023-01-13");
    expect(() => latestDispatch("2023-01-16", { clearDays: -1, calendar })).toThrow(RangeError);
  });

  it("works for a year beyond the bundled list (2028, from date-holidays)", () => {
    expect(bankHolidaySource(2028)).toBe("date-holidays");
    expect(latestDispatch("2028-05-02", england)).toBe("2028-04-21"); // over early May holiday 1 May 2028
    expect(latestDispatch("2028-04-19", england)).toBe("2028-04-07"); // over Easter 2028
  });

  it("always leaves exactly the clear days asked for, and no later working day would (2018–2031)", () => {
    for (const clearDays of [3, 5, 8]) {
      for (let meeting = "2018-01-15"; meeting <= "2031-12-31"; meeting = addDays(meeting, 3)) {
        const d = latestDispatch(meeting, { clearDays, calendar });
        expect(calendar.isWorkingDay(d)).toBe(true);
        expect(calendar.clearWorkingDaysBetween(d, meeting)).toBe(clearDays);
        const next = calendar.addWorkingDays(d, 1);
        expect(isLawfulDispatch(next, meeting, { clearDays, calendar })).toBe(false);
      }
    }
  });
});

describe("is a dispatch date lawful", () => {
  it("counts clear working days from the stated date", () => {
    expect(isLawfulDispatch("2022-07-01", "2022-07-11", england)).toBe(true);
    expect(isLawfulDispatch("2022-06-28", "2022-07-11", england)).toBe(true); // earlier is fine
    expect(isLawfulDispatch("2022-07-04", "2022-07-11", england)).toBe(false);
    // published on the Sunday before: still five clear working days (Mon 4 to Fri 8)
    expect(isLawfulDispatch("2022-07-03", "2022-07-11", england)).toBe(true);
    expect(isLawfulDispatch("2023-04-06", "2023-04-17", england)).toBe(false); // Easter eats two days
  });
});
