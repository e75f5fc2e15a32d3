/**
 * The meeting's planned length: where its end comes from, and whether it is plausible.
 *
 * Source: a meeting's planned end is its own, else the commission's usual end, else its start
 * plus the commission's usual length, else its start plus three hours (`meetingTimes` in the
 * model). County committees meet at 10.00 with no stated end (North Yorkshire's Scrutiny of
 * Health Committee, Gloucestershire's HOSC: second-council.md), and a 10.00 meeting timed
 * against Hackney's 22.00 close (its standing orders) lets items run to 20.05 unwarned (issue
 * 13). Real meetings in the papers run two to three hours (Fife "10.00 a.m. – 1.00 p.m.", Powys
 * "10.00 – 12.00"): a planned length of nothing, or over six hours, is flagged.
 */
import { itemTime } from "@scrutineer/dates";
import { type Finding, findingAt, type MeetingTimes, plural } from "@scrutineer/model";

/** The longest plausible planned meeting, in minutes: six hours. */
export const LONGEST_PLAUSIBLE_MINUTES = 6 * 60;

/** A meeting as the rule reads it. */
export interface PlannedLengthFacts {
  meeting: { id: string; date: string; status: string };
  times: MeetingTimes;
  /** Whether the meeting has items to time (an assumed end matters only then). */
  hasItems: boolean;
}

/**
 * `planned-end-assumed` (info) when nothing gives the end and there are items to time;
 * `planned-length-implausible` (warning) when the planned length is 0 or less, or over six hours.
 * None for a cancelled meeting.
 */
export function plannedLengthFindings(facts: PlannedLengthFacts): Finding[] {
  const { meeting, times, hasItems } = facts;
  if (meeting.status === "cancelled") return [];
  const at = findingAt(meeting);
  const findings: Finding[] = [];
  const window = `${itemTime(times.start)} to ${itemTime(times.plannedEnd)}`;
  if (times.endFrom === "assumed" && hasItems)
    findings.push({
      severity: "info",
      code: "planned-end-assumed",
      message: `Nothing gives this meeting's planned end, so it is timed against ${plural(times.lengthMinutes, "minute")} from its start (${window}): set plannedEnd or usualLength under commission: from the standing orders.`,
      ...at,
    });
  if (times.lengthMinutes <= 0 || times.lengthMinutes > LONGEST_PLAUSIBLE_MINUTES) {
    const length =
      times.lengthMinutes <= 0
        ? "no time at all"
        : `${Math.floor(times.lengthMinutes / 60)} hours${times.lengthMinutes % 60 ? ` ${plural(times.lengthMinutes % 60, "minute")}` : ""}`;
    findings.push({
      severity: "warning",
      code: "planned-length-implausible",
      message: `The meeting is planned to run ${window}, ${length}: check its start and planned end (a daytime committee has an end of its own, not an evening meeting's).`,
      ...at,
    });
  }
  return findings;
}
