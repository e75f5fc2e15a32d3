/**
 * Public questions: the notice a member of the public must give to ask a question or make a
 * statement, a rule of the council's own (its order of business, `public-questions` heading).
 *
 * Sources (second-council.md): North Yorkshire CC's Scrutiny of Health Committee, 16 December
 * 2022: notice "no later than midday on Tuesday 13th December 2022" for Friday 16 December,
 * "three working days before the day of the meeting" (North Yorkshire Council's agenda of 9
 * March 2026) — the third working day before the meeting; Gloucestershire's HOSC, 23 May 2023:
 * "three clear working days before the date of the meeting, (excluding the day of the meeting)
 * … before 4.00 pm on Wednesday 17 May 2023" — the working day before three clear working days.
 */
import type { PublicQuestionsNotice } from "@scrutineer/model";
import { DeadlinesError } from "./errors.js";
import type { WorkingCalendar } from "./working-calendar.js";

/** The day (and time, if the rule gives one) by which notice of a public question must be in. */
export interface PublicQuestionsDeadline {
  /** YYYY-MM-DD. */
  date: string;
  /** "HH:MM", Europe/London, when the rule gives a time of day. */
  time?: string;
  /** The rule as given, for wording ("three working days before the meeting"). */
  notice: PublicQuestionsNotice;
}

/**
 * The last day for notice of a public question: `workingDaysBefore` working days before the
 * meeting, or with `clear`, the working day before that many clear working days.
 * @throws DeadlinesError (`"invalid-working-days"`) for a negative or fractional number of days.
 * @example publicQuestionsDeadline("2022-12-16", { workingDaysBefore: 3, clear: false, time: "12:00" }, workingCalendar()).date; // "2022-12-13"
 */
export function publicQuestionsDeadline(
  meetingDate: string,
  notice: PublicQuestionsNotice,
  calendar: WorkingCalendar,
): PublicQuestionsDeadline {
  const n = notice.workingDaysBefore;
  if (!Number.isInteger(n) || n < 0)
    throw new DeadlinesError("invalid-working-days", n, `notice working days must be 0 or more, got ${n}`);
  const date = calendar.addWorkingDays(meetingDate, -(notice.clear ? n + 1 : n));
  return { date, ...(notice.time ? { time: notice.time } : {}), notice };
}
