import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/zones.js";
import { InvalidDateError } from "./errors.js";
import { addMonths } from "./plain-date.js";

describe("addMonths", () => {
  it("keeps the day of the month where the later month has it", () => {
    expect(addMonths("2022-01-15", 2)).toBe("2022-03-15");
    expect(addMonths("2022-11-30", 2)).toBe("2023-01-30");
    expect(addMonths("2022-03-14", -1)).toBe("2022-02-14");
  });

  it("takes the month's last day where it has no such day, leap years included", () => {
    expect(addMonths("2021-12-31", 2)).toBe("2022-02-28");
    expect(addMonths("2023-12-31", 2)).toBe("2024-02-29");
    expect(addMonths("2023-12-29", 2)).toBe("2024-02-29");
    expect(addMonths("2022-12-29", 2)).toBe("2023-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2022-08-31", 1)).toBe("2022-09-30");
  });

  it("crosses years both ways", () => {
    expect(addMonths("2022-11-15", 14)).toBe("2024-01-15");
    expect(addMonths("2023-01-31", -2)).toBe("2022-11-30");
  });

  it("gives the same answer in every time zone", () => {
    const answers = new Set(inEachZone(() => addMonths("2023-12-31", 2)).values());
    expect([...answers]).toEqual(["2024-02-29"]);
  });

  it("refuses a non-date and a fraction of a month", () => {
    expect(() => addMonths("2023-02-30", 1)).toThrow(InvalidDateError);
    expect(() => addMonths("2023-02-10", 1.5)).toThrow(InvalidDateError);
  });
});
