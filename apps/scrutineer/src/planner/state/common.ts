import { plural } from "@scrutineer/model";
import { agendaIds, backlogIds, current, indexOf } from "./selectors.js";
import type { Message, PlannerState, Snapshot } from "./types.js";

/** Helpers every concern's reducer uses. */

export function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length - 1, n));
}

export function say(state: PlannerState, text: string, tone: Message["tone"] = "info"): PlannerState {
  return { ...state, message: { text, tone } };
}

/** Keep every cursor on a row that exists after the programme changed. */
export function settle(state: PlannerState): PlannerState {
  const index = indexOf(state);
  const meetingId =
    state.meetingId !== undefined && index.meetings.has(state.meetingId)
      ? state.meetingId
      : index.meetingsInOrder[0]?.id;
  const s = { ...state, meetingId };
  return {
    ...s,
    item: clamp(s.item, Math.max(1, agendaIds(s).length)),
    backlog: clamp(s.backlog, Math.max(1, backlogIds(s).length)),
    check: clamp(s.check, Math.max(1, current(s).findings.length)),
  };
}

/** " · 2 new errors", " · 1 error fewer" or "" between two snapshots. */
export function errorDelta(before: Snapshot, after: Snapshot): { text: string; worse: boolean } {
  // Before the opening version's checks are in there is nothing to compare with.
  if (!before.report || !after.report) return { text: "", worse: false };
  const errorsBefore = before.findings.filter((f) => f.severity === "error").length;
  const errorsAfter = after.findings.filter((f) => f.severity === "error").length;
  const text =
    errorsAfter > errorsBefore
      ? ` · ${plural(errorsAfter - errorsBefore, "new error")}`
      : errorsAfter < errorsBefore
        ? ` · ${plural(errorsBefore - errorsAfter, "error")} fewer`
        : "";
  return { text, worse: errorsAfter > errorsBefore };
}
