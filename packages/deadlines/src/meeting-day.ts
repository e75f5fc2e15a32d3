/**
 * Meetings on non-working days. Nothing forbids a Saturday meeting, but it is almost always a
 * typing slip, and a meeting on a bank holiday or a council closure day cannot be serviced;
 * the clear-days count also assumes officers are at work. A warning, not an error.
 */
import { shortDate } from "@scrutineer/dates";
import { type Finding, findingAt, type Meeting } from "@scrutineer/model";
import type { WorkingCalendar } from "./working-calendar.js";

/**
 * A warning (`meeting-on-non-working-day`) for a meeting, not cancelled, set on a weekend, bank holiday or
 * council closure day of `calendar`; none otherwise. Source and reasons: this file's header.
 */
export function meetingDayFindings(meeting: Meeting, calendar: WorkingCalendar): Finding[] {
  const reason = calendar.nonWorkingReason(meeting.date);
  if (!reason || meeting.status === "cancelled") return [];
  return [
    {
      severity: "warning",
      code: "meeting-on-non-working-day",
      message: `the meeting is on ${shortDate(meeting.date)}, a non-working day (${reason}): check the date`,
      ...findingAt(meeting),
    },
  ];
}
