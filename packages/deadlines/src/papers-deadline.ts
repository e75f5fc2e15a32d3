/**
 * Papers deadline: a local rule, not statute. Reports are due from officers N working days
 * before agenda dispatch (N = 3 in Hackney's 2022/23 CYP work programme, seed 001:
 * "usually three working days before dispatch"); a meeting may state its own.
 */
import type { WorkingCalendar } from "./working-calendar.js";

export interface PapersDeadlineOptions {
  /** Working days between the papers deadline and dispatch (the commission's rule). */
  workingDaysBeforeDispatch: number;
  calendar: WorkingCalendar;
}

/** The papers deadline by the commission's rule: N working days before dispatch. */
export function papersDeadline(dispatch: string, options: PapersDeadlineOptions): string {
  const n = options.workingDaysBeforeDispatch;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`papers working days must be 0 or more, got ${n}`);
  return options.calendar.addWorkingDays(dispatch, -n);
}
