/**
 * Meetings on non-working days. Nothing forbids a Saturday meeting, but it is almost always a
 * typing slip, and a meeting on a bank holiday or a council closure day cannot be serviced;
 * the clear-days count also assumes officers are at work. A warning, not an error.
 */
import type { Finding, Meeting } from "@scrutineer/model";
import { formatDate } from "./plain-date.js";
import type { WorkingCalendar } from "./working-calendar.js";

export function meetingDayFindings(meeting: Meeting, calendar: WorkingCalendar): Finding[] {
  const reason = calendar.nonWorkingReason(meeting.date);
  if (!reason || meeting.status === "cancelled") return [];
  return [
    {
      severity: "warning",
      code: "meeting-on-non-working-day",
      message: `the meeting is on ${formatDate(meeting.date)}, a non-working day (${reason}): check the date`,
      meeting: meeting.date,
    },
  ];
}
