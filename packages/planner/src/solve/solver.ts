import { PlannerError } from "../errors.js";

/**
 * The solver seam: the planner's pure core writes a model as CPLEX LP text and reads the
 * answer by column name, so any MILP solver that takes LP text can stand behind it (HiGHS in
 * process, HiGHS in a worker thread, or a fake in tests).
 */
export interface SolveRequest {
  /** The model in CPLEX LP format. */
  lp: string;
  /** Stop after this many seconds, keeping the best plan found. */
  timeLimitSeconds: number;
  /** Stop when the best plan is proven within this fraction of the optimum (0.01 = 1 %). */
  relativeGap: number;
  /** Or stop when proven within this much of the optimum, in the objective's own units. */
  absoluteGap?: number;
  /**
   * "light": skip the expensive sub-MIP heuristics (RINS and RENS in HiGHS). Right when a good
   * start is given and the work is in proving it (the stability stage: about three times faster
   * on the bench's years, same optimum).
   */
  heuristics?: "default" | "light";
  /** A starting solution by column name (the current plan); the solver checks it, never trusts it. */
  start?: Readonly<Record<string, number>>;
  /**
   * Whether the solver may simplify the model before solving (default true). Off where the
   * presolve is slow and does not stop at the time limit (a row over every column: HiGHS took
   * 6.4 s of a 2.4 s limit on it at 300 items × 40 meetings).
   */
  presolve?: boolean;
}

/** A solve is not started with less than this many seconds left: it could not end in time. */
export const MIN_SOLVE_SECONDS = 0.02;

/**
 * - `optimal`: proven within the gap; `feasible`: a plan, stopped by the time limit;
 * - `infeasible`: proven that no plan exists; `no-solution`: stopped before finding any plan.
 */
export type SolveStatus = "optimal" | "feasible" | "infeasible" | "no-solution" | "error";

/**
 * A solver's answer: its status, column values by name, the objective, proven bound and relative gap,
 * its own run time in seconds, whether it took the start, and a message when it failed.
 */
export interface SolveResult {
  status: SolveStatus;
  /** Column values by name (empty without a solution). */
  values: Record<string, number>;
  objective?: number;
  /** The best proven bound on the objective. */
  bound?: number;
  /** The proven relative gap between the plan and the bound. */
  gap?: number;
  /** The solver's own run time. */
  seconds: number;
  /** Whether the solver took the start. */
  startAccepted?: boolean;
  message?: string;
}

/**
 * A MILP solver behind the planner: it solves CPLEX LP text (`SolveRequest`) and resolves to a
 * `SolveResult`. `highsSolver()` and `createWorkerSolver()` are the two that come with the package.
 */
export interface Solver {
  readonly name: string;
  /**
   * Solve one model, keeping to `timeLimitSeconds` from the call to the answer (reading the
   * model counts), bar the solver's own overrun between its checks of the clock.
   */
  solve(request: SolveRequest): Promise<SolveResult>;
  /**
   * Load the solver and run it once on a small model, so that its code is compiled before the
   * first plan (optional). HiGHS's WebAssembly is compiled lazily, function by function, and
   * the first plan in a process ran two to three times slower than the next without it.
   */
  warm?(): Promise<void>;
}

/** The error for a solve that ended in `status: "error"`: `PlannerError` "solver-failed", with the solver's message. */
export function solverFailed(result: SolveResult): PlannerError {
  return new PlannerError("solver-failed", result.message, `the solver failed: ${result.message ?? "unknown error"}`);
}
