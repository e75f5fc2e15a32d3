import { describe, expect, it } from "vitest";
import { emptiedExample, example, fixture, solver } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { allGroups } from "../solve/model-builder.js";
import { MIN_SOLVE_SECONDS, type SolveRequest, type SolveResult, type Solver } from "../solve/solver.js";
import { type AutoplanResult, autoplan } from "./autoplan.js";
import { KEPT_FOR_LATER, startDeadline } from "./deadline.js";
import { plannedProgramme } from "./plan-programme.js";
import { SOLVE_MARGIN_SECONDS } from "./search.js";
import { laterStage, priorityStage } from "./stages.js";
import { verifyPlan } from "./verify-plan.js";

/**
 * The time limit, kept by counting and structure, never by the machine's speed: the plan's
 * clock is a fake one that moves only when a solve "takes" time, and each solve records the
 * time it was given and what the clock said then.
 */
interface Call {
  stage: string;
  /** Seconds on the plan's clock when the solve started. */
  at: number;
  limit: number;
  lp: string;
}

function harness(limit: number, takes: (call: Call, index: number) => number, real: Solver = solver) {
  let now = 0;
  let stage = "before";
  const calls: Call[] = [];
  const recording: Solver = {
    name: "recording",
    async solve(request: SolveRequest): Promise<SolveResult> {
      const call = { stage, at: now / 1000, limit: request.timeLimitSeconds, lp: request.lp };
      calls.push(call);
      const result = await real.solve(request);
      now += takes(call, calls.length - 1) * 1000;
      return result;
    },
  };
  return {
    calls,
    options: {
      today: "2022-05-01",
      solver: recording,
      timeLimitSeconds: limit,
      clock: () => now,
      onStage: (s: string) => {
        stage = s;
      },
    },
  };
}

const kept = (stage: keyof typeof KEPT_FOR_LATER, limit: number) => KEPT_FOR_LATER[stage] * limit;

function planOf(result: AutoplanResult) {
  if (!result.ok) throw new Error(JSON.stringify(result, null, 2));
  return result.plan;
}

describe("the plan keeps one deadline", () => {
  it("each solve is given what is left of its stage on the plan's clock, less what is kept for later", async () => {
    const { programme } = emptiedExample();
    // Every solve takes 1.5 s of the plan's clock.
    const { calls, options } = harness(10, () => 1.5);
    const plan = planOf(await autoplan(programme, options));
    expect(calls.map((c) => c.stage)).toEqual(["priority", "stability", "spread"]);
    for (const c of calls) {
      const stage = c.stage as "priority" | "stability" | "spread";
      expect(c.limit).toBeCloseTo(10 - c.at - kept(stage, 10) - SOLVE_MARGIN_SECONDS, 9);
    }
    expect(plan.seconds).toBe(4.5);
    expect(plan.stages.map((s) => s.seconds)).toEqual([1.5, 1.5, 1.5]);
  });

  it("a stage that runs long leaves the next what is left, not a share of the limit", async () => {
    const { programme } = emptiedExample();
    // The priority stage takes 7.4 s of the 7.45 s it may: all but 2.6 s are gone.
    const { calls, options } = harness(10, (_, k) => (k === 0 ? 7.4 : 0.2));
    planOf(await autoplan(programme, options));
    const [priority, stability, spread] = calls;
    expect(priority!.limit).toBeCloseTo(10 - kept("priority", 10) - SOLVE_MARGIN_SECONDS, 9);
    expect(stability!.limit).toBeCloseTo(10 - 7.4 - kept("stability", 10) - SOLVE_MARGIN_SECONDS, 9);
    expect(spread!.limit).toBeCloseTo(10 - 7.6 - kept("spread", 10) - SOLVE_MARGIN_SECONDS, 9);
  });

  it("a solve that runs past its time makes the later ones start that much earlier", async () => {
    const { programme } = emptiedExample();
    // The priority solve is given 7.45 s and takes 7.75 s: 0.3 s late, as HiGHS on a busy machine.
    const { calls, options } = harness(10, (call, k) => (k === 0 ? call.limit + 0.3 : 0.2));
    const plan = planOf(await autoplan(programme, options));
    const [, stability, spread] = calls;
    const late = 0.3;
    expect(stability!.limit).toBeCloseTo(10 - 7.75 - kept("stability", 10) - SOLVE_MARGIN_SECONDS - late, 9);
    expect(spread!.limit).toBeCloseTo(10 - 7.95 - kept("spread", 10) - SOLVE_MARGIN_SECONDS - late, 9);
    expect(plan.seconds).toBeLessThanOrEqual(10);
  });

  it("past the deadline no further solve starts, and the best plan so far is returned, checked", async () => {
    const { programme } = emptiedExample();
    const { calls, options } = harness(10, () => 10);
    const plan = planOf(await autoplan(programme, options));
    expect(calls.map((c) => c.stage)).toEqual(["priority"]);
    expect(plan.stages.map((s) => [s.stage, s.solves])).toEqual([
      ["priority", 1],
      ["stability", 0],
      ["spread", 0],
    ]);
    expect(verifyPlan(programme, plan.programme, { today: "2022-05-01" })).toEqual([]);
    expect(plan.optimal).toBe(false);
  });

  it("when the first stage finds nothing in time, the current plan is returned if it keeps every rule", async () => {
    const nothing: Solver = {
      name: "out of time",
      solve: async () => ({ status: "no-solution", values: {}, seconds: 10 }),
    };
    const kept = harness(10, () => 10, nothing);
    const plan = planOf(await autoplan(example(), kept.options));
    expect(plan.changes).toEqual([]);
    expect(plan.stages[0]!.status).toBe("no-solution");
    expect(kept.calls).toHaveLength(1);

    // The emptied year leaves its standing items unscheduled: no plan, said so.
    const { programme } = emptiedExample();
    const none = harness(10, () => 10, nothing);
    const result = await autoplan(programme, none.options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("no-solution");
    if (result.reason !== "no-solution") return;
    expect(result.message).toBe(
      "no plan was found within 10 seconds and the current plan breaks a rule: allow more time (--time-limit)",
    );
  });

  it("with no plan possible, the conflict search and the repair share what is left", async () => {
    const p = fixture("over-full-pinned-meeting.yaml");
    const { calls, options } = harness(10, () => 0.5);
    const result = await autoplan(p, { ...options, today: "2022-09-01" });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "infeasible") throw new Error("expected no plan");
    const search = calls.filter((c) => c.stage === "conflicts");
    expect(search.length).toBeGreaterThan(1);
    // The search stops while a quarter of the limit is kept; the repair's one solve gets what is left.
    const repair = search.at(-1)!;
    // Each solve takes 0.5 s: one given less ran late by the difference, and later solves allow for it.
    const late = Math.max(0, ...search.slice(0, -1).map((c) => 0.5 - c.limit));
    expect(repair.limit).toBeCloseTo(10 - repair.at - kept("repair", 10) - SOLVE_MARGIN_SECONDS - late, 9);
    for (const c of search.slice(0, -1))
      expect(c.limit).toBeLessThanOrEqual(10 - c.at - kept("conflicts", 10) - SOLVE_MARGIN_SECONDS + 1e-9);
    expect(result.complete).toBe(false);
    expect(calls.at(-1)!.at + 0.5).toBeLessThanOrEqual(10);
  });
});

