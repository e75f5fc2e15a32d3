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
}

/**
 * - `optimal`: proven within the gap; `feasible`: a plan, stopped by the time limit;
 * - `infeasible`: proven that no plan exists; `no-solution`: stopped before finding any plan.
 */
export type SolveStatus = "optimal" | "feasible" | "infeasible" | "no-solution" | "error";

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

export interface Solver {
  readonly name: string;
  solve(request: SolveRequest): Promise<SolveResult>;
}
