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
});
