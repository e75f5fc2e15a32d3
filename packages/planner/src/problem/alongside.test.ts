import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { alongsidePairs } from "./alongside.js";

describe("alongsidePairs", () => {
  const p = example();

  it("the annual report and the budget monitoring report, named on both sides, are one pair", () => {
    expect(alongsidePairs(p)).toEqual([["cfs-annual-report-2022", "cfs-budget-monitoring-2022"]]);
  });

  it("one side naming the other is enough; a withdrawn item binds nothing", () => {
    const oneSided = {
      ...p,
      items: p.items.map((i) =>
        i.id === "cfs-budget-monitoring-2022"
          ? { ...i, alongside: [] }
          : i.id === "send-strategy"
            ? { ...i, alongside: ["send-action-plan"] }
            : i,
      ),
    };
    expect(alongsidePairs(oneSided)).toEqual([
      ["cfs-annual-report-2022", "cfs-budget-monitoring-2022"],
      ["send-action-plan", "send-strategy"],
    ]);
    const withdrawn = {
      ...oneSided,
      items: oneSided.items.map((i) => (i.id === "send-action-plan" ? { ...i, status: "withdrawn" as const } : i)),
    };
    expect(alongsidePairs(withdrawn)).toHaveLength(1);
  });
});
