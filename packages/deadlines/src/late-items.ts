/**
 * Late items: an item added to the agenda after it was dispatched was not open to inspection
 * for the clear days the law requires, so it may be taken only as urgent, with the Chair's
 * reasons recorded in the minutes (Local Government Act 1972 s100B(4)(b)).
 */
import type { Finding, Item } from "@scrutineer/model";
import { formatDate } from "./plain-date.js";

/** Findings for the meeting's items added after `dispatch`. */
export function lateItemFindings(meetingDate: string, items: readonly Item[], dispatch: string): Finding[] {
  const findings: Finding[] = [];
  for (const item of items) {
    if (!item.added || item.added <= dispatch || item.status === "withdrawn") continue;
    const when = `added on ${formatDate(item.added)}, after the agenda was dispatched on ${formatDate(dispatch)}`;
    if (item.urgentReasons?.trim()) {
      findings.push({
        severity: "warning",
        code: "late-item-urgent",
        message: `"${item.title}" was ${when}: it can be taken only as urgent business; the Chair's reasons must be recorded in the minutes (LGA 1972 s100B(4)(b))`,
        meeting: meetingDate,
        item: item.id,
      });
    } else {
      findings.push({
        severity: "error",
        code: "late-item-no-urgent-reasons",
        message: `"${item.title}" was ${when} and no reasons for urgency are recorded: it cannot lawfully be taken unless the Chair rules it urgent with reasons (LGA 1972 s100B(4)(b)); add urgentReasons or move it to a later meeting`,
        meeting: meetingDate,
        item: item.id,
      });
    }
  }
  return findings;
}
