import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { PlannerError } from "../errors.js";
import { runHighs } from "./highs-run.js";
import type { SolveRequest, SolveResult, Solver } from "./solver.js";
import { warmUpRequest } from "./warm-up.js";

/**
 * An edge, not the pure core: HiGHS in a worker thread, so a long solve never freezes the
 * Ink planner's screen. The worker loads HiGHS once and answers solve requests one at a time;
 * it runs the very `runHighs` function the in-thread solver uses (from its source text, so the
 * worker needs no file of its own in `dist/` or under a test runner).
 */
export interface WorkerSolver extends Solver {
  /** Stop the worker; pending solves are refused. */
  close(): Promise<void>;
}

function workerSource(): string {
  return `
const { parentPort, workerData } = require("node:worker_threads");
const runHighs = (${runHighs.toString()});
const loading = require(workerData.highs)();
parentPort.on("message", async ({ id, request }) => {
  try {
    const highs = await loading;
    parentPort.postMessage({ id, result: runHighs(highs, request) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;
}

/** A solver whose solves run in a worker thread of its own. */
export function createWorkerSolver(): WorkerSolver {
  const highs = createRequire(import.meta.url).resolve("highs");
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (r: SolveResult) => void; reject: (e: Error) => void }>();

  const settleAll = (from: Worker, error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    if (worker === from) worker = undefined;
  };
  const start = (): Worker => {
    // No inherited flags: `--input-type=module` or a loader would change how the script is read.
    const w = new Worker(workerSource(), { eval: true, workerData: { highs }, execArgv: [] });
    w.on("message", (message: { id: number; result?: SolveResult; error?: string }) => {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (message.result) p.resolve(message.result);
      else p.reject(new PlannerError("worker-failed", message.error, `HiGHS worker: ${message.error ?? "no result"}`));
      // An idle worker must not keep the process alive.
      if (pending.size === 0) w.unref();
    });
    w.on("error", (error) =>
      settleAll(
        w,
        new PlannerError("worker-failed", error.message, `HiGHS worker: ${error.message}`, { cause: error }),
      ),
    );
    w.on("exit", (code) =>
      settleAll(w, new PlannerError("worker-failed", code, `HiGHS worker stopped (exit code ${code})`)),
    );
    return w;
  };

  return {
    name: "HiGHS (worker thread)",
    solve(request: SolveRequest) {
      worker ??= start();
      const w = worker;
      const id = next++;
      return new Promise<SolveResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, request });
      });
    },
    async warm() {
      await this.solve(warmUpRequest());
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}

let shared: WorkerSolver | undefined;

/** Solve one model in a shared worker thread (started on first use, idle workers let the process exit). */
export function solveInWorker(request: SolveRequest): Promise<SolveResult> {
  shared ??= createWorkerSolver();
  return shared.solve(request);
}

/** The shared worker as a `Solver`, for `autoplan(programme, { solver: workerSolver, … })`. */
export const workerSolver: Solver = {
  name: "HiGHS (worker thread)",
  solve: solveInWorker,
  async warm() {
    await solveInWorker(warmUpRequest());
  },
};
