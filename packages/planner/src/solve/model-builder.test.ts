import { describe, expect, it } from "vitest";
import { example, fixture, solver, withItem } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import {
  allGroups,
  buildLp,
  currentPlacements,
  objectiveValue,
  placementsFrom,
  priorityBound,
  priorityWeight,
  startFrom,
} from "./model-builder.js";

describe("buildLp", () => {
  const p = fixture("over-full-pinned-meeting.yaml");
  const problem = planningProblem(p, { today: "2022-09-01" });

  it("writes the same text for the same problem, column for column", () => {
    const a = buildLp(problem, { enabled: allGroups(problem), objective: { kind: "priority" } });
    const b = buildLp(planningProblem(p, { today: "2022-09-01" }), {
      enabled: allGroups(problem),
      objective: { kind: "priority" },
    });
    expect(a.text).toBe(b.text);
    expect(a.columns).toHaveLength(5 * 3);
    expect(a.text).toContain("budget1: 60 x0_1 + 90 x1_1 + 20 x2_1 + 75 x3_1 + 15 x4_1 <= 155");
    expect(a.text).toContain("pin0: x0_1 >= 1");
    // Each column once in the objective, the priority and the tie-break merged.
    expect(a.text).toContain(" obj: 5 x0_0 + 5 x0_1 + 5 x0_2 + 5 x1_0");
  });

  it("a switched-off group leaves out its rows; a domain rule leaves out its columns", () => {
    const windowed = planningProblem(withItem(p, "exam-results", { earliest: "2022-11" }), { today: "2022-09-01" });
    const on = allGroups(windowed);
    const lp = buildLp(windowed, { enabled: on, objective: { kind: "feasibility" } });
    expect(lp.columns.filter((c) => c.item === "exam-results").map((c) => c.meeting)).toEqual(["2022-11"]);
    on.delete("window:exam-results");
    on.delete("pin:annual-report");
    const off = buildLp(windowed, { enabled: on, objective: { kind: "feasibility" } });
    expect(off.columns.filter((c) => c.item === "exam-results")).toHaveLength(3);
    expect(off.text).not.toContain("pin0:");
  });

  it("a pin to a meeting that is no longer open cannot hold", () => {
    const late = planningProblem(p, { today: "2022-11-01" });
    const lp = buildLp(late, { enabled: allGroups(late), objective: { kind: "feasibility" } });
    expect(lp.text).toContain("pin0: zero >= 1");
  });

  it("solved by HiGHS without the pins, it schedules the most priority that fits", async () => {
    const enabled = allGroups(problem);
    for (const id of ["pin:annual-report", "pin:budget-monitoring", "pin:standing-item"]) enabled.delete(id);
    const lp = buildLp(problem, { enabled, objective: { kind: "priority" } });
    const result = await solver.solve({ lp: lp.text, timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe("optimal");
    // All five items fit across three meetings: 5 units × weight 6, less 5 additions (the tie-break).
    expect(priorityWeight(problem)).toBe(6);
    expect(result.objective).toBe(25);
    expect(priorityBound(problem, lp, result.bound!)).toBe(5);
    expect(placementsFrom(lp, result.values).size).toBe(5);
  });

  it("the stability objective counts the items whose place changes", async () => {
    const real = planningProblem(example(), { today: "2022-05-01" });
    const current = currentPlacements(real);
    const lp = buildLp(real, { enabled: allGroups(real), objective: { kind: "stability", minUnits: 0 } });
    const result = await solver.solve({
      lp: lp.text,
      timeLimitSeconds: 10,
      relativeGap: 0,
      start: startFrom(lp, current),
    });
    expect(result.status).toBe("optimal");
    expect(lp.changesConstant + result.objective!).toBe(0); // nothing needs to move
    expect(placementsFrom(lp, result.values)).toEqual(current);
  });
});

describe("the relaxation, sub-models and the value of a plan", () => {
  const real = planningProblem(example(), { today: "2022-05-01" });
  const enabled = allGroups(real);

  it("the relaxation bounds every column by 1 instead of making it binary", () => {
    const lp = buildLp(real, { enabled, objective: { kind: "priority" }, relax: true });
    expect(lp.text).not.toContain("Binaries");
    for (const c of lp.columns) expect(lp.text).toContain(` 0 <= ${c.name} <= 1\n`);
  });

  it("a sub-model keeps only the columns named, with the same names and rows", () => {
    const whole = buildLp(real, { enabled, objective: { kind: "priority" } });
    const some = new Set(whole.columns.filter((_, k) => k % 3 === 0).map((c) => c.name));
    const sub = buildLp(real, { enabled, objective: { kind: "priority" }, columns: some });
    expect(sub.columns).toEqual(whole.columns.filter((c) => some.has(c.name)));
    expect(sub.changesConstant).toBe(whole.changesConstant);
  });

  it("objectiveValue is what HiGHS reports for the plan it returns, for every objective", async () => {
    const current = currentPlacements(real);
    const objectives = [
      { kind: "priority" as const },
      { kind: "stability" as const, minUnits: 0 },
      { kind: "spread" as const, minUnits: 0, maxChanges: 100, targetMinutes: 600 },
    ];
    for (const objective of objectives) {
      const lp = buildLp(real, { enabled, objective });
      const result = await solver.solve({
        lp: lp.text,
        timeLimitSeconds: 10,
        relativeGap: 0,
        start: startFrom(lp, current),
      });
      expect(result.status, objective.kind).toBe("optimal");
      const value = objectiveValue(real, objective, placementsFrom(lp, result.values));
      expect(value, objective.kind).toBeCloseTo(result.objective!, 6);
    }
  });
});
