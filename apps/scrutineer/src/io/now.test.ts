import { describe, expect, it } from "vitest";
import { UsageError } from "./errors.js";
import { parseNow } from "./now.js";

const clock = new Date("2023-06-30T23:30:00Z");

describe("--now, one way for every command", () => {
  it("reads the clock when --now is not given, with London's date (already 1 July at 00:30 BST)", () => {
    expect(parseNow(undefined, clock)).toEqual({ instant: "2023-06-30T23:30:00.000Z", today: "2023-07-01" });
  });

  it("takes a date as that day in London, recorded at 00:00 UTC on it", () => {
    expect(parseNow("2023-01-09", clock)).toEqual({ instant: "2023-01-09T00:00:00Z", today: "2023-01-09" });
    expect(parseNow("2022-07-01", clock)).toEqual({ instant: "2022-07-01T00:00:00Z", today: "2022-07-01" });
  });

  it("takes an instant with its offset as that instant, and today as London's date at it", () => {
    expect(parseNow("2023-01-09T12:00:00Z", clock)).toEqual({
      instant: "2023-01-09T12:00:00.000Z",
      today: "2023-01-09",
    });
    expect(parseNow("2022-06-30T23:30Z", clock)).toEqual({ instant: "2022-06-30T23:30:00.000Z", today: "2022-07-01" });
    expect(parseNow("2022-07-01T00:30+01:00", clock)).toEqual({
      instant: "2022-06-30T23:30:00.000Z",
      today: "2022-07-01",
    });
    expect(parseNow("2022-07-01T09:00:00.250-04:00", clock).instant).toBe("2022-07-01T13:00:00.250Z");
  });

  it("refuses anything else with a usage error (exit 2) that says what to write", () => {
    for (const bad of [
      "yesterday",
      "",
      "2023-02-30",
      "2023-02-30T09:00Z", // Date.parse would read this as 2 March
      "2023-01-09T24:00Z",
      "2023-01-09T09:00", // no offset: which zone?
      "2023-01-09T09:00+25:00",
      "1700-01-01",
      "1066-10-14T12:00Z",
      "2023-1-9",
    ]) {
      expect(() => parseNow(bad, clock), bad).toThrow(UsageError);
      expect(() => parseNow(bad, clock), bad).toThrow(
        `--now ${bad}: expected a real date written YYYY-MM-DD or an instant with its offset, such as 2022-07-01T09:00:00Z`,
      );
    }
  });
});
