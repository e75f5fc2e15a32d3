/**
 * Cabinet Q&A notice: the Cabinet member must be told the commission's three policy areas
 * at least six weeks before the meeting (Hackney, seed 001: "to be notified of topics 6
 * weeks in advance (3rd January 2023)" for 27 Feb 2023). Weeks are calendar weeks; the
 * number is the commission's `deadlines.cabinetNoticeWeeks`.
 */
import { addDays } from "./plain-date.js";

/** The date by which the Cabinet member must be told the topics. */
export function cabinetNoticeDue(meetingDate: string, weeks: number): string {
  if (!Number.isInteger(weeks) || weeks < 0) throw new RangeError(`notice weeks must be 0 or more, got ${weeks}`);
  return addDays(meetingDate, -7 * weeks);
}
