import { describe, expect, it } from "vitest";
import { DatesError, InvalidDateError, InvalidMunicipalYearError, InvalidTimeError, isDatesError } from "./errors.js";
import { toDayNumber } from "./plain-date.js";

describe("the package's errors", () => {
  it("carry a stable code and the value refused, and are RangeErrors", () => {
    const error = new InvalidTimeError("invalid-time", "7pm", "expected HH:MM");
    expect(error).toBeInstanceOf(DatesError);
    expect(error).toBeInstanceOf(RangeError);
    expect([error.name, error.code, error.value, error.message]).toEqual([
      "InvalidTimeError",
      "invalid-time",
      "7pm",
      "expected HH:MM",
    ]);
    expect(new InvalidMunicipalYearError("invalid-municipal-year", "2022-23", "x").name).toBe(
      "InvalidMunicipalYearError",
    );
  });

  it("are recognised by code, as a copy from the other build (ESM or CommonJS) would be", () => {
    // A class from another copy of the package fails instanceof; its code and value do not.
    const fromOtherBuild = Object.assign(new RangeError("expected YYYY-MM-DD"), {
      name: "InvalidDateError",
      code: "invalid-date",
      value: "2023-02-30",
    });
    expect(fromOtherBuild).not.toBeInstanceOf(InvalidDateError);
    expect(isDatesError(fromOtherBuild)).toBe(true);
    expect(isDatesError(Object.assign(new Error("x"), { code: "ENOENT", value: 1 }))).toBe(false);
    expect(isDatesError(new RangeError("x"))).toBe(false);
    expect(isDatesError("invalid-date")).toBe(false);
    let thrown: unknown;
    try {
      toDayNumber("2023-02-30");
    } catch (error) {
      thrown = error;
    }
    expect(isDatesError(thrown)).toBe(true);
  });
});
