import { describe, expect, it } from "vitest";
import { codes, example, timed, timedAgenda } from "../test/fixtures.js";
import { overrunLevel } from "./agenda-overrun.js";

describe("agenda-overrun and agenda-may-overrun", () => {
  it("finds no overrun in any 2022/23 meeting and times every meeting within 19.00-22.00", () => {
    const p = example();
    for (const m of p.meetings) {
      const t = timed(p, m);
      expect(t.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(t.finish.latest <= "22:00").toBe(true);
    }
  });

  it("errors when even the earliest finish overruns 22.00, naming the first item past the end", () => {
    const t = timedAgenda([60, 60, 50, 10]); // 19.05 + 180 = 22.05
    expect(t.finish).toEqual({ earliest: "22:05", latest: "22:05" });
    const over = t.findings.filter((f) => f.code === "agenda-overrun");
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: "error", meeting: "2024-12-23", item: "item-4" });
    expect(over[0]!.message).toContain("by 5 minutes");
  });

  it("only warns when just the upper end of the ranges overruns", () => {
    const t = timedAgenda([60, "60-90", 50]); // 19.05 + 170 = 21.55, + 200 = 22.25
    expect(t.finish).toEqual({ earliest: "21:55", latest: "22:25" });
    expect(codes(t.findings)).toEqual(["warning agenda-may-overrun item-3"]);
    expect(t.slackMinutes).toEqual({ min: -25, max: 5 });
  });

  it("still says by how much it overruns past midnight, though times are clamped at 23:59", () => {
    const t = timedAgenda([100, 100], { start: "22:00", plannedEnd: "23:00" });
    expect(t.finish).toEqual({ earliest: "23:59", latest: "23:59" });
    expect(t.findings[0]).toMatchObject({ severity: "error", code: "agenda-overrun" });
    expect(t.findings[0]!.message).toContain("by 145 minutes");
  });
});

describe("overrunLevel", () => {
  it("reads the same as the findings: overruns with the error, may overrun with the warning, else fits", () => {
    const over = timedAgenda([60, 60, 50, 10]);
    const may = timedAgenda([60, "60-90", 50]);
    const fits = timedAgenda([60, 60, 50]);
    expect([overrunLevel(over), overrunLevel(may), overrunLevel(fits)]).toEqual(["overruns", "may-overrun", "fits"]);
    expect(codes(over.findings)[0]).toContain("agenda-overrun");
    expect(fits.findings.filter((f) => f.code.includes("overrun"))).toEqual([]);
  });

  it("counts an agenda that ends exactly at the planned end as fitting", () => {
    expect(overrunLevel({ usedMinutes: { min: 180, max: 180 }, availableMinutes: 180 })).toBe("fits");
    expect(overrunLevel({ usedMinutes: { min: 180, max: 181 }, availableMinutes: 180 })).toBe("may-overrun");
    expect(overrunLevel({ usedMinutes: { min: 181, max: 181 }, availableMinutes: 180 })).toBe("overruns");
  });
});
