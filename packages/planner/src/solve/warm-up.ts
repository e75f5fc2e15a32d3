import { type LpRow, writeLp } from "./lp-text.js";
import type { SolveRequest } from "./solver.js";

/**
 * A model to run HiGHS on once before the first plan (`Solver.warm`): items into meetings
 * under each meeting's minutes, like the planner's own models, so that the same code (reading
 * LP text, presolve, the simplex, cuts, heuristics, branching) is compiled before a plan needs
 * it. HiGHS's WebAssembly is compiled lazily, function by function, and then again by the
 * optimising compiler once hot: the first plan of the 60 × 10 bench took 2 to 4 times as long
 * as the next one without this.
 */
export const WARM_UP_ITEMS = 60;
export const WARM_UP_MEETINGS = 8;

export function warmUpRequest(): SolveRequest {
  // A fixed pseudo-random year (a linear congruential generator), the same every time.
  let seed = 2022;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const minutes = Array.from({ length: WARM_UP_ITEMS }, () => 10 + 5 * next(14));
  const value = Array.from({ length: WARM_UP_ITEMS }, () => 1 + next(11));
  const name = (i: number, j: number) => `x${i}_${j}`;
  const rows: LpRow[] = [];
  const all: string[] = [];
  for (let i = 0; i < WARM_UP_ITEMS; i++) {
    const terms = Array.from({ length: WARM_UP_MEETINGS }, (_, j) => ({ coef: 1, name: name(i, j) }));
    for (const t of terms) all.push(t.name);
    rows.push({ name: `once${i}`, terms, sense: "<=", rhs: 1 });
  }
  for (let j = 0; j < WARM_UP_MEETINGS; j++)
    rows.push({
      name: `budget${j}`,
      terms: minutes.map((m, i) => ({ coef: m, name: name(i, j) })),
      sense: "<=",
      rhs: 175,
    });
  const objective = all.map((n) => ({ coef: value[Number(n.slice(1, n.indexOf("_")))]!, name: n }));
  const lp = writeLp({ sense: "maximize", objective, rows, binaries: all });
  return { lp, timeLimitSeconds: 5, relativeGap: 0.001 };
}
