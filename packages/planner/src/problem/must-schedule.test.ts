import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { mustSchedule } from "./must-schedule.js";

describe("mustSchedule", () => {
  const p = example();
  const get = (id: string) => p.items.find((i) => i.id === id)!;

  it("the childcare sufficiency report is statutory (must) and the annual reports are standing", () => {
    expect(mustSchedule(get("childcare-sufficiency-2022"))).toBe("must");
    expect(mustSchedule(get("chscp-annual-report-2022"))).toBe("standing");
    expect(mustSchedule(get("cfs-budget-monitoring-2022"))).toBe("standing");
    expect(mustSchedule(get("send-strategy"))).toBeUndefined();
  });

  it("procedural and withdrawn items are never required", () => {
    expect(mustSchedule(get("work-programme-2022-07"))).toBeUndefined();
    expect(mustSchedule({ ...get("chscp-annual-report-2022"), status: "withdrawn" })).toBeUndefined();
  });

  it("all six standing items of 2022/23 are found", () => {
    expect(p.items.filter((i) => mustSchedule(i) === "standing").map((i) => i.id)).toEqual([
      "exclusions-monitoring-2022",
      "cfs-annual-report-2022",
      "cfs-budget-monitoring-2022",
      "chscp-annual-report-2022",
      "he-budget-monitoring-2023",
      "pupil-attainment-2023",
    ]);
  });
});
