import type { Meeting } from "@scrutineer/model";

/**
 * Which meetings the auto-planner may change. A meeting already held (its date is before the
 * day the plan is made) is history, and a cancelled meeting's agenda is kept for the record
 * (OCD/Popolo event status "cancelled"): both are left exactly as they are (issue 8).
 */
export type MeetingState = "open" | "held" | "cancelled";

/**
 * `"cancelled"`, `"held"` (its date is before `today`, `YYYY-MM-DD`) or `"open"`: whether the planner may change a meeting.
 */
export function meetingState(meeting: Meeting, today: string): MeetingState {
  if (meeting.status === "cancelled") return "cancelled";
  if (meeting.date < today) return "held";
  return "open";
}
