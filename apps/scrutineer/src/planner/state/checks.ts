import type { ProgrammeReport } from "@scrutineer/checks";
import { settle } from "./common.js";
import { concernReducer, type PlannerState } from "./types.js";

/**
 * The checks of the file as opened, filled in after the first frame: the planner opens from the
 * parse alone (`initialState(init, { deferChecks: true })`), draws, and the `useChecks` hook then
 * runs the checks and sends their report here. Every later version is checked as it is made.
 */
export type ChecksAction = {
  type: "checks-ready";
  /** `programmeReport` of a version still without one; `report.index` tells which. */
  report: ProgrammeReport;
};

/** Whether the version on screen still waits for its checks (the findings pane says "checking…"). */
export function isChecking(state: PlannerState): boolean {
  return state.history[state.index]!.report === undefined;
}

export const checks = concernReducer<ChecksAction>({
  "checks-ready": (s, a) => {
    const at = s.history.findIndex((snapshot) => snapshot.index === a.report.index && !snapshot.report);
    if (at < 0) return s; // that version is checked already, or gone (its file was replaced by a recovery)
    const history = s.history.slice();
    history[at] = { ...history[at]!, report: a.report, findings: a.report.findings };
    return settle({ ...s, history });
  },
});
