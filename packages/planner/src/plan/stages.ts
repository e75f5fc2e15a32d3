import type { PlanningProblem } from "../problem/planning-problem.js";
import {
  buildLp,
  currentPlacements,
  type LpModel,
  type LpRequest,
  type Objective,
  objectiveValue,
  priorityBound,
} from "../solve/model-builder.js";
import type { Solver, SolveStatus } from "../solve/solver.js";
import type { Deadline } from "./deadline.js";
import { unitsOf } from "./plan-measures.js";
import {
  hasSolution,
  type Incumbent,
  improveByWindows,
  incumbentFrom,
  type StageSearch,
  solveWithin,
} from "./search.js";

/**
 * The three stages of a plan, each within what the deadline leaves it (see deadline.ts and
 * search.ts). Each keeps what the one before achieved as a constraint (lexicographic).
 */

/** Changes by which the stability stage may miss the proven fewest. */
export const STABILITY_TOLERANCE = 1;

/** Minutes per meeting, on average, by which the spare-time spread may miss the most even one. */
export const SPREAD_TOLERANCE = 5;

/**
 * A model with more columns than this is large: each stage searches it window by window before
 * solving it whole (search.ts), and stages 2 and 3 solve it whole without HiGHS's presolve. A
 * smaller model is solved whole from the start, which is faster there (the 60 × 10 bench year,
 * 550 columns: 0.5 s for the priority stage whole, 2.6 s by windows).
 *
 * Why no presolve when large: the priority row stages 2 and 3 add (every column in one row)
 * makes HiGHS's presolve grow with the square of the columns, and it does not stop at the time
 * limit: 0.05 s at 60 items × 10 meetings, 0.7 s at 120 × 20 (1,800 columns), 6.4 s of a 2.4 s
 * limit at 300 × 40 (8,800). Below this it pays for itself.
 */
export const LARGE_MODEL_COLUMNS = 2_000;

/** The three stages of a plan, in order: most priority, then fewest changes, then the most even spread. */
export type StageName = "priority" | "stability" | "spread";

/** How one stage went: its status, objective, proven bound and gap, seconds, and its solves. */
export interface StageReport {
  stage: StageName;
  /** `optimal`: proven within the stage's tolerance; `feasible`: the best plan found by its time. */
  status: SolveStatus;
  /** The stage's objective on its plan. */
  objective?: number;
  /** The best proven bound on it (priority stage). */
  bound?: number;
  /** The proven relative gap of the priority scheduled (priority stage). */
  gap?: number;
  /** Wall seconds the stage took, by the plan's clock. */
  seconds: number;
  /** Solves the stage made (the relaxation, neighbourhoods, the whole model). */
  solves: number;
}

export interface StageContext {
  problem: PlanningProblem;
  solver: Solver;
  enabled: ReadonlySet<string>;
  forced: readonly string[];
  relativeGap: number;
  deadline: Deadline;
  /** Columns above which a model is large (default `LARGE_MODEL_COLUMNS`; a test lowers it). */
  largeModelColumns?: number;
}

export interface PriorityOutcome {
  report: StageReport;
  /** No plan keeps every rule (proven). */
  infeasible: boolean;
  /** The best plan found; absent when none was found in time. */
  incumbent?: Incumbent;
  /** The most priority units any plan could schedule, as proven (at least what the plan schedules). */
  boundUnits: number;
}

function newSearch(context: StageContext, stage: StageName, objective: Objective): StageSearch {
  const request: LpRequest = { enabled: context.enabled, objective, forced: context.forced };
  return {
    problem: context.problem,
    solver: context.solver,
    request,
    sense: objective.kind === "priority" ? "maximize" : "minimize",
    left: () => context.deadline.leftFor(stage),
    solves: 0,
  };
}

/** What the priority stage has proven: the best bound on its objective, and so the gap of a plan. */
interface PriorityProof {
  /** The best proven bound on the priority objective (W·units − changes + constant), if any yet. */
  bound: number | undefined;
  /** The most priority units any plan could schedule, as proven (at least what `plan` schedules). */
  boundUnits(plan: Incumbent | undefined): number;
  /** The proven relative gap of the priority `plan` schedules. */
  gap(plan: Incumbent): number;
  /** Whether `plan` is proven within the relative gap asked for. */
  done(plan: Incumbent): boolean;
  /** Take a new proven bound (the smaller of the two counts). */
  prove(bound: number): void;
}

function priorityProof(problem: PlanningProblem, whole: LpModel, relativeGap: number): PriorityProof {
  const total = problem.items.reduce((s, it) => s + it.units, 0);
  const proof: PriorityProof = {
    bound: undefined,
    boundUnits(plan) {
      const achieved = plan ? unitsOf(problem, plan.placements) : 0;
      const proven = proof.bound === undefined ? total : priorityBound(problem, whole, proof.bound);
      return Math.max(achieved, Math.min(total, proven));
    },
    gap(plan) {
      const b = proof.boundUnits(plan);
      return b === 0 ? 0 : (b - unitsOf(problem, plan.placements)) / b;
    },
    done: (plan) => proof.bound !== undefined && proof.gap(plan) <= relativeGap + 1e-12,
    prove(bound) {
      proof.bound = proof.bound === undefined ? bound : Math.min(proof.bound, bound);
    },
  };
  return proof;
}

/**
 * Stage 1, the most priority. A small model is solved whole, from the current plan. A large
 * one is first planned by `firstPlan`, improved window by window until proven within the
 * relative gap, and then, if it is not, solved whole from the best plan with what is left.
 */
