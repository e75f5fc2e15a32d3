import { describe, expect, it } from "vitest";
import { example } from "../../test/support.js";
import { itemMinutes, meetingCapacity, meetingLength } from "./time-budget.js";

describe("time budget", () => {
  const p = example();
  const meeting = (id: string) => p.meetings.find((m) => m.id === id)!;
  const item = (id: string) => p.items.find((i) => i.id === id)!;

  it("19.00 to 22.00 less the 5 procedural minutes leaves 175 for items (front sheet of 16 Jan 2023)", () => {
    expect(meetingLength(p, meeting("2023-01"))).toBe(180);
    expect(meetingCapacity(p, meeting("2023-01"))).toBe(175);
  });

  it("every 2022/23 meeting has 175 minutes, including the one just after the clocks went back (31 Oct 2022)", () => {
    for (const m of p.meetings) expect(meetingCapacity(p, m)).toBe(175);
  });

  it("a meeting's own start and planned end override the commission's", () => {
    expect(meetingCapacity(p, { ...meeting("2022-10"), start: "18:30", plannedEnd: "21:40" })).toBe(185);
  });

  it("a range counts at its upper end unless the officer chooses the lower", () => {
    const budget = item("cfs-budget-monitoring-2022"); // 30-45
    expect(itemMinutes(budget)).toBe(45);
    expect(itemMinutes(budget, "lower")).toBe(30);
    expect(itemMinutes(item("send-strategy"), "upper")).toBe(30); // 20-30
  });

  it("no minutes count 0, and a withdrawn item takes no time", () => {
    expect(itemMinutes(item("care-leavers-housing-letter"))).toBe(0);
    expect(itemMinutes({ ...item("foster-carers"), status: "withdrawn" })).toBe(0);
  });
});
