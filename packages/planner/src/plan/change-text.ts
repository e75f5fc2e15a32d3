import { shortDate } from "@scrutineer/dates";
import type { Programme } from "@scrutineer/model";
import { itemName } from "../explain/explain.js";
import type { PlanChange } from "./plan-programme.js";

function meetingDate(programme: Programme, id: string | undefined): string {
  const meeting = id ? programme.meetings.find((m) => m.id === id) : undefined;
  return meeting ? shortDate(meeting.date) : "the backlog";
}

/**
 * One proposed change as a line of the plan's diff, the same in `scrutineer autoplan` and the
 * planner's review: "+ add   SEND Action Plan (60) → Mon 27 Feb 2023".
 */
export function describeChange(programme: Programme, change: PlanChange, reason?: string): string {
  const name = `${itemName(programme, change.item)} (${change.minutes})`;
  switch (change.kind) {
    case "add":
      return `+ add   ${name} → ${meetingDate(programme, change.to)}`;
    case "move":
      return `~ move  ${name}: ${meetingDate(programme, change.from)} → ${meetingDate(programme, change.to)}`;
    case "unschedule":
      return `- off   ${name}: ${meetingDate(programme, change.from)} → the backlog${reason ? ` (${reason})` : ""}`;
  }
}
