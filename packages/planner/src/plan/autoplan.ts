import type { Finding, Programme } from "@scrutineer/model";
import { type BacklogEntry, backlogReasons } from "../explain/backlog-reasons.js";
import { type Conflict, findConflicts } from "../explain/conflicts.js";
import { preChecks } from "../explain/pre-checks.js";
import { findRepair, type Repair } from "../explain/repair.js";
import { type PlanningOptions, type PlanningProblem, planningProblem } from "../problem/planning-problem.js";
import type { RangeAt } from "../problem/time-budget.js";
import { currentPlacements } from "../solve/model-builder.js";
import { MIN_SOLVE_SECONDS, type Solver } from "../solve/solver.js";
import { type Clock, type Deadline, monotonicClock, startDeadline } from "./deadline.js";
import { changesOf, type MeetingLoad, meetingLoads, unitsOf } from "./plan-measures.js";
import { type PlanChange, planChanges, plannedProgramme } from "./plan-programme.js";
import { SOLVE_MARGIN_SECONDS } from "./search.js";
import { laterStage, priorityStage, type StageContext, type StageName, type StageReport } from "./stages.js";
import { verifyPlan } from "./verify-plan.js";

/**
 * The auto-planner: places the year's items into meetings under every rule, keeping the plan
 * stable, and says what cannot fit. Three stages, each keeping what the one before achieved:
 * the most priority scheduled (within the relative gap), then the fewest changes to the
 * current plan, then the most even spare time (stages.ts). The whole plan keeps one
 * wall-clock deadline (deadline.ts): each stage takes what is left, and the best plan found by
 * then is returned. Every plan is re-checked by `verifyPlan` before it is returned.
 */

/** Seconds for the whole plan when none are given. */
export const DEFAULT_TIME_LIMIT = 10;

/**
 * Options of `autoplan`: `today` and `rangeAt` (`PlanningOptions`), the solver, the time limit in seconds
 * (default 10), the relative gap (default 0.01), items forced in, and whether to explain failures.
 */
export interface AutoplanOptions extends PlanningOptions {
  solver: Solver;
  /**
   * Seconds for the whole plan, from the call to the answer (default 10): building the models,
   * every solve, the independent check. The best plan found by then is returned.
   */
  timeLimitSeconds?: number;
  /** The clock the limit is kept by, in milliseconds (default `performance.now`); a test passes its own. */
  clock?: Clock;
  /** Relative optimality gap at which the priority stage may stop (default 0.01 = 1 %). */
  relativeGap?: number;
  /** Items to schedule whatever their flags ("why is X not scheduled?"). */
  forced?: readonly string[];
  /** Search for conflicts and a repair when no plan exists (default true). */
  explain?: boolean;
  /** Called as each stage starts, and as the conflict search starts (for a progress line). */
  onStage?: (stage: StageName | "conflicts") => void;
}

export type { StageName, StageReport };

/**
 * A verified plan: the planned programme, where each placed item goes (item id → meeting id), the
 * changes, the backlog with reasons, each meeting's minutes used and spare, pre-check findings, the
 * priority scheduled with its proven bound, the number of changes and the stages.
 */
export interface AutoPlan {
  today: string;
  rangeAt: RangeAt;
  /** The programme as planned. */
  programme: Programme;
  /** Where each item the planner placed goes (item id → meeting id); the others wait in the backlog. */
  placements: Map<string, string>;
  changes: PlanChange[];
  backlog: BacklogEntry[];
  meetings: MeetingLoad[];
  /** Pre-check findings (warnings and notes; errors would have stopped the plan). */
  findings: Finding[];
  priority: {
    /** Total priority scheduled. */
    scheduled: number;
    /** The best total proven possible. */
    bound: number;
    /** Proven relative gap: (bound − scheduled) / bound; at most the relative gap asked for when the priority stage is optimal. */
    gap: number;
  };
  /** Items moved, added or taken off compared with the current plan. */
  changeCount: number;
  stages: StageReport[];
  /** Wall seconds the whole plan took, by its clock (at most the time limit, bar the last solve's overrun). */
  seconds: number;
  /** Every stage proved within its tolerance. */
  optimal: boolean;
}

/**
 * `autoplan`'s answer: `{ ok: true, plan }`; or `{ ok: false, reason: "infeasible" }` with conflicts and a
 * repair; or `"no-solution"` (nothing found within the time limit) or `"unverified"` (the plan failed the
 * independent check: a bug, reported rather than shown).
 */
export type AutoplanResult =
  | { ok: true; plan: AutoPlan }
  | {
      ok: false;
      reason: "infeasible";
      findings: Finding[];
      conflicts: Conflict[];
      /** False when the conflict search was cut short (sets may not be minimal). */
      complete: boolean;
      repair?: Repair;
      stages: StageReport[];
    }
  | {
      ok: false;
      reason: "no-solution" | "unverified";
      findings: Finding[];
      violations: Finding[];
      message: string;
      stages: StageReport[];
    };

/** The current plan, when it keeps every rule (by the independent check); else undefined. */
function keptCurrentPlan(problem: PlanningProblem): Map<string, string> | undefined {
  const current = currentPlacements(problem);
  const planned = plannedProgramme(problem, current);
  const violations = verifyPlan(problem.programme, planned, { today: problem.today, rangeAt: problem.rangeAt });
  return violations.length === 0 ? current : undefined;
}

