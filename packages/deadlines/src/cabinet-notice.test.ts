import { describe, expect, it } from "vitest";
import { inEachZone } from "../test/helpers.js";
import { cabinetNoticeDue } from "./cabinet-notice.js";

describe("Cabinet Q&A notice (six weeks)", () => {
  it("is due six weeks before the real 2023 meetings, and the real notices were in time", () => {
    expect(cabinetNoticeDue("2023-02-27", 6)).toBe("2023-01-16");
    expect("2023-01-03" <= cabinetNoticeDue("2023-02-27", 6)).toBe(true); // notified 3 Jan 2023
    expect(cabinetNoticeDue("2023-04-17", 6)).toBe("2023-03-06");
    expect("2023-02-15" <= cabinetNoticeDue("2023-04-17", 6)).toBe(true); // notified 15 Feb 2023
  });

  it("takes the number of weeks from the commission", () => {
    expect(cabinetNoticeDue("2023-04-17", 4)).toBe("2023-03-20");
    expect(cabinetNoticeDue("2023-04-17", 0)).toBe("2023-04-17");
    expect(() => cabinetNoticeDue("2023-04-17", -1)).toThrow(RangeError);
  });

  it("counts calendar weeks across the clock change in any time zone", () => {
    for (const due of inEachZone(() => [
      cabinetNoticeDue("2023-04-17", 6),
      cabinetNoticeDue("2022-11-14", 6),
    ]).values()) {
      expect(due).toEqual(["2023-03-06", "2022-10-03"]);
    }
  });
});
