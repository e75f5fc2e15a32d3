import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { attendeesOf, unavailableOn } from "./availability.js";

describe("availability", () => {
  const base = example();
  const p = {
    ...base,
    officers: base.officers.map((o) => (o.id === "naeem-ahmed" ? { ...o, unavailable: ["2022-11-30"] } : o)),
    cabinetMembers: base.cabinetMembers.map((c) =>
      c.id === "caroline-woodley" ? { ...c, unavailable: ["2023-02-27"] } : c,
    ),
  };
  const get = (id: string) => p.items.find((i) => i.id === id)!;

  it("an officer presenting the item who cannot attend rules the date out", () => {
    const budget = get("cfs-budget-monitoring-2022");
    expect(unavailableOn(p, budget, "2022-11-30").map((a) => a.name)).toEqual(["Naeem Ahmed"]);
    expect(unavailableOn(p, budget, "2023-01-16")).toEqual([]);
    expect(unavailableOn(p, get("cfs-annual-report-2022"), "2022-11-30")).toEqual([]);
  });

  it("the Cabinet member questioned at a Q&A attends even when not listed as an officer", () => {
    const qa = get("cabinet-qa-woodley");
    expect(qa.officers).toEqual([]);
    expect(attendeesOf(p, qa).map((a) => a.kind)).toEqual(["cabinet-member"]);
    expect(unavailableOn(p, qa, "2023-02-27").map((a) => a.name)).toEqual(["Cllr Caroline Woodley"]);
  });
});
