import loadHighs from "highs";
import { type HighsRuntime, runHighs } from "./highs-run.js";
import type { Solver } from "./solver.js";
import { warmUpRequest } from "./warm-up.js";

/**
 * HiGHS (University of Edinburgh, MIT licence) compiled to WebAssembly by the `highs` package,
 * in this thread: each solve blocks until it ends or reaches its time limit. Right for the
 * command line; the Ink app uses `createWorkerSolver` so the screen stays live.
 */
export function highsSolver(): Solver {
  let loading: Promise<HighsRuntime> | undefined;
  return {
    name: "HiGHS",
    async solve(request) {
      loading ??= loadHighs() as unknown as Promise<HighsRuntime>;
      return runHighs(await loading, request);
    },
    async warm() {
      await this.solve(warmUpRequest());
    },
  };
}
