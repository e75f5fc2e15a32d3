import { describe, expect, it } from "vitest";
import { dayMonthYear, itemTime, longDate, meetingTime } from "./council-dates.js";

describe("council dates", () => {
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

  it("refuses what is not a date or a time", () => {
    expect(() => longDate("16/01/2023")).toThrow(RangeError);
    expect(() => meetingTime("7pm")).toThrow(RangeError);
  });

  it("refuses impossible dates and times, not only malformed ones", () => {
    for (const date of ["2023-02-30", "2023-02-29", "2023-13-01", "2023-1-16", "20230116", "2023-01-16T19:00"])
      expect(() => longDate(date), date).toThrow(RangeError);
    for (const time of ["7:00", "24:00", "19:60", "19:05:00", "19.05"])
      expect(() => itemTime(time), time).toThrow(RangeError);
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
    const saved = process.env.TZ;
    const seen = new Set<string>();
    try {
      for (const zone of ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = zone;
        seen.add(
          [
            longDate("2023-03-26"),
            longDate("2022-10-30"),
            dayMonthYear("2023-01-01"),
            meetingTime("00:30"),
            meetingTime("01:30"),
            itemTime("01:05"),
          ].join("|"),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect([...seen]).toEqual(["Sunday 26 March 2023|Sunday 30 October 2022|1 January 2023|12.30 am|1.30 am|01.05"]);
  });
});
