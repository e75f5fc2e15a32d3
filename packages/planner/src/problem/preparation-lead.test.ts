import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { preparationAllows, preparationLimit } from "./preparation-lead.js";

const item = (preparation: object[]) => Item.parse({ id: "x", title: "X", preparation });

describe("preparation lead time", () => {
  it("a dated focus group three weeks ahead: no meeting before the date plus three weeks", () => {
    const it = item([{ kind: "focus-group", description: "nursery providers", date: "2022-12-12", leadWeeks: 3 }]);
    expect(preparationLimit(it, "2022-05-01")?.earliest).toBe("2023-01-02"); // across Christmas and New Year
    expect(preparationAllows(it, "2022-12-31", "2022-05-01")).toBe(false);
    expect(preparationAllows(it, "2023-01-16", "2022-05-01")).toBe(true);
  });

  it("undated work counts from the day the plan is made", () => {
    const it = item([{ kind: "site-visit", description: "schools", leadWeeks: 6 }]);
    expect(preparationLimit(it, "2022-09-01")?.earliest).toBe("2022-10-13");
    expect(preparationAllows(it, "2022-09-29", "2022-09-01")).toBe(false);
    expect(preparationAllows(it, "2022-10-31", "2022-09-01")).toBe(true);
  });

  it("the latest of several limits binds; work without a lead time binds nothing", () => {
    const it = item([
      { kind: "survey", description: "carers", leadWeeks: 2, date: "2022-10-01" },
      { kind: "briefing", description: "reports" },
      { kind: "consultation", description: "carers", leadWeeks: 4, date: "2022-10-01" },
    ]);
    expect(preparationLimit(it, "2022-05-01")).toMatchObject({
      earliest: "2022-10-29",
      preparation: { kind: "consultation" },
    });
    expect(preparationLimit(item([{ kind: "briefing", description: "x" }]), "2022-05-01")).toBeUndefined();
  });

  it("the clocks going back (30 Oct 2022) do not shift the count", () => {
    const it = item([{ kind: "site-visit", description: "schools", date: "2022-10-24", leadWeeks: 1 }]);
    expect(preparationLimit(it, "2022-05-01")?.earliest).toBe("2022-10-31");
  });
});
