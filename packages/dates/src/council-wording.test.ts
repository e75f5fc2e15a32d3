import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/zones.js";
import {
  dateOrMonthWords,
  dayMonthYear,
  itemTime,
  longDate,
  meetingTime,
  monthName,
  shortDate,
} from "./council-wording.js";
import { InvalidDateError, InvalidTimeError } from "./errors.js";

describe("council wording of dates and times", () => {
  it("writes the 2022/23 meeting dates as the front sheet does", () => {
    expect(longDate("2023-01-16")).toBe("Monday 16 January 2023");
    expect(longDate("2022-09-29")).toBe("Thursday 29 September 2022");
    expect(longDate("2022-11-30")).toBe("Wednesday 30 November 2022");
    expect(dayMonthYear("2022-09-08")).toBe("8 September 2022");
  });

  it("keeps the calendar day across the clock change and the turn of the year", () => {
    // 30 Oct 2022 is the night the clocks went back; 1 Jan is a Sunday in 2023.
    expect(longDate("2022-10-30")).toBe("Sunday 30 October 2022");
    expect(longDate("2022-10-31")).toBe("Monday 31 October 2022");
    expect(longDate("2023-03-26")).toBe("Sunday 26 March 2023");
    expect(longDate("2023-01-01")).toBe("Sunday 1 January 2023");
    expect(longDate("2022-12-31")).toBe("Saturday 31 December 2022");
    expect(longDate("2024-02-29")).toBe("Thursday 29 February 2024");
  });

  it("writes the meeting time in 12-hour form, noon and midnight included", () => {
    expect(meetingTime("19:00")).toBe("7.00 pm");
    expect(meetingTime("18:30")).toBe("6.30 pm");
    expect(meetingTime("10:00")).toBe("10.00 am");
    expect(meetingTime("12:00")).toBe("12.00 pm");
    expect(meetingTime("00:30")).toBe("12.30 am");
  });

  it("writes item times with a point, as in (19.05)", () => {
    expect(itemTime("19:05")).toBe("19.05");
    expect(itemTime("09:30")).toBe("09.30");
  });

  it("writes the short forms of the work programme, the CLI and the planner", () => {
    expect(shortDate("2023-04-17")).toBe("Mon 17 Apr 2023");
    expect(shortDate("2022-09-29")).toBe("Thu 29 Sep 2022"); // not ICU's "Sept"
    expect(shortDate("2023-01-16", { year: false })).toBe("Mon 16 Jan");
    expect(shortDate("2022-11-30", { weekday: false })).toBe("30 Nov 2022");
    expect(shortDate("2022-11-30", { weekday: false, year: false })).toBe("30 Nov");
    // A month alone: a meeting whose day is to be confirmed.
    expect(shortDate("2023-03")).toBe("Mar 2023");
    expect(shortDate("2023-03", { year: false })).toBe("Mar");
    expect(() => shortDate("2023-13")).toThrow("expected a month written YYYY-MM");
  });

  it("names months, and words a planning bound that may be a whole month", () => {
    expect(monthName("2022-10-31")).toBe("October");
    expect(monthName("2023-04")).toBe("April");
    expect(dateOrMonthWords("2022-10-31")).toBe("31 October 2022");
    expect(dateOrMonthWords("2022-10")).toBe("October 2022");
    expect(() => monthName("2023-13")).toThrow(InvalidDateError);
    expect(() => dateOrMonthWords("2022-10-32")).toThrow(InvalidDateError);
  });

  it("refuses what is not a date or a time", () => {
    expect(() => longDate("16/01/2023")).toThrow(InvalidDateError);
    expect(() => meetingTime("7pm")).toThrow(InvalidTimeError);
    expect(() => longDate(new Date() as unknown as string)).toThrow(/got a Date object/);
    expect(() => itemTime(new Date() as unknown as string)).toThrow(/londonWallClock\(instant\)\.time/);
  });

  it("refuses impossible dates and times, not only malformed ones", () => {
    for (const date of ["2023-02-30", "2023-02-29", "2023-13-01", "2023-1-16", "20230116", "2023-01-16T19:00"])
      expect(() => longDate(date), date).toThrow(InvalidDateError);
    for (const time of ["7:00", "24:00", "19:60", "19:05:00", "19.05"])
      expect(() => itemTime(time), time).toThrow(InvalidTimeError);
  });

  it("agrees with the en-GB calendar of Intl for every day from 2018 to 2032", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      timeZone: "UTC",
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2032, 11, 31); t += 86_400_000) {
      const at = new Date(t);
      const p = Object.fromEntries(intl.formatToParts(at).map((part) => [part.type, part.value]));
      const iso = at.toISOString().slice(0, 10);
      const want = `${p.weekday} ${p.day} ${p.month} ${p.year}`;
      if (longDate(iso) !== want) expect([iso, longDate(iso)]).toEqual([iso, want]);
      if (dayMonthYear(iso) !== `${p.day} ${p.month} ${p.year}`)
        expect(dayMonthYear(iso)).toBe(`${p.day} ${p.month} ${p.year}`);
    }
  });

  it("writes every minute of the day as the en-GB 12-hour clock does, and with a point in 24-hour form", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      timeZone: "UTC",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h12",
    });
    for (let minute = 0; minute < 24 * 60; minute++) {
      const hh = String(Math.floor(minute / 60)).padStart(2, "0");
      const mm = String(minute % 60).padStart(2, "0");
      const p = Object.fromEntries(
        intl.formatToParts(Date.UTC(2023, 0, 16, 0, minute)).map((part) => [part.type, part.value]),
      );
      expect([`${hh}:${mm}`, meetingTime(`${hh}:${mm}`), itemTime(`${hh}:${mm}`)]).toEqual([
        `${hh}:${mm}`,
        `${p.hour}.${p.minute} ${p.dayPeriod}`,
        `${hh}.${mm}`,
      ]);
    }
  });

  it("gives the same text whatever the machine's time zone", () => {
    const seen = new Set(
      inEachZone(() =>
        [
          longDate("2023-03-26"),
          longDate("2022-10-30"),
          dayMonthYear("2023-01-01"),
          shortDate("2022-12-31"),
          meetingTime("00:30"),
          meetingTime("01:30"),
          itemTime("01:05"),
        ].join("|"),
      ).values(),
    );
    expect([...seen]).toEqual([
      "Sunday 26 March 2023|Sunday 30 October 2022|1 January 2023|Sat 31 Dec 2022|12.30 am|1.30 am|01.05",
    ]);
  });
});
