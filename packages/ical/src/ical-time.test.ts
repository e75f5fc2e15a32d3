import { describe, expect, it } from "vitest";
import { londonDate, londonDateTime, utcInstant } from "./ical-time.js";

// These run under whatever TZ the test process has; `pnpm test:tz` runs them under UTC and
// America/New_York, and tz-independence.test.ts compares whole feeds across four zones.
describe("TZDates for ical-generator", () => {
  it("shows London's wall time through the TZDate's own getters, whatever the machine's zone", () => {
    const d = londonDateTime("2022-10-31", "19:00");
    expect(+d).toBe(Date.UTC(2022, 9, 31, 19, 0));
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2022, 9, 31, 19, 0]);
    expect(londonDateTime("2022-07-11", "19:00").toISOString()).toBe("2022-07-11T19:00:00.000+01:00");
  });

  it("reads a skipped spring time forward and a repeated autumn time as the first (RFC 5545 §3.3.5)", () => {
    expect(+londonDateTime("2023-03-26", "01:30")).toBe(Date.UTC(2023, 2, 26, 1, 30));
    expect(londonDateTime("2023-03-26", "01:30").getHours()).toBe(2);
    expect(+londonDateTime("2022-10-30", "01:30")).toBe(Date.UTC(2022, 9, 30, 0, 30));
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

  it("reads instants only with an explicit zone", () => {
    expect(+utcInstant("2022-07-01T09:00:00Z")).toBe(Date.UTC(2022, 6, 1, 9));
    expect(+utcInstant("2022-07-01T10:00:00+01:00")).toBe(Date.UTC(2022, 6, 1, 9));
    expect(() => utcInstant("2022-07-01T09:00:00")).toThrow(RangeError);
    expect(() => utcInstant("2022-07-01")).toThrow(RangeError);
  });
});