describe("a large model: relaxation, first plan, windows, the whole model", () => {
  const { programme } = emptiedExample();
  const problem = planningProblem(programme, { today: "2022-05-01" });

  /** Every model counted as large, on a clock that never moves; the LP text of each solve recorded. */
  const largeContext = (limitSeconds: number) => {
    const lps: string[] = [];
    const recording: Solver = {
      name: "recording",
      solve(r) {
        lps.push(r.lp);
        return solver.solve(r);
      },
    };
    const context = {
      problem,
      solver: recording,
      enabled: allGroups(problem),
      forced: [],
      relativeGap: 0.01,
      deadline: startDeadline(limitSeconds, () => 0),
      largeModelColumns: 0,
    };
    return { lps, context };
  };

  it("the priority stage starts from the relaxation's bound and proves the plan within the gap of it", async () => {
    const { lps, context } = largeContext(60);
    const first = await priorityStage(context);
    // The relaxation (no Binaries section), then the model on its columns (a plan), then windows.
    expect(lps[0]).not.toContain("Binaries");
    expect(lps[1]).toContain("Binaries");
    expect(first.report.bound).toBeDefined();
    expect(first.report.gap).toBeLessThanOrEqual(0.01);
    expect(first.report.status).toBe("optimal");
    const placements = first.incumbent!.placements;
    const stability = await laterStage(context, "stability", { kind: "stability", minUnits: 0 }, placements);
    expect(stability.report.solves).toBeGreaterThan(0);
    for (const plan of [placements, stability.placements]) {
      expect(verifyPlan(programme, plannedProgramme(problem, plan), { today: "2022-05-01" })).toEqual([]);
    }
  });

  it("with no time, no solve starts", async () => {
    const { lps, context } = largeContext(MIN_SOLVE_SECONDS / 2);
    const first = await priorityStage(context);
    expect(lps).toEqual([]);
    expect(first.report.status).toBe("no-solution");
  });
});

describe("the real solver with a tiny limit", () => {
  it("returns a plan, never hangs: the current plan when nothing better was found", async () => {
    const result = await autoplan(example(), { today: "2022-05-01", solver, timeLimitSeconds: 0.01 });
    const plan = planOf(result);
    expect(verifyPlan(example(), plan.programme, { today: "2022-05-01" })).toEqual([]);
  });
});
