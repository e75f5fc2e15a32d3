/**
 * Papers deadline: a local rule, not statute. Reports are due from officers N working days
 * before agenda dispatch (N = 3 in Hackney's 2022/23 CYP work programme, seed 001:
 * "usually three working days before dispatch"); a meeting may state its own.
 */
import { shortDate } from "@scrutineer/dates";
import { type Finding, findingAt, type Meeting, pluralInWords } from "@scrutineer/model";
import { DeadlinesError } from "./errors.js";
import type { WorkingCalendar } from "./working-calendar.js";

/**
 * Options of `papersDeadline`: the commission's working days between the papers deadline and dispatch
 * (`deadlines.papersWorkingDaysBeforeDispatch`, 3 at Hackney: seed 001) and the working calendar.
 */
export interface PapersDeadlineOptions {
  /** Working days between the papers deadline and dispatch (the commission's rule). */
  workingDaysBeforeDispatch: number;
  calendar: WorkingCalendar;
}

/** The papers deadline by the commission's rule: N working days before dispatch. */
export function papersDeadline(dispatch: string, options: PapersDeadlineOptions): string {
  const n = options.workingDaysBeforeDispatch;
  if (!Number.isInteger(n) || n < 0)
    throw new DeadlinesError("invalid-working-days", n, `papers working days must be 0 or more, got ${n}`);
  return options.calendar.addWorkingDays(dispatch, -n);
}

/** Options of `papersDeadlineFindings`: the papers-deadline rule and the dispatch it counts back from. */
export interface PapersDeadlineFindingsOptions extends PapersDeadlineOptions {
  /** The dispatch that applies: the stated one, else the latest lawful one. */
  dispatch: string;
  /** The papers deadline by the commission's rule from that dispatch (`papersDeadline`). */
  byRule: string;
  /** What the body is called in the message ("committee"; default "commission"): `bodyWord(kind, { lower: true })`. */
  body?: string;
}

/**
 * Findings on a stated papers deadline: after dispatch (`papers-deadline-after-dispatch`,
 * error), different from the rule (`papers-deadline-override`, info), on a non-working day
 * (`papers-deadline-on-non-working-day`, warning). None when the meeting states none, or is
 * cancelled.
 */
export function papersDeadlineFindings(meeting: Meeting, options: PapersDeadlineFindingsOptions): Finding[] {
  const stated = meeting.papersDeadline;
  if (meeting.status === "cancelled" || !stated) return [];
  const { dispatch, byRule, calendar } = options;
  const findings: Finding[] = [];
  if (stated > dispatch) {
    findings.push({
      severity: "error",
      code: "papers-deadline-after-dispatch",
      message: `the papers deadline ${shortDate(stated)} is after agenda dispatch on ${shortDate(dispatch)}: reports would miss the agenda`,
      ...findingAt(meeting),
    });
  } else if (stated !== byRule) {
    findings.push({
      severity: "info",
      code: "papers-deadline-override",
      message: `papers deadline stated as ${shortDate(stated)}; the ${options.body ?? "commission"}'s rule (${pluralInWords(options.workingDaysBeforeDispatch, "working day")} before dispatch) gives ${shortDate(byRule)}`,
      ...findingAt(meeting),
    });
  }
  const why = calendar.nonWorkingReason(stated);
  if (why) {
    findings.push({
      severity: "warning",
      code: "papers-deadline-on-non-working-day",
      message: `the papers deadline is set for ${shortDate(stated)}, a non-working day (${why})`,
      ...findingAt(meeting),
    });
  }
  return findings;
}
