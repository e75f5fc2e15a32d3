import type { PlanningProblem } from "../problem/planning-problem.js";
import {
  buildLp,
  type LpColumn,
  type LpModel,
  type LpRequest,
  objectiveValue,
  placementsFrom,
  startFrom,
} from "../solve/model-builder.js";
import { MIN_SOLVE_SECONDS, type SolveRequest, type SolveResult, type Solver, solverFailed } from "../solve/solver.js";

/**
 * How one stage searches within its time: solves of the stage's model and of its
 * neighbourhoods, each given what is left of the stage's time, keeping the best plan found.
 *
 * A neighbourhood of a plan is a window of consecutive meetings (the decomposition by month):
 * the items in those meetings and the items in no meeting may go to any meeting of the window
 * (or wait), every other item stays where the plan has it. It is the same model with fewer
 * columns (`LpRequest.columns`), so its plans are plans of the whole, the plan it comes from is
 * one of them (given as the start: a neighbourhood never makes the plan worse), and its
 * objective is on the same scale. A few hundred columns solve in a fraction of a second where
 * the whole model at 300 items × 40 meetings spends seconds in its root node (HiGHS's log: cut
 * separation that does not move the bound); sliding the window over the year re-packs each
 * month in turn, and the whole model is solved last, from the plan found, with what is left.
 */

/**
 * Seconds each solve leaves unused of what it could have: HiGHS checks its clock between steps
 * of its work and stops a little after its limit (0.02 to 0.1 s in the bench, more on a busy
 * machine).
 */
export const SOLVE_MARGIN_SECONDS = 0.05;

/** Meetings in a window, and how far the next window starts from the last. */
export const WINDOW_MEETINGS = 3;
export const WINDOW_STRIDE = 2;

export interface StageSearch {
  problem: PlanningProblem;
  solver: Solver;
  /** The stage's whole model. */
  request: LpRequest;
  sense: "maximize" | "minimize";
  /** Seconds the stage may still use. */
  left: () => number;
  /** Solves made so far (counted by `solveWithin`). */
  solves: number;
}

export interface Incumbent {
  placements: Map<string, string>;
  /** The stage's objective on these placements (`objectiveValue`). */
  objective: number;
}

export function better(search: StageSearch, a: number, b: number | undefined): boolean {
  if (b === undefined) return true;
  return search.sense === "maximize" ? a > b + 1e-6 : a < b - 1e-6;
}

export function hasSolution(r: SolveResult): boolean {
  return r.status === "optimal" || r.status === "feasible";
}

/**
 * One solve of a model of the stage with at most what is left of the stage's time (and at
 * most `cap` seconds); undefined when too little time is left to start one.
 */
export async function solveWithin(
  search: StageSearch,
  lp: LpModel,
  start: ReadonlyMap<string, string> | undefined,
  settings: Omit<SolveRequest, "lp" | "timeLimitSeconds" | "start">,
  cap = Number.POSITIVE_INFINITY,
): Promise<SolveResult | undefined> {
  const seconds = Math.min(search.left() - SOLVE_MARGIN_SECONDS, cap);
  if (seconds < MIN_SOLVE_SECONDS) return undefined;
  const request: SolveRequest = { ...settings, lp: lp.text, timeLimitSeconds: seconds };
  if (start) request.start = startFrom(lp, start);
  search.solves++;
  const result = await search.solver.solve(request);
  if (result.status === "error") throw solverFailed(result);
  return result;
}

/**
 * The incumbent from a solve, if it found a plan better than `than` (or as good, with
 * `ties: true`: the whole model's answer is taken over an equal plan, as the plan of record).
 */
export function incumbentFrom(
  search: StageSearch,
  lp: LpModel,
  result: SolveResult | undefined,
  than: Incumbent | undefined,
  ties = false,
): Incumbent | undefined {
  if (!result || !hasSolution(result)) return undefined;
  const placements = placementsFrom(lp, result.values);
  const objective = objectiveValue(search.problem, search.request.objective, placements);
  const wins = better(search, objective, than?.objective) || (ties && !better(search, than!.objective, objective));
  return wins ? { placements, objective } : undefined;
}

/**
 * The windows of consecutive meetings one pass visits, in date order: every `WINDOW_STRIDE`
 * meetings from `offset` (mod the stride), with the first and the last meetings always in a
 * window, so that each pass covers the year.
 */
export function meetingWindows(meetingIds: readonly string[], offset: number): string[][] {
  const n = meetingIds.length;
  if (n <= WINDOW_MEETINGS) return [[...meetingIds]];
  const starts = new Set<number>([0]);
  for (let s = offset % WINDOW_STRIDE; s + WINDOW_MEETINGS <= n; s += WINDOW_STRIDE) starts.add(s);
  starts.add(n - WINDOW_MEETINGS);
  return [...starts].sort((a, b) => a - b).map((s) => meetingIds.slice(s, s + WINDOW_MEETINGS));
}

/** The columns of the neighbourhood of `plan` that frees the meetings of `window`. */
export function neighbourhood(
  columns: readonly LpColumn[],
  plan: ReadonlyMap<string, string>,
  window: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (const c of columns) {
    const at = plan.get(c.item);
    if (at === undefined || window.has(at) ? window.has(c.meeting) : at === c.meeting) out.add(c.name);
  }
  return out;
}

/**
 * Improve a plan window by window, pass after pass, until `done` says it is good enough, a
 * whole pass finds nothing better, or the stage's time is up. Each window's solve may use at
 * most a quarter of what is left, so that one hard window cannot take all of it.
 */
export async function improveByWindows(
  search: StageSearch,
  columns: readonly LpColumn[],
  start: Incumbent,
  settings: Omit<SolveRequest, "lp" | "timeLimitSeconds" | "start">,
  done: (incumbent: Incumbent) => boolean,
): Promise<Incumbent> {
  const meetingIds = search.problem.meetings.map((m) => m.id);
  let best = start;
  for (let pass = 0; !done(best); pass++) {
    let improved = false;
    for (const window of meetingWindows(meetingIds, pass)) {
      if (done(best) || search.left() < MIN_SOLVE_SECONDS) return best;
      const only = neighbourhood(columns, best.placements, new Set(window));
      const lp = buildLp(search.problem, { ...search.request, columns: only });
      const result = await solveWithin(search, lp, best.placements, settings, Math.max(0.1, search.left() / 4));
      const next = incumbentFrom(search, lp, result, best);
      if (next) {
        best = next;
        improved = true;
      }
    }
    // One window is the whole model: nothing more to find by sliding it.
    if (!improved || meetingIds.length <= WINDOW_MEETINGS) return best;
  }
  return best;
}
