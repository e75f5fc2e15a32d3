import { daysBetween, longDate } from "@scrutineer/dates";
import { listJoin } from "@scrutineer/model";
import { type CouncilContext, committeesOf } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import type { CouncilMeeting } from "../council-meetings.js";

/** Seven days: a week counted from any day, so three meetings from a Thursday to a Monday count together. */
const WINDOW_DAYS = 7;

/**
 * `support-load` (warning): one scrutiny officer (council.yaml's `committees[].officers`)
 * supports more meetings within any seven days than `supportLoad.maxMeetingsPerWeek` (2 unless
 * set; a joint meeting counts once). Each meeting costs its officer the papers deadline, the
 * agenda dispatch five clear days before (LGA 1972 s100B(3)) and the evening itself. One finding
 * per run of meetings too close together. Source: issue 15 ("one scrutiny officer supporting
 * three meetings in four days"); Hackney's officers support more than one body (Tracey Anderson:
 * Scrutiny Panel and SEG in 2022/23, research/hackney-council-wide.md §2, §5).
 */
export function supportLoadFindings(context: CouncilContext): CouncilFinding[] {
  const max = context.folder.council.supportLoad.maxMeetingsPerWeek;
  const byOfficer = new Map<string, CouncilMeeting[]>();
  for (const m of context.meetings)
    for (const id of m.supportOfficers) {
      const list = byOfficer.get(id);
      if (list) list.push(m);
      else byOfficer.set(id, [m]);
    }
  const findings: CouncilFinding[] = [];
  for (const [id, meetings] of byOfficer) {
    // Meetings are in date order; a window [i, j) holds those within seven days of meeting i.
    let i = 0;
    while (i < meetings.length) {
      const first = meetings[i] as CouncilMeeting;
      let j = i + 1;
      while (j < meetings.length && daysBetween(first.date, (meetings[j] as CouncilMeeting).date) < WINDOW_DAYS) j++;
      if (j - i <= max) {
        i++;
        continue;
      }
      const run = meetings.slice(i, j);
      const last = run[run.length - 1] as CouncilMeeting;
      findings.push({
        severity: "warning",
        code: "support-load",
        message: `${context.personName(id)} supports ${run.length} meetings from ${longDate(first.date)} to ${longDate(last.date)} (${listJoin(run.map((m) => context.heldBy(m)))}); council.yaml allows ${max} in seven days`,
        meeting: first.date,
        meetingId: first.meeting.id,
        committees: committeesOf(context, ...run),
        person: id,
      });
      i = j;
    }
  }
  return findings;
}
