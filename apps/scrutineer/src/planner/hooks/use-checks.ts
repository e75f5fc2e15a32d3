import { type Dispatch, useEffect } from "react";
import { type Action, type PlannerState, reportOf } from "../state/index.js";

/**
 * Fills in the checks of a version opened without them (`initialState(init, { deferChecks: true })`).
 * Ink writes a frame as React commits it, so by the time this effect's timer fires the first frame
 * is on the screen; the checks then run on the screen's thread in one go (tens of milliseconds for
 * a year's programme: a key pressed meanwhile waits that long) and arrive as `checks-ready`.
 */
export function useChecks(state: PlannerState, dispatch: Dispatch<Action>) {
  const waiting = state.history.find((snapshot) => !snapshot.report);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => dispatch({ type: "checks-ready", report: reportOf(waiting, state.today) }), 0);
    return () => clearTimeout(timer);
  }, [waiting]);
}
