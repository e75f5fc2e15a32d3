/**
 * One wall-clock deadline for a whole plan. Every stage, every solve within a stage, the
 * building of each model and the final check take what is left of the one limit, read from one
 * clock; a stage never has a fixed share of it. While a stage runs, a fraction of the limit is
 * kept for the work after it (`KEPT_FOR_LATER`), so that a stage that cannot prove its gap still
 * leaves the later ones time to run; whatever a stage does not use passes on.
 *
 * Every solve is timed by the same clock, and one that ran past the time it was given makes the
 * later ones start that much earlier (`LAG_CAP`).
 *
 * The clock is passed in (`AutoplanOptions.clock`): a test drives it by hand, the command line
 * and the app read the process's monotonic clock.
 */

/** Milliseconds on a monotonic clock, such as `performance.now`. */
export type Clock = () => number;

/** The process's monotonic clock: `performance.now()` (Node ≥ 16, browsers, workers). */
export const monotonicClock: Clock = () => globalThis.performance.now();

/** The parts of a plan that solve: its three stages, and when no plan exists the conflict search and the repair. */
export type DeadlineStage = "priority" | "stability" | "spread" | "conflicts" | "repair";

/**
 * Fractions of the whole limit kept, while a stage runs, for what comes after it: the later
 * stages and the final check (`verifyPlan`, the backlog's reasons: about 0.1 s at 300 items ×
 * 40 meetings). The priority stage may use up to 75 % of the limit, then the stability stage
 * what is left but 5 %, then the spread stage what is left but 3 %. When the priority stage
 * proves that no plan exists, the conflict search keeps a quarter for the smallest repair.
 */
export const KEPT_FOR_LATER: Readonly<Record<DeadlineStage, number>> = Object.freeze({
  priority: 0.25,
  stability: 0.05,
  spread: 0.03,
  conflicts: 0.25,
  repair: 0.03,
});

/**
 * The most, as a fraction of the whole limit, by which solves that ran past the time they were
 * given shorten the later ones. HiGHS checks its clock between steps of its work, so on a busy
 * machine (a step takes longer in wall time) it stops later after its limit; the deadline learns
 * that lag from the solves it has seen and gives later solves that much less, so that the last one
 * still ends in time. Capped, so that one stall cannot starve every later stage.
 */
export const LAG_CAP = 0.05;

export interface Deadline {
  /** The whole limit, in seconds. */
  readonly limitSeconds: number;
  /** Seconds since the plan started. */
  elapsed(): number;
  /** Seconds left before the deadline (0 once it has passed). */
  left(): number;
  /**
   * Seconds a stage may still use: what is left, less what is kept for the work after it and less
   * the lag seen so far (never negative).
   */
  leftFor(stage: DeadlineStage): number;
  /** Seconds by which solves have run past the time they were given, at most (capped at `LAG_CAP` of the limit). */
  lag(): number;
  /** Note a solve given `givenSeconds` that took `tookSeconds` by this deadline's clock. */
  solved(givenSeconds: number, tookSeconds: number): void;
}

/** Start the clock on a plan of `limitSeconds` seconds. */
export function startDeadline(limitSeconds: number, clock: Clock): Deadline {
  const started = clock();
  const elapsed = () => (clock() - started) / 1000;
  const left = () => Math.max(0, limitSeconds - elapsed());
  let lag = 0;
  return {
    limitSeconds,
    elapsed,
    left,
    leftFor: (stage) => Math.max(0, left() - KEPT_FOR_LATER[stage] * limitSeconds - lag),
    lag: () => lag,
    solved(givenSeconds, tookSeconds) {
      lag = Math.min(LAG_CAP * limitSeconds, Math.max(lag, tookSeconds - givenSeconds));
    },
  };
}