/** The solver, each solve timed by the deadline's clock so that it learns how far solves overrun. */
function timedBy(deadline: Deadline, solver: Solver): Solver {
  return {
    name: solver.name,
    async solve(request) {
      const began = deadline.elapsed();
      const result = await solver.solve(request);
      deadline.solved(request.timeLimitSeconds, deadline.elapsed() - began);
      return result;
    },
  };
}

/**
 * Plan a programme. Resolves to a verified plan, or to why there is none, by the deadline.
 *
 * @example
 * const result = await autoplan(programme, { today: "2022-05-01", solver: highsSolver(), timeLimitSeconds: 10 });
 * result.ok; // true
 * if (result.ok) for (const change of result.plan.changes) console.log(change.kind, change.item, change.from, change.to);
 */
export async function autoplan(programme: Programme, options: AutoplanOptions): Promise<AutoplanResult> {
  // The deadline starts before the problem is built: building it is part of the plan's time.
  const deadline = startDeadline(options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT, options.clock ?? monotonicClock);
  const problem = planningProblem(programme, options);
  return planWithin(problem, options, deadline);
}

/**
 * `autoplan` on a problem already built (`planningProblem`): for callers that reuse or inspect the
 * problem. A solver's rejection (`PlannerError`
 * `"solver-failed"` from the bundled solvers) propagates.
 */
export async function planProblem(problem: PlanningProblem, options: AutoplanOptions): Promise<AutoplanResult> {
  return planWithin(
    problem,
    options,
    startDeadline(options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT, options.clock ?? monotonicClock),
  );
}

async function planWithin(
  problem: PlanningProblem,
  options: AutoplanOptions,
  deadline: Deadline,
): Promise<AutoplanResult> {
  const relativeGap = options.relativeGap ?? 0.01;
  const forced = options.forced ?? [];
  const enabled = new Set(problem.groups.map((g) => g.id));
  const findings = preChecks(problem);
  const solver = timedBy(deadline, options.solver);
  const context: StageContext = { problem, solver, enabled, forced, relativeGap, deadline };

  options.onStage?.("priority");
  const first = await priorityStage(context);
  const stages: StageReport[] = [first.report];
  if (first.infeasible) {
    if (options.explain === false)
      return { ok: false, reason: "infeasible", findings, conflicts: [], complete: false, stages };
    options.onStage?.("conflicts");
    // The conflict search, then the repair, with what is left.
    const search = await findConflicts(problem, {
      solver,
      forced,
      secondsLeft: () => deadline.leftFor("conflicts") - SOLVE_MARGIN_SECONDS,
    });
    const repairSeconds = deadline.leftFor("repair") - SOLVE_MARGIN_SECONDS;
    const repair =
      repairSeconds >= MIN_SOLVE_SECONDS
        ? await findRepair(problem, { solver, forced, timeLimitSeconds: repairSeconds })
        : undefined;
    const result: AutoplanResult = {
      ok: false,
      reason: "infeasible",
      findings,
      conflicts: search.conflicts,
      complete: search.complete,
      stages,
    };
    if (repair) result.repair = repair;
    return result;
  }
  // Nothing found in time: the current plan is the best known, if it keeps every rule.
  const kept = first.incumbent?.placements ?? keptCurrentPlan(problem);
  if (!kept)
    return {
      ok: false,
      reason: "no-solution",
      findings,
      violations: [],
      message: `no plan was found within ${deadline.limitSeconds} seconds and the current plan breaks a rule: allow more time (--time-limit)`,
      stages,
    };
  let placements = kept;

  // Stage 2: the fewest changes that keep the priority within the gap of the best proven
  // possible (the tolerance a lexicographic solve allows the stage before; stage 1's own plan
  // is only known to be that good anyway).
  const achieved1 = unitsOf(problem, placements);
  const bound = Math.max(achieved1, first.boundUnits);
  const units = Math.min(achieved1, Math.ceil((1 - relativeGap) * bound - 1e-9));
  options.onStage?.("stability");
  const second = await laterStage(context, "stability", { kind: "stability", minUnits: units }, placements);
  stages.push(second.report);
  placements = second.placements;

  // Stage 3: the most even spare time that keeps both.
  if (problem.meetings.length >= 2) {
    options.onStage?.("spread");
    const third = await laterStage(
      context,
      "spread",
      {
        kind: "spread",
        minUnits: units,
        maxChanges: changesOf(problem, placements),
        targetMinutes: problem.items.reduce((s, it) => s + (placements.has(it.id) ? it.minutes : 0), 0),
      },
      placements,
    );
    stages.push(third.report);
    placements = third.placements;
  }

  const planned = plannedProgramme(problem, placements);
  const violations = verifyPlan(problem.programme, planned, { today: problem.today, rangeAt: problem.rangeAt });
  if (violations.length > 0)
    return {
      ok: false,
      reason: "unverified",
      findings,
      violations,
      message: "the solver's plan failed the independent check, so it is not shown",
      stages,
    };

  const scale = problem.priorityScale;
  const achieved = unitsOf(problem, placements);
  const plan: AutoPlan = {
    today: problem.today,
    rangeAt: problem.rangeAt,
    programme: planned,
    placements,
    changes: planChanges(problem, placements),
    backlog: backlogReasons(problem, placements),
    meetings: meetingLoads(problem, placements),
    findings,
    priority: {
      scheduled: achieved / scale,
      bound: bound / scale,
      gap: bound === 0 ? 0 : (bound - achieved) / bound,
    },
    changeCount: changesOf(problem, placements),
    stages,
    seconds: deadline.elapsed(),
    optimal: stages.every((s) => s.status === "optimal"),
  };
  return { ok: true, plan };
}
