import type { PlanningProblem, RuleGroup } from "../problem/planning-problem.js";
import { buildLp } from "../solve/model-builder.js";
import type { Solver } from "../solve/solver.js";
import { MIN_SOLVE_SECONDS, solverFailed } from "../solve/solver.js";
import { type ConflictExplanation, explainConflict } from "./explain.js";

/**
 * Why no plan exists: minimal sets of rule groups that cannot all hold together, found by a
 * deletion filter (Chinneck and Dravnieks 1991) over whole groups: switch groups off; if the
 * rest still has no plan, they are not needed for the conflict and stay off, otherwise they go
 * back on. Blocks of groups are tried first (halves, quarters, …) to save solves; the last pass
 * goes one group at a time, so what is left is minimal: dropping any one of its groups allows
 * a plan. Further
 * conflicts are found by switching off one group of each conflict found and filtering again,
 * breadth first, up to `limit` sets.
 */
export interface Conflict extends ConflictExplanation {
  rules: RuleGroup[];
  /** The conflict in the officer's words. */
  message: string;
}

/** Options of `findConflicts`. */
export interface ConflictSearchOptions {
  solver: Solver;
  /** Most conflicts to find (default 5). */
  limit?: number;
  /** Most solves to spend (default 600). */
  maxSolves?: number;
  /** Time limit of each feasibility solve (default 5 s). */
  solveSeconds?: number;
  /** Items that must be scheduled whatever their flags (never switched off). */
  forced?: readonly string[];
  /** Seconds the whole search may still use (a plan's deadline); each solve gets at most this. */
  secondsLeft?: () => number;
}

/**
 * `findConflicts`' answer: minimal sets of rules that cannot all hold, whether the search finished, and the solves it spent.
 */
export interface ConflictSearch {
  conflicts: Conflict[];
  /** False when the search stopped at `maxSolves`, at `secondsLeft`, or a solve ran out of time (a set may then not be minimal). */
  complete: boolean;
  solves: number;
}

/**
 * Minimal sets of rule groups that cannot all hold together (a deletion filter over the groups), up to `limit`, for a problem that has no plan. Each set is proven by the
 * solver; `complete` is false when `maxSolves` or a time limit cut the search short. A solver's
 * rejection (`PlannerError` `"solver-failed"` from the bundled solvers) propagates.
 */
export async function findConflicts(problem: PlanningProblem, options: ConflictSearchOptions): Promise<ConflictSearch> {
  const limit = options.limit ?? 5;
  const maxSolves = options.maxSolves ?? 600;
  const solveSeconds = options.solveSeconds ?? 5;
  const forced = options.forced ?? [];
  let solves = 0;
  let complete = true;
  let outOfTime = false;
  const memo = new Map<string, boolean>();
  const order = problem.groups.map((g) => g.id);

  const hasPlan = async (enabled: ReadonlySet<string>): Promise<boolean> => {
    const key = order.filter((id) => enabled.has(id)).join("|");
    const known = memo.get(key);
    if (known !== undefined) return known;
    const seconds = Math.min(solveSeconds, options.secondsLeft?.() ?? solveSeconds);
    if (solves >= maxSolves || seconds < MIN_SOLVE_SECONDS) {
      complete = false;
      if (seconds < MIN_SOLVE_SECONDS) outOfTime = true;
      return true;
    }
    solves++;
    const lp = buildLp(problem, { enabled, objective: { kind: "feasibility" }, forced });
    const result = await options.solver.solve({ lp: lp.text, timeLimitSeconds: seconds, relativeGap: 0 });
    if (result.status === "error") throw solverFailed(result);
    // Out of time without an answer: count it as having a plan, so nothing is blamed unproven.
    if (result.status === "no-solution") complete = false;
    const feasible = result.status !== "infeasible";
    memo.set(key, feasible);
    return feasible;
  };

  // Deletion in blocks: try switching off half the groups at once, then quarters, … down to
  // single groups; the last pass, one group at a time, is what makes the set minimal.
  const filter = async (start: readonly string[]): Promise<string[]> => {
    let core = [...start];
    let size = Math.max(1, Math.ceil(core.length / 2));
    for (;;) {
      for (let k = 0; k < core.length; ) {
        const block = core.slice(k, k + size);
        const trial = [...core.slice(0, k), ...core.slice(k + size)];
        if (!(await hasPlan(new Set(trial)))) core = trial;
        else k += block.length;
      }
      if (size === 1) return core;
      size = Math.max(1, Math.floor(size / 2));
    }
  };

  const found: string[][] = [];
  const queue: string[][] = [[]];
  const tried = new Set<string>([""]);
  while (queue.length > 0 && found.length < limit && solves < maxSolves && !outOfTime) {
    const off = queue.shift()!;
    const on = order.filter((id) => !off.includes(id));
    if (await hasPlan(new Set(on))) continue;
    const core = await filter(on);
    const key = core.join("|");
    if (!found.some((f) => f.join("|") === key)) found.push(core);
    for (const id of core) {
      const next = [...off, id].sort();
      const k = next.join("|");
      if (!tried.has(k)) {
        tried.add(k);
        queue.push(next);
      }
    }
  }

  const byId = new Map(problem.groups.map((g) => [g.id, g]));
  const conflicts = found.map((ids) => {
    const rules = ids.map((id) => byId.get(id)!);
    return { rules, ...explainConflict(problem, rules) };
  });
  return { conflicts, complete, solves };
}
