/**
 * Every error this package throws: one class with a stable `code` and the offending `value`, so
 * a caller can branch on `error.code` (which survives a mix of the ESM and CommonJS builds, where
 * two copies of a class defeat `instanceof`). The pattern of `@scrutineer/dates` (`DatesError`).
 */

/**
 * What went wrong:
 * - `"unknown-item"`: an item id the programme does not have (`explainUnscheduled`); `value` is the id;
 * - `"solver-failed"`: the solver reported an error rather than a plan or a proof that none
 *   exists; `value` is the solver's message;
 * - `"worker-failed"`: the worker thread behind `createWorkerSolver` failed or stopped; `value`
 *   is its message or exit code;
 * - `"invalid-lp"`: a model the LP writer refuses to write (a name CPLEX LP cannot read, a
 *   repeated row name, a coefficient that is not a finite number): a bug in the planner;
 *   `value` is the name or number.
 */
export type PlannerErrorCode = "unknown-item" | "solver-failed" | "worker-failed" | "invalid-lp";

const CODES: ReadonlySet<string> = new Set<PlannerErrorCode>([
  "unknown-item",
  "solver-failed",
  "worker-failed",
  "invalid-lp",
]);

/**
 * The base class of this package's errors.
 *
 * @example
 * try {
 *   await explainUnscheduled(programme, "no-such-item", { today: "2022-05-01", solver: highsSolver() });
 * } catch (error) {
 *   if (isPlannerError(error) && error.code === "unknown-item") console.log(`no item ${String(error.value)}`);
 * }
 */
export class PlannerError extends Error {
  override readonly name: string = "PlannerError";
  /** Stable, for branching: see `PlannerErrorCode`. */
  readonly code: PlannerErrorCode;
  /** The value refused or reported (an item id, the solver's message, a name in the model). */
  readonly value: unknown;

  constructor(code: PlannerErrorCode, value: unknown, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.value = value;
  }
}

/**
 * True for an error thrown by this package, recognised by its `code` and `name` (so also across
 * a mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isPlannerError(error: unknown): error is PlannerError {
  return (
    error instanceof Error &&
    error.name === "PlannerError" &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
