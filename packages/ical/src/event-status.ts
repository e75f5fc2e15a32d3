import { STANDING_LABELS } from "@scrutineer/deadlines";
import type { Meeting } from "@scrutineer/model";
import type { EventStatus } from "./ical-state.js";

/**
 * A meeting's STATUS (RFC 5545 §3.8.1.11), in the Open Civic Data / Popolo event words the model
 * uses: a cancelled meeting is CANCELLED (and stays in the feed, so subscribed calendars remove
 * or strike it through instead of keeping a stale copy); a meeting whose date is not yet
 * confirmed is TENTATIVE; anything else, including a moved meeting at its new date, CONFIRMED.
 */
export function meetingEventStatus(meeting: Pick<Meeting, "status" | "dateConfirmed">): EventStatus {
  if (meeting.status === "cancelled") return "CANCELLED";
  if (meeting.dateConfirmed === false) return "TENTATIVE";
  return "CONFIRMED";
}

/**
 * The title prefix that says the same in clients that ignore STATUS (Outlook and Google show a
 * cancelled event from a subscription exactly like a confirmed one), in the words the planner
 * and `scrutineer deadlines` use for a meeting's standing (`STANDING_LABELS`).
 */
export function statusTitle(status: EventStatus, title: string): string {
  if (status === "CANCELLED") return `${capitalise(STANDING_LABELS.cancelled)}: ${title}`;
  if (status === "TENTATIVE") return `${title} (${STANDING_LABELS.dateToBeConfirmed})`;
  return title;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
