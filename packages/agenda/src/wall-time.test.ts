import { describe, expect, it } from "vitest";
import { frontSheetTime, minutesOfDay, plural, wallTime } from "./wall-time.js";

describe("wall-clock arithmetic", () => {
  it("reads and writes HH:MM without a Date, so no time zone or clock change can move it", () => {
    expect(minutesOfDay("19:05")).toBe(1145);
    expect(wallTime(1145)).toBe("19:05");
    expect(wallTime(0)).toBe("00:00");
    // 30 Mar 2025 and 26 Oct 2025 (clock changes) are just dates to this arithmetic.
    expect(wallTime(minutesOfDay("01:30") + 60)).toBe("02:30");
  });

  it("clamps to 00:00-23:59 rather than writing 24:10", () => {
    expect(wallTime(24 * 60 + 10)).toBe("23:59");
    expect(wallTime(-5)).toBe("00:00");
  });

  it("refuses anything that is not HH:MM", () => {
    expect(() => minutesOfDay("19.05")).toThrow(RangeError);
    expect(() => minutesOfDay("7:05")).toThrow(RangeError);
  });

  it("prints times as front sheets do, and counts in words", () => {
    expect(frontSheetTime("21:10")).toBe("21.10");
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(50, "minute")).toBe("50 minutes");
  });
});
