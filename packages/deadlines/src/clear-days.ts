/**
 * Agenda dispatch and clear days. Local Government Act 1972 s100B(3) and (4)(a): the agenda
 * is open to inspection at least five clear days before the meeting (England, since SI
 * 2002/715); three clear days in Wales (s100BA). Clear days exclude the day of publication
 * and the day of the meeting, and weekends and bank holidays do not count (R v Swansea City
 * Council ex p Elitestone, CA 1993). Some councils require eight clear working days' notice
 * of public questions: the number is a parameter.
 *
 * Every dispatch date in Hackney's 2022/23 CYP work programme (seed 001) is the latest
 * working day that leaves five clear working days before its meeting.
 */
import type { WorkingCalendar } from "./working-calendar.js";

/** Clear days in England (LGA 1972 s100B). */
export const ENGLAND_CLEAR_DAYS = 5;
/** Clear days in Wales (LGA 1972 s100BA). */
export const WALES_CLEAR_DAYS = 3;

export interface ClearDaysOptions {
  clearDays: number;
  calendar: WorkingCalendar;
}

function checkClearDays(clearDays: number): void {
  if (!Number.isInteger(clearDays) || clearDays < 0) {
    throw new RangeError(`clear days must be a whole number of days (0 or more), got ${clearDays}`);
  }
}

/**
 * The latest working day on which the agenda can be dispatched and still leave `clearDays`
 * clear working days before the meeting: the (clearDays + 1)-th working day before it.
 */
export function latestDispatch(meetingDate: string, options: ClearDaysOptions): string {
  checkClearDays(options.clearDays);
  return options.calendar.addWorkingDays(meetingDate, -(options.clearDays + 1));
}

/** True when publishing on `dispatch` leaves at least `clearDays` clear working days before the meeting. */
export function isLawfulDispatch(dispatch: string, meetingDate: string, options: ClearDaysOptions): boolean {
  checkClearDays(options.clearDays);
  return options.calendar.clearWorkingDaysBetween(dispatch, meetingDate) >= options.clearDays;
}
