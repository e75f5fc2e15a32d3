import { describe, expect, it } from "vitest";
import { KEPT_FOR_LATER, LAG_CAP, startDeadline } from "./deadline.js";

describe("one deadline for a whole plan", () => {
  it("counts from its start on the clock it is given, never below zero", () => {
    let now = 5_000;
    const deadline = startDeadline(10, () => now);
    expect(deadline.elapsed()).toBe(0);
    expect(deadline.left()).toBe(10);
    now += 4_000;
    expect(deadline.elapsed()).toBe(4);
    expect(deadline.left()).toBe(6);
    now += 60_000;
    expect(deadline.left()).toBe(0);
  });

  it("a stage may use what is left, less what is kept for the work after it", () => {
    let now = 0;
    const deadline = startDeadline(10, () => now);
    expect(deadline.leftFor("priority")).toBeCloseTo(10 - 10 * KEPT_FOR_LATER.priority, 9);
    // A stage that took longer than it might have leaves the next one what is left, not a share.
    now = 9_000;
    expect(deadline.leftFor("stability")).toBeCloseTo(1 - 10 * KEPT_FOR_LATER.stability, 9);
    expect(deadline.leftFor("spread")).toBeCloseTo(1 - 10 * KEPT_FOR_LATER.spread, 9);
    now = 9_900;
    expect(deadline.leftFor("stability")).toBe(0);
  });

  it("each stage keeps less for later than the one before, and something for the final check", () => {
    expect(KEPT_FOR_LATER.priority).toBeGreaterThan(KEPT_FOR_LATER.stability);
    expect(KEPT_FOR_LATER.stability).toBeGreaterThan(KEPT_FOR_LATER.spread);
    expect(KEPT_FOR_LATER.spread).toBeGreaterThan(0);
    expect(KEPT_FOR_LATER.conflicts).toBeGreaterThan(KEPT_FOR_LATER.repair);
  });

  it("a solve that ran past its time makes later solves start that much earlier, up to a cap", () => {
    const now = 0;
    const deadline = startDeadline(10, () => now);
    deadline.solved(2, 1.5); // within its time: nothing learnt
    expect(deadline.lag()).toBe(0);
    deadline.solved(2, 2.2);
    expect(deadline.lag()).toBeCloseTo(0.2, 9);
    expect(deadline.leftFor("spread")).toBeCloseTo(10 - 10 * KEPT_FOR_LATER.spread - 0.2, 9);
    deadline.solved(1, 1.1); // a smaller overrun does not lower it
    expect(deadline.lag()).toBeCloseTo(0.2, 9);
    deadline.solved(1, 60); // one stall cannot starve the later stages
    expect(deadline.lag()).toBe(LAG_CAP * 10);
  });
});
