import { describe, expect, it } from "vitest";
import { DuplicateEventError, IcalError, isIcalError, UnknownPersonError } from "./errors.js";
import { nextState, normaliseInstant } from "./ical-state.js";
import { utcInstant } from "./ical-time.js";

/** What a call throws, as [name, code, value], or the error itself if it is not this package's. */
function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return isIcalError(error) ? [error.name, error.code, error.value] : error;
  }
  return "nothing thrown";
}

describe("the package's errors", () => {
  it("carry a stable code and the value refused, and are RangeErrors", () => {
    const unknown = new UnknownPersonError("martin-bradford", ["sophie-conway"]);
    expect(unknown).toBeInstanceOf(IcalError);
    expect(unknown).toBeInstanceOf(RangeError);
    expect([unknown.code, unknown.value, unknown.person, unknown.known]).toEqual([
      "unknown-person",
      "martin-bradford",
      "martin-bradford",
      ["sophie-conway"],
    ]);
    const twice = new DuplicateEventError("cyp/2022-23/m0");
    expect([twice.name, twice.code, twice.value, twice.key]).toEqual([
      "DuplicateEventError",
      "duplicate-event",
      "cyp/2022-23/m0",
      "cyp/2022-23/m0",
    ]);
  });

  it("name an instant without a zone and two events with one key", () => {
    expect(refusal(() => utcInstant("2022-07-01T09:00:00"))).toEqual([
      "IcalError",
      "invalid-instant",
      "2022-07-01T09:00:00",
    ]);
    expect(refusal(() => normaliseInstant("2022-06-01"))).toEqual(["IcalError", "invalid-instant", "2022-06-01"]);
    const sept = {
      key: "cyp/2022-23/m1",
      fingerprint: { start: "2022-09-29T19:00", end: "2022-09-29T22:00", status: "CONFIRMED" as const },
      content: "x",
    };
    expect(refusal(() => nextState(undefined, [sept, sept], { now: "2022-06-01T09:00:00Z" }))).toEqual([
      "IcalError",
      "duplicate-event",
      "cyp/2022-23/m1",
    ]);
  });

  it("are recognised by name and code, as a copy from the other build (ESM or CommonJS) would be", () => {
    const fromOtherBuild = Object.assign(new RangeError("no councillor"), {
      name: "UnknownPersonError",
      code: "unknown-person",
      value: "x",
    });
    expect(fromOtherBuild).not.toBeInstanceOf(UnknownPersonError);
    expect(isIcalError(fromOtherBuild)).toBe(true);
    expect(isIcalError(Object.assign(new Error("x"), { name: "DatesError", code: "unknown-person", value: 1 }))).toBe(
      false,
    );
    expect(isIcalError(new RangeError("x"))).toBe(false);
  });
});
