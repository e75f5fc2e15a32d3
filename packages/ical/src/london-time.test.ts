import { longDate, formatDate as shortDate } from "@scrutineer/deadlines";
import { describe, expect, it } from "vitest";
import { londonDate, londonDateTime, nextDay, utcInstant } from "./london-time.js";

// These run under whatever TZ the test process has; `pnpm test:tz` runs them under UTC and
// America/New_York, and feeds.test.ts compares whole feeds across four zones in child processes.
describe("londonDateTime", () => {
  it("reads 19:00 as BST in summer and GMT in winter, either side of the 30 Oct 2022 change", () => {
    expect(londonDateTime("2022-07-11", "19:00").toISOString()).toBe("2022-07-11T19:00:00.000+01:00");
    expect(+londonDateTime("2022-07-11", "19:00")).toBe(Date.UTC(2022, 6, 11, 18, 0));
    expect(+londonDateTime("2022-10-29", "19:00")).toBe(Date.UTC(2022, 9, 29, 18, 0));
    expect(+londonDateTime("2022-10-30", "19:00")).toBe(Date.UTC(2022, 9, 30, 19, 0));
    expect(+londonDateTime("2022-10-31", "19:00")).toBe(Date.UTC(2022, 9, 31, 19, 0));
    expect(+londonDateTime("2022-11-30", "19:00")).toBe(Date.UTC(2022, 10, 30, 19, 0));
    expect(+londonDateTime("2023-03-25", "19:00")).toBe(Date.UTC(2023, 2, 25, 19, 0));
    expect(+londonDateTime("2023-03-26", "19:00")).toBe(Date.UTC(2023, 2, 26, 18, 0));
  });

  it("shows the wall time through the TZDate's own getters, whatever the machine's zone", () => {
    const d = londonDateTime("2022-10-31", "19:00");
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2022, 9, 31, 19, 0]);
  });

  it("reads a time skipped when the clocks go forward with the offset before the change", () => {
    // 26 Mar 2023: 01:00 GMT becomes 02:00 BST, so 01:30 never shows on a London clock.
    expect(+londonDateTime("2023-03-26", "01:30")).toBe(Date.UTC(2023, 2, 26, 1, 30));
    expect(londonDateTime("2023-03-26", "01:30").getHours()).toBe(2);
  });

  it("takes the first of the two 01:30s when the clocks go back", () => {
    // 30 Oct 2022: 02:00 BST becomes 01:00 GMT, so 01:30 happens at 00:30Z and again at 01:30Z.
    expect(+londonDateTime("2022-10-30", "01:30")).toBe(Date.UTC(2022, 9, 30, 0, 30));
    expect(+londonDateTime("2022-10-30", "00:30")).toBe(Date.UTC(2022, 9, 29, 23, 30));
    expect(+londonDateTime("2022-10-30", "02:30")).toBe(Date.UTC(2022, 9, 30, 2, 30));
  });

  it("gives midnight London for all-day dates, which in summer is 23:00 UTC the day before", () => {
    expect(+londonDate("2022-07-01")).toBe(Date.UTC(2022, 5, 30, 23, 0));
    expect(londonDate("2022-07-01").getDate()).toBe(1);
    expect(+londonDate("2022-12-25")).toBe(Date.UTC(2022, 11, 25, 0, 0));
  });

  it("refuses malformed input", () => {
    expect(() => londonDateTime("2022-7-1", "19:00")).toThrow(RangeError);
    expect(() => londonDateTime("2022-07-01", "7pm")).toThrow(RangeError);
  });
});

describe("date helpers", () => {
  it("steps to the next day across month, year and leap-day ends", () => {
    expect(nextDay("2022-07-01")).toBe("2022-07-02");
    expect(nextDay("2022-10-30")).toBe("2022-10-31");
    expect(nextDay("2022-12-31")).toBe("2023-01-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2023-02-28")).toBe("2023-03-01");
  });

  it("prints dates as council papers do", () => {
    expect(longDate("2022-09-29")).toBe("Thursday 29 September 2022");
    expect(shortDate("2022-07-11")).toBe("Mon 11 Jul 2022");
    // date-fns' en-GB words, not the runtime's ICU data (which prints "Sept" in newer releases).
    expect(shortDate("2022-09-29")).toBe("Thu 29 Sep 2022");
    expect(longDate("2023-01-01")).toBe("Sunday 1 January 2023");
  });

  it("reads instants only with an explicit zone", () => {
    expect(+utcInstant("2022-07-01T09:00:00Z")).toBe(Date.UTC(2022, 6, 1, 9));
    expect(+utcInstant("2022-07-01T10:00:00+01:00")).toBe(Date.UTC(2022, 6, 1, 9));
    expect(() => utcInstant("2022-07-01T09:00:00")).toThrow(RangeError);
    expect(() => utcInstant("2022-07-01")).toThrow(RangeError);
  });
});