export async function priorityStage(context: StageContext): Promise<PriorityOutcome> {
  const { problem, deadline, relativeGap } = context;
  const began = deadline.elapsed();
  const search = newSearch(context, "priority", { kind: "priority" });
  const whole = buildLp(problem, search.request);
  const current = currentPlacements(problem);
  const proof = priorityProof(problem, whole, relativeGap);
  const finish = (status: SolveStatus, plan?: Incumbent): PriorityOutcome => {
    const report: StageReport = {
      stage: "priority",
      status,
      seconds: deadline.elapsed() - began,
      solves: search.solves,
    };
    if (plan) {
      report.objective = plan.objective;
      report.gap = proof.gap(plan);
    }
    if (proof.bound !== undefined) report.bound = proof.bound;
    const out: PriorityOutcome = { report, infeasible: status === "infeasible", boundUnits: proof.boundUnits(plan) };
    if (plan) out.incumbent = plan;
    return out;
  };

  const settings = { relativeGap: relativeGap / 10 };
  let best: Incumbent | undefined;
  if (whole.columns.length > (context.largeModelColumns ?? LARGE_MODEL_COLUMNS)) {
    const first = await firstPlan(context, search, whole, proof, settings);
    if (first === "infeasible") return finish("infeasible");
    best =
      first && !proof.done(first) ? await improveByWindows(search, whole.columns, first, settings, proof.done) : first;
  }
  let proven = false;
  if (!best || !proof.done(best)) {
    const result = await solveWithin(search, whole, best?.placements ?? current, { relativeGap });
    if (!best && result?.status === "infeasible") return finish("infeasible");
    proven = result?.status === "optimal";
    best = incumbentFrom(search, whole, result, best, true) ?? best;
    if (result && hasSolution(result) && result.bound !== undefined) proof.prove(result.bound);
  }
  if (!best) return finish("no-solution");
  return finish(proven || proof.done(best) ? "optimal" : "feasible", best);
}

/**
 * A first plan of a large model, quickly: the LP relaxation gives a bound (a plan within the
 * gap of it is proven) and the columns its best fractional plan uses; the model restricted to
 * those columns and the current plan's gives a plan (RENS, Berthold 2014), from the current
 * plan as its start. Without the relaxation in time, the items that must go somewhere may go
 * anywhere. "infeasible" when the relaxation proves that no plan exists.
 */
async function firstPlan(
  context: StageContext,
  search: StageSearch,
  whole: LpModel,
  proof: PriorityProof,
  settings: { relativeGap: number },
): Promise<Incumbent | undefined | "infeasible"> {
  const { problem } = context;
  const relaxed = buildLp(problem, { ...search.request, relax: true });
  const lp = await solveWithin(search, relaxed, undefined, { relativeGap: 0 });
  if (lp?.status === "infeasible") return "infeasible";
  if (lp?.status === "optimal" && lp.objective !== undefined) proof.prove(lp.objective);
  const support = new Set<string>();
  if (lp && hasSolution(lp)) {
    for (const c of relaxed.columns) if ((lp.values[c.name] ?? 0) > 1e-6) support.add(c.name);
  } else {
    const held = new Set(problem.items.filter((it) => it.must || it.pinned).map((it) => it.id));
    for (const id of context.forced) held.add(id);
    for (const c of whole.columns) if (held.has(c.item)) support.add(c.name);
  }
  const current = currentPlacements(problem);
  for (const c of whole.columns) if (current.get(c.item) === c.meeting) support.add(c.name);
  const restricted = buildLp(problem, { ...search.request, columns: support });
  const result = await solveWithin(search, restricted, current, settings, Math.max(0.1, search.left() / 4));
  return incumbentFrom(search, restricted, result, undefined);
}

export interface LaterOutcome {
  report: StageReport;
  placements: Map<string, string>;
}

/**
 * Stages 2 and 3 (the fewest changes, the most even spread): in a large model, windows of
 * meetings improve the plan the stage before left, pass after pass; then the whole model, from
 * the best plan, with what is left, stopped when proven within the stage's tolerance.
 */
export async function laterStage(
  context: StageContext,
  stage: "stability" | "spread",
  objective: Objective,
  from: Map<string, string>,
): Promise<LaterOutcome> {
  const { problem, deadline, relativeGap } = context;
  const began = deadline.elapsed();
  const search = newSearch(context, stage, objective);
  const whole = buildLp(problem, search.request);
  const absoluteGap =
    stage === "stability"
      ? STABILITY_TOLERANCE + 0.5
      : SPREAD_TOLERANCE * problem.meetings.length * problem.meetings.length;
  // The start (the stage before's plan) is good; the work is in proving it: no sub-MIP heuristics.
  const settings = { relativeGap, absoluteGap, heuristics: "light" as const };
  const large = whole.columns.length > (context.largeModelColumns ?? LARGE_MODEL_COLUMNS);
  let best: Incumbent = { placements: from, objective: objectiveValue(problem, objective, from) };
  if (large) best = await improveByWindows(search, whole.columns, best, settings, () => false);
  const result = await solveWithin(search, whole, best.placements, { ...settings, presolve: !large });
  best = incumbentFrom(search, whole, result, best, true) ?? best;
  return {
    report: {
      stage,
      status: result?.status === "optimal" ? "optimal" : "feasible",
      objective: best.objective,
      seconds: deadline.elapsed() - began,
      solves: search.solves,
    },
    placements: best.placements,
  };
}
