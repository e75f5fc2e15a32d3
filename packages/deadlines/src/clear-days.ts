/**
 * Agenda dispatch and clear days. Local Government Act 1972 s100B(3) and (4)(a): the agenda
 * is open to inspection at least five clear days before the meeting (England, since SI
 * 2002/715); three clear days in Wales, published electronically (s100BA(3), inserted by the
 * Local Government and Elections (Wales) Act 2021 Sch 4 para 7); three in Scotland (Local
 * Government (Scotland) Act 1973 s50B). The commission's jurisdiction gives the number and the
 * law cited (`commissionLaw` in the model). Clear days exclude the day of publication and the
 * day of the meeting, and weekends and bank holidays do not count (R v Swansea City Council ex p
 * Elitestone, CA 1993; no Welsh or Scottish case was found, and the same count is used). Some
 * councils require eight clear working days' notice of public questions: the number is a parameter.
 *
 * Every dispatch date in Hackney's 2022/23 CYP work programme (seed 001) is the latest
 * working day that leaves five clear working days before its meeting.
 */
import { shortDate } from "@scrutineer/dates";
import { type Finding, findingAt, JURISDICTIONS, type Meeting, pluralInWords } from "@scrutineer/model";
import type { DeadlineStatus } from "./deadline-status.js";
import { DeadlinesError } from "./errors.js";
import type { WorkingCalendar } from "./working-calendar.js";

/** Clear days in England (LGA 1972 s100B): `JURISDICTIONS.england.clearDays`. */
export const ENGLAND_CLEAR_DAYS = JURISDICTIONS.england.clearDays;
/** Clear days in Wales (LGA 1972 s100BA): `JURISDICTIONS.wales.clearDays`. */
export const WALES_CLEAR_DAYS = JURISDICTIONS.wales.clearDays;

/**
 * Options of `latestDispatch`: the number of clear working days between dispatch and the meeting (5 in
 * England, LGA 1972 s100B(3); 3 in Wales, s100BA) and the working calendar to count them on.
 */
export interface ClearDaysOptions {
  clearDays: number;
  calendar: WorkingCalendar;
}

function checkClearDays(clearDays: number): void {
  if (!Number.isInteger(clearDays) || clearDays < 0) {
    throw new DeadlinesError(
      "invalid-clear-days",
      clearDays,
      `clear days must be a whole number of days (0 or more), got ${clearDays}`,
    );
  }
}

/**
 * The latest working day on which the agenda can be dispatched and still leave `clearDays`
 * clear working days before the meeting: the (clearDays + 1)-th working day before it.
 *
 * @example
 * latestDispatch("2023-04-17", { clearDays: 5, calendar: workingCalendar() }); // "2023-04-05"
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

/** Options of `dispatchFindings`: the clear-days rule, today, the latest lawful dispatch and its status. */
export interface DispatchFindingsOptions extends ClearDaysOptions {
  /** Today (YYYY-MM-DD, Europe/London). */
  today: string;
  /** The latest lawful dispatch (`latestDispatch`), and where it stands against today. */
  latest: string;
  status: DeadlineStatus;
  /** The statute the messages cite, short form (`commissionLaw(commission).dispatchLaw.short`); default England's. */
  law?: string;
}

/**
 * Findings on the agenda's dispatch: a stated dispatch that leaves too few clear days
 * (`dispatch-too-late`, error) or falls on a non-working day (`dispatch-on-non-working-day`,
 * warning), and none recorded though the latest lawful date has passed before the meeting
 * (`dispatch-overdue`, warning). None for a cancelled meeting.
 */
export function dispatchFindings(meeting: Meeting, options: DispatchFindingsOptions): Finding[] {
  if (meeting.status === "cancelled") return [];
  const { clearDays, calendar, latest } = options;
  const on = meeting.date;
  const findings: Finding[] = [];
  if (meeting.dispatch) {
    if (!isLawfulDispatch(meeting.dispatch, on, { clearDays, calendar })) {
      const clear = calendar.clearWorkingDaysBetween(meeting.dispatch, on);
      findings.push({
        severity: "error",
        code: "dispatch-too-late",
        message: `agenda dispatch on ${shortDate(meeting.dispatch)} leaves ${pluralInWords(clear, "clear working day")} before the meeting; the law requires ${pluralInWords(clearDays, "clear working day")} (${options.law ?? JURISDICTIONS.england.dispatchLaw.short}): dispatch by ${shortDate(latest)} or move the meeting`,
        ...findingAt(meeting),
      });
    }
    const why = calendar.nonWorkingReason(meeting.dispatch);
    if (why) {
      findings.push({
        severity: "warning",
        code: "dispatch-on-non-working-day",
        message: `agenda dispatch is set for ${shortDate(meeting.dispatch)}, a non-working day (${why})`,
        ...findingAt(meeting),
      });
    }
  } else if (options.status.overdue && options.today <= on) {
    findings.push({
      severity: "warning",
      code: "dispatch-overdue",
      message: `the latest lawful agenda dispatch date, ${shortDate(latest)}, has passed and no dispatch date is recorded: record it, or the meeting cannot lawfully go ahead on ${shortDate(on)}`,
      ...findingAt(meeting),
    });
  }
  return findings;
}
