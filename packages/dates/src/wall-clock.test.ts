import { describe, expect, it } from "vitest";
import { refusal } from "../test/refusal.js";
import { InvalidTimeError } from "./errors.js";
import { isWallTime, LAST_MINUTE, minutesOfDay, wallTime } from "./wall-clock.js";

describe("wall-clock arithmetic", () => {
  it("reads and writes HH:MM without a Date, so no time zone or clock change can move it", () => {
    expect(minutesOfDay("19:05")).toBe(1145);
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("23:59")).toBe(LAST_MINUTE);
    expect(wallTime(1145)).toBe("19:05");
    expect(wallTime(0)).toBe("00:00");
    // 30 Mar 2025 and 26 Oct 2025 (clock changes) are just dates to this arithmetic.
    expect(wallTime(minutesOfDay("01:30") + 60)).toBe("02:30");
  });

  it("round-trips every minute of the day", () => {
    for (let m = 0; m <= LAST_MINUTE; m++) expect(minutesOfDay(wallTime(m))).toBe(m);
  });

  it("clamps to 00:00-23:59 rather than writing 24:10, and rounds to the minute", () => {
    expect(wallTime(24 * 60 + 10)).toBe("23:59");
    expect(wallTime(-5)).toBe("00:00");
    expect(wallTime(60.4)).toBe("01:00");
  });

  it("refuses anything that is not a 24-hour HH:MM, with a code and the value", () => {
    for (const bad of ["19.05", "7:05", "24:00", "19:60", "19:05:00", " 19:05"]) {
      expect(isWallTime(bad), bad).toBe(false);
      expect(() => minutesOfDay(bad), bad).toThrow(InvalidTimeError);
    }
    expect(refusal(() => minutesOfDay("25:00"))).toMatchObject({ code: "invalid-time", value: "25:00" });
    expect(isWallTime(1900 as unknown as string)).toBe(false);
    expect(() => minutesOfDay(1900 as unknown as string)).toThrow(
      /as a string \(e\.g\. "19:00"\), got the number 1900/,
    );
  });
});
