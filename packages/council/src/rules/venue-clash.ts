import { type CouncilContext, committeesOf } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";

/**
 * `venue-clash` (error): two meetings in one room at overlapping times. The room is the
 * council.yaml venue a meeting's venue names (by id or name), else the venue text itself.
 * Source: issue 15 ("two meetings booked into the Council Chamber"); Hackney's rooms are the
 * Council Chamber, Room 102, the Committee Rooms and Assembly Room 3 of the Town Hall
 * (research/hackney-council-wide.md §0).
 */
export function venueClashFindings(context: CouncilContext): CouncilFinding[] {
  const findings: CouncilFinding[] = [];
  for (const [a, b] of context.pairs) {
    if (a.room !== b.room) continue;
    findings.push({
      severity: "error",
      code: "venue-clash",
      message: `${context.heldBy(a)} and ${context.heldBy(b)} are both booked into ${a.venue} on ${context.when(a)}`,
      meeting: a.date,
      meetingId: a.meeting.id,
      committees: committeesOf(context, a, b),
    });
  }
  return findings;
}
