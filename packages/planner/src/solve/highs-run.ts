import type { SolveRequest, SolveResult } from "./solver.js";

/** The part of the `highs` runtime this file uses (see highs/types.d.ts). */
export interface HighsRuntime {
  constants: { modelStatus: Record<string, number> };
  createModel(source: { format: "lp"; data: string }): HighsModel;
}

interface HighsModel {
  options: { set(values: Record<string, string | number | boolean>): unknown };
  info: { get(name: string): number | bigint };
  getColByName(name: string): number;
  getColName(index: number): string;
  getDimensions(): { numCols: number };
  setSolution(solution: { indices: number[]; values: number[] }): unknown;
  run(): { modelStatus: number };
  getSolution(): { colValue: Float64Array };
  getObjectiveValue(): number;
  getRunTime(): number;
  dispose(): void;
}

/**
 * Solve one LP-text model with a loaded HiGHS runtime: persistent API, so the current plan
 * can be handed over as a start (`setSolution`), with the time limit and the relative gap.
 * The time limit counts from the call: HiGHS is given what is left after reading the model,
 * and `seconds` is the whole call's wall time.
 *
 * Self-contained on purpose (no imports, no outer names): the worker thread runs this very
 * function from its source text.
 */
export function runHighs(highs: HighsRuntime, request: SolveRequest): SolveResult {
  // The limit runs from the call: reading the model and handing over the start count too.
  const began = performance.now();
  const model = highs.createModel({ format: "lp", data: request.lp });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: request.relativeGap,
      random_seed: 0,
    });
    if (request.presolve === false) model.options.set({ presolve: "off" });
    if (request.absoluteGap !== undefined) model.options.set({ mip_abs_gap: request.absoluteGap });
    if (request.heuristics === "light")
      model.options.set({ mip_heuristic_run_rins: false, mip_heuristic_run_rens: false });
    let startAccepted = false;
    if (request.start) {
      const pairs: [number, number][] = [];
      for (const name of Object.keys(request.start).sort()) {
        try {
          pairs.push([model.getColByName(name), request.start[name] ?? 0]);
        } catch {
          // A column the reader dropped (it appears in no row): nothing to start.
        }
      }
      pairs.sort((a, b) => a[0] - b[0]);
      try {
        model.setSolution({ indices: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) });
        startAccepted = true;
      } catch {
        startAccepted = false;
      }
    }
    const read = (performance.now() - began) / 1000;
    model.options.set({ time_limit: Math.max(0.001, request.timeLimitSeconds - read) });
    const { modelStatus } = model.run();
    const codes = highs.constants.modelStatus;
    const seconds = (performance.now() - began) / 1000;
    const info = (name: string): number | undefined => {
      try {
        const v = Number(model.info.get(name));
        return Number.isFinite(v) ? v : undefined;
      } catch {
        return undefined;
      }
    };
    if (modelStatus === codes.infeasible || modelStatus === codes.unboundedOrInfeasible)
      return { status: "infeasible", values: {}, seconds, startAccepted };
    // primal_solution_status 2 = a feasible primal solution is at hand.
    const hasSolution = info("primal_solution_status") === 2;
    if (!hasSolution) {
      const known = [codes.timeLimit, codes.iterationLimit, codes.interrupted, codes.solutionLimit];
      const status = known.includes(modelStatus) ? "no-solution" : "error";
      return { status, values: {}, seconds, startAccepted, message: `HiGHS model status ${modelStatus}` };
    }
    const values: Record<string, number> = {};
    const colValue = model.getSolution().colValue;
    const n = model.getDimensions().numCols;
    for (let j = 0; j < n; j++) values[model.getColName(j)] = colValue[j] ?? 0;
    const result: SolveResult = {
      status: modelStatus === codes.optimal ? "optimal" : "feasible",
      values,
      objective: model.getObjectiveValue(),
      seconds,
      startAccepted,
    };
    const bound = info("mip_dual_bound");
    const gap = info("mip_gap");
    if (bound !== undefined) result.bound = bound;
    if (gap !== undefined) result.gap = gap;
    else if (modelStatus === codes.optimal) result.gap = 0;
    return result;
  } finally {
    model.dispose();
  }
}
