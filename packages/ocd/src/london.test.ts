import { describe, expect, it } from "vitest";
import { londonOffsetDateTime, londonWallTime } from "./london.js";

describe("London wall times with their offset", () => {
  it("writes BST as +01:00 and GMT as +00:00, whatever the machine's zone", () => {
    expect(londonOffsetDateTime("2022-07-11", "19:00")).toBe("2022-07-11T19:00:00+01:00");
    expect(londonOffsetDateTime("2023-01-16", "19:00")).toBe("2023-01-16T19:00:00+00:00");
    // The Sundays the clocks change: 10.00 is after the change on both.
    expect(londonOffsetDateTime("2023-03-26", "10:00")).toBe("2023-03-26T10:00:00+01:00");
    expect(londonOffsetDateTime("2022-10-30", "10:00")).toBe("2022-10-30T10:00:00+00:00");
  });

  it("reads an offset date-time back as London's wall clock, from any offset", () => {
    expect(londonWallTime("2022-07-11T19:00:00+01:00")).toEqual({ date: "2022-07-11", time: "19:00" });
    expect(londonWallTime("2022-07-11T18:00:00Z")).toEqual({ date: "2022-07-11", time: "19:00" });
    expect(londonWallTime("2023-01-16T14:00-05:00")).toEqual({ date: "2023-01-16", time: "19:00" });
    expect(londonWallTime("2023-01-16")).toEqual({ date: "2023-01-16" });
    expect(londonWallTime("2023-01-16T19:00:00")).toBeUndefined();
  });
});
