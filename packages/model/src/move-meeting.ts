import { isIsoDate } from "@scrutineer/dates";
import { ProgrammeEditError } from "./errors.js";
import type { MeetingStatus } from "./meeting.js";

/**
 * Moving, cancelling and reinstating a meeting: the one rule, on typed values. The YAML edits
 * (`applyEdit`) write the same result into the programme file.
 *
 * A meeting keeps its id when it moves and remembers the date it was FIRST set for, however
 * often it moves: the 2022/23 programme (seed 001) prints "29 Sept (moved from 8 Sept)". Moving
 * it back to that date makes it an ordinary scheduled meeting again (nothing is left to say it
 * moved). Cancelling wins over moving: a cancelled meeting that moves stays cancelled (it keeps
 * the original date, so reinstating it later shows it as moved). A move drops the stated papers
 * deadline and dispatch date, which belonged to the old date; the commission's rules recompute them.
 */

/** The fields of a meeting the rule reads and writes; any other field is kept as it is. */
export interface MeetingDates {
  date: string;
  /** Absent means "scheduled" (the schema's default). */
  status?: MeetingStatus | undefined;
  movedFrom?: string | undefined;
  papersDeadline?: string | undefined;
  dispatch?: string | undefined;
}

/**
 * The meeting moved to `to` (a new object; the argument is never changed). Moving to its own
 * date returns it unchanged. Throws `ProgrammeEditError` "invalid-date" when `to` is not a real
 * date written `YYYY-MM-DD`.
 *
 * @example
 * const moved = moveMeeting({ id: "2022-09", date: "2022-09-08", status: "scheduled" }, "2022-09-29");
 * // { id: "2022-09", date: "2022-09-29", status: "moved", movedFrom: "2022-09-08" }
 * moveMeeting(moved, "2022-09-08"); // { id: "2022-09", date: "2022-09-08", status: "scheduled" }
 */
export function moveMeeting<M extends MeetingDates>(meeting: M, to: string): M {
  if (typeof to !== "string" || !isIsoDate(to))
    throw new ProgrammeEditError(
      "invalid-date",
      to,
      `cannot move to "${String(to)}": expected a real date written YYYY-MM-DD`,
    );
  if (to === meeting.date) return meeting;
  const original = meeting.movedFrom ?? meeting.date;
  const { dispatch: _dispatch, papersDeadline: _papers, movedFrom: _from, ...rest } = meeting;
  const cancelled = meeting.status === "cancelled";
  if (to === original) return { ...rest, date: to, status: cancelled ? "cancelled" : "scheduled" } as M;
  return { ...rest, date: to, status: cancelled ? "cancelled" : "moved", movedFrom: original } as M;
}

/** The meeting cancelled: it keeps its id, date and agenda, and has no deadlines to meet. */
export function cancelMeeting<M extends MeetingDates>(meeting: M): M {
  return { ...meeting, status: "cancelled" };
}

/** A cancelled meeting reinstated: "moved" if it had moved before, else "scheduled". */
export function reinstateMeeting<M extends MeetingDates>(meeting: M): M {
  return { ...meeting, status: meeting.movedFrom === undefined ? "scheduled" : "moved" };
}
