import { dateOrMonthWords } from "@scrutineer/dates";
import { meetingTimes } from "@scrutineer/model";
import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import { roomOf } from "../council-meetings.js";

/**
 * `joint-meeting-mismatch` (error): a joint meeting is one meeting held by two or more
 * committees, listed in each programme once with the same id and `jointWith` naming the others;
 * each committee's own checks then count its own members for the quorum. Reported when a
 * `jointWith` names a committee council.yaml does not list, when the other programme has no
 * meeting with that id or does not name this committee back, and when the two listings differ
 * in date, start, venue or status. Source: Hackney's "Child Q - Special Joint Scrutiny (Living
 * in Hackney Scrutiny Commission and Children & Young People Scrutiny Commission)", 13 June 2022
 * (ModernGov CId=603 MId=5548), and LiH's meeting "jointly chaired" with CYP, 24 February 2022
 * (CId=119 MId=5203).
 */
export function jointMeetingFindings(context: CouncilContext): CouncilFinding[] {
  const { folder } = context;
  const committees = new Map(folder.committees.map((c, i) => [c.entry.id, { committee: c, order: i }]));
  const findings: CouncilFinding[] = [];
  for (const [id, { committee, order }] of committees) {
    const { programme } = committee.index;
    for (const meeting of programme.meetings) {
      for (const otherId of meeting.jointWith ?? []) {
        const at = { meeting: meeting.date, meetingId: meeting.id };
        const problem = (message: string, both = true) =>
          findings.push({
            severity: "error",
            code: "joint-meeting-mismatch",
            message: `joint meeting ${meeting.id} of ${context.committeeName(id)} (${dateOrMonthWords(meeting.date)}): ${message}`,
            ...at,
            committees: both
              ? [id, otherId].sort((a, b) => (committees.get(a)?.order ?? 0) - (committees.get(b)?.order ?? 0))
              : [id],
          });
        const other = committees.get(otherId);
        if (!other || otherId === id) {
          problem(`jointWith names ${otherId}, which is not another committee in council.yaml`, false);
          continue;
        }
        const theirs = other.committee.index.meetings.get(meeting.id);
        const name = context.committeeName(otherId);
        if (!theirs) {
          problem(`${name}'s programme has no meeting with id ${meeting.id}`);
          continue;
        }
        if (!(theirs.jointWith ?? []).includes(id)) {
          problem(`${name}'s meeting ${meeting.id} does not name ${context.committeeName(id)} in its jointWith`);
          continue;
        }
        if (other.order < order) continue; // both name each other: compared once, from the first in council.yaml
        const mine = meetingTimes(programme, meeting);
        const their = meetingTimes(other.committee.index.programme, theirs);
        const differences = [
          meeting.date !== theirs.date ? `date ${meeting.date} here, ${theirs.date} in ${name}'s` : "",
          mine.start !== their.start ? `start ${mine.start} here, ${their.start} in ${name}'s` : "",
          roomOf(mine.venue, folder.council.venues) !== roomOf(their.venue, folder.council.venues)
            ? `venue ${mine.venue} here, ${their.venue} in ${name}'s`
            : "",
          meeting.status !== theirs.status ? `${meeting.status} here, ${theirs.status} in ${name}'s` : "",
        ].filter(Boolean);
        if (differences.length > 0) problem(`listed differently by the two programmes: ${differences.join("; ")}`);
      }
    }
  }
  return findings;
}
