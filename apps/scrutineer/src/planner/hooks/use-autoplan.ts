import type { Solver } from "@scrutineer/planner";
import { type Dispatch, useEffect, useRef } from "react";
import type { WorkerSolver } from "../jobs/autoplan-job.js";
import { type Action, type PlannerState, programmeOf } from "../state/index.js";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the auto-planner while the state is in "planning" mode, off the screen's thread: HiGHS
 * in a worker thread of the planner's own (or the solver given, in tests). Leaving the mode
 * (Esc, or any way out) cancels the run: the worker is stopped mid-solve and a fresh one is
 * started next time; an injected solver is refused its next solve and its answer ignored. A
 * worker that finished is kept for the next run, so HiGHS compiles once.
 */
export function useAutoplan(state: PlannerState, dispatch: Dispatch<Action>, solver?: Solver) {
  const own = useRef<WorkerSolver | undefined>(undefined);
  const run = state.mode.kind === "planning" ? state.mode.run : undefined;

  useEffect(() => {
    if (run === undefined) return;
    // The programme as it is when the key is pressed; edits wait until the plan is in.
    const programme = programmeOf(state);
    const today = state.today;
    let live = true;
    let settled = false;
    (async () => {
      try {
        // Loaded on first use: HiGHS is no part of the planner's start-up.
        const job = await import("../jobs/autoplan-job.js");
        if (!live) return;
        const base = solver ?? (own.current ??= job.createWorkerSolver());
        const proposal = await job.propose(programme, {
          today,
          solver: base,
          isLive: () => live,
          onProgress: (label) => {
            if (live) dispatch({ type: "autoplan-progress", run, label });
          },
        });
        settled = true;
        if (live) dispatch({ type: "autoplan-finished", run, proposal });
      } catch (error) {
        settled = true;
        if (live) dispatch({ type: "autoplan-failed", run, error: message(error) });
      }
    })();
    return () => {
      live = false;
      if (!settled && own.current) {
        const worker = own.current;
        own.current = undefined;
        void worker.close();
      }
    };
  }, [run]);

  // Leaving the planner stops the worker, busy or idle.
  useEffect(
    () => () => {
      void own.current?.close();
      own.current = undefined;
    },
    [],
  );
}
