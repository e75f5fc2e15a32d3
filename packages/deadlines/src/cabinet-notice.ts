/**
 * Cabinet Q&A notice: the Cabinet member must be told the commission's three policy areas
 * at least six weeks before the meeting (Hackney, seed 001: "to be notified of topics 6
 * weeks in advance (3rd January 2023)" for 27 Feb 2023). Weeks are calendar weeks; the
 * number is the commission's `deadlines.cabinetNoticeWeeks`.
 */
import { addDays, shortDate } from "@scrutineer/dates";
import { type Finding, findingAt, type Item, type Meeting, pluralInWords } from "@scrutineer/model";
import type { DeadlineStatus } from "./deadline-status.js";
import { DeadlinesError } from "./errors.js";

/** The date by which the Cabinet member must be told the topics. */
export function cabinetNoticeDue(meetingDate: string, weeks: number): string {
  if (!Number.isInteger(weeks) || weeks < 0)
    throw new DeadlinesError("invalid-notice-weeks", weeks, `notice weeks must be 0 or more, got ${weeks}`);
  return addDays(meetingDate, -7 * weeks);
}

/**
 * The finding on one Cabinet Q&A's notice: told after it was due (`cabinet-notice-late`,
 * warning), due and not recorded (`cabinet-notice-overdue`, warning), or still to give
 * (`cabinet-notice-due`, info); none when told in time or the meeting is cancelled.
 */
export function cabinetNoticeFinding(
  meeting: Meeting,
  item: Item,
  notice: { due: string; status: DeadlineStatus; weeks: number },
): Finding | undefined {
  if (!item.cabinetQA || meeting.status === "cancelled") return undefined;
  const { due, status } = notice;
  const weeks = pluralInWords(notice.weeks, "week");
  const at = { ...findingAt(meeting), item: item.id };
  const notified = item.cabinetQA.notified;
  if (notified) {
    if (notified <= due) return undefined;
    return {
      severity: "warning",
      code: "cabinet-notice-late",
      message: `the Cabinet member was told the Q&A topics on ${shortDate(notified)}, after ${shortDate(due)} (${weeks} before the meeting)`,
      ...at,
    };
  }
  if (status.overdue)
    return {
      severity: "warning",
      code: "cabinet-notice-overdue",
      message: `the Cabinet member should have been told the Q&A topics by ${shortDate(due)} (${weeks} before the meeting) and no notice is recorded`,
      ...at,
    };
  return {
    severity: "info",
    code: "cabinet-notice-due",
    message: `tell the Cabinet member the Q&A topics by ${shortDate(due)}: ${pluralInWords(status.daysLeft, "day")} left (${pluralInWords(status.workingDaysLeft, "working day")})`,
    ...at,
  };
}
