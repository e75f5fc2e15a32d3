import { daysBetween } from "@scrutineer/dates";
import type { CouncilFinding } from "./council-finding.js";
import type { CouncilMeeting } from "./council-meetings.js";

/** Seven days from the first meeting of a run: the window `support-load` counts in. */
const SUPPORT_WINDOW_DAYS = 7;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a council meeting is one a finding is about, by the finding's code. */
function concerns(finding: CouncilFinding, meeting: CouncilMeeting): boolean {
  if (!meeting.committees.some((id) => finding.committees.includes(id))) return false;
  const person = finding.person;
  switch (finding.code) {
    case "support-load":
      // Every meeting of the run: within seven days of its first, supported by the officer named.
      return (
        person !== undefined &&
        meeting.supportOfficers.has(person) &&
        meeting.date >= (finding.meeting ?? "") &&
        daysBetween(finding.meeting ?? meeting.date, meeting.date) < SUPPORT_WINDOW_DAYS
      );
    case "venue-clash":
      return meeting.date === finding.meeting;
    case "member-clash":
      return meeting.date === finding.meeting && person !== undefined && meeting.members.has(person);
    case "cabinet-member-clash":
      return meeting.date === finding.meeting && person !== undefined && meeting.cabinetMembers.has(person);
    case "officer-clash":
      return meeting.date === finding.meeting && person !== undefined && meeting.officers.has(person);
    default:
      // One meeting's own finding (avoid-date, pre-election-period, joint-meeting-mismatch).
      return meeting.date === finding.meeting && meeting.meeting.id === finding.meetingId;
  }
}

/**
 * The findings across committees that concern each meeting of the council, by the meeting's
 * `key` (`councilMeetings`), for a calendar that marks every meeting of a clash, not only the
 * earlier one a finding points at: both meetings of a `venue-clash`, the two a person is due at
 * for a `member-clash`, `cabinet-member-clash` or `officer-clash`, every meeting of a
 * `support-load` run (the officer's, within seven days of its first), and the one meeting of an
 * `avoid-date`, `pre-election-period` or `joint-meeting-mismatch`. Meetings no finding concerns
 * are absent. Each list keeps the findings' order. Pure; each finding looks only at the
 * meetings of its day (a week for `support-load`), found by binary search over the days.
 */
export function councilMeetingFindings(
  meetings: readonly CouncilMeeting[],
  findings: readonly CouncilFinding[],
): Map<string, CouncilFinding[]> {
  const byDay = new Map<string, CouncilMeeting[]>();
  for (const m of meetings) {
    const day = byDay.get(m.date);
    if (day) day.push(m);
    else byDay.set(m.date, [m]);
  }
  const days = [...byDay.keys()].sort();
  const marks = new Map<string, CouncilFinding[]>();
  for (const finding of findings) {
    const from = finding.meeting;
    // A finding about a meeting whose day is still to be confirmed ("2023-02") marks no day.
    if (from === undefined || !FULL_DATE.test(from)) continue;
    const span = finding.code === "support-load" ? SUPPORT_WINDOW_DAYS : 1;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] as string) < from) lo = mid + 1;
      else hi = mid;
    }
    for (const day of days.slice(lo)) {
      if (daysBetween(from, day) >= span) break;
      for (const m of byDay.get(day) ?? []) {
        if (!concerns(finding, m)) continue;
        const list = marks.get(m.key);
        if (list) list.push(finding);
        else marks.set(m.key, [finding]);
      }
    }
  }
  return marks;
}
