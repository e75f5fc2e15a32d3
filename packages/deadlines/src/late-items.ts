/**
 * Late items: an item added to the agenda after it was dispatched was not open to inspection
 * for the clear days the law requires, so it may be taken only as urgent, with the Chair's
 * reasons recorded in the minutes (Local Government Act 1972 s100B(4)(b) in England; s100BA(6)
 * in Wales; Local Government (Scotland) Act 1973 s50B, whose 1985 text is the same formula:
 * Hansard HC 17 May 1985). The commission's jurisdiction names the law (`commissionLaw`).
 */
import { shortDate } from "@scrutineer/dates";
import { type Finding, findingAt, type Item, JURISDICTIONS, type Meeting } from "@scrutineer/model";

/**
 * Findings for the meeting's items added after `dispatch`: `late-item-urgent` (warning) with
 * reasons for urgency, `late-item-no-urgent-reasons` (error) without. None for a cancelled meeting.
 * @param law - the urgent-items law, short form (default England's, "LGA 1972 s100B(4)(b)").
 */
export function lateItemFindings(
  meeting: Meeting,
  items: readonly Item[],
  dispatch: string,
  law: string = JURISDICTIONS.england.urgentItemsLaw.short,
): Finding[] {
  if (meeting.status === "cancelled") return [];
  const findings: Finding[] = [];
  for (const item of items) {
    if (!item.added || item.added <= dispatch || item.status === "withdrawn") continue;
    const when = `added on ${shortDate(item.added)}, after the agenda was dispatched on ${shortDate(dispatch)}`;
    if (item.urgentReasons?.trim()) {
      findings.push({
        severity: "warning",
        code: "late-item-urgent",
        message: `"${item.title}" was ${when}: it can be taken only as urgent business; the Chair's reasons must be recorded in the minutes (${law})`,
        ...findingAt(meeting),
        item: item.id,
      });
    } else {
      findings.push({
        severity: "error",
        code: "late-item-no-urgent-reasons",
        message: `"${item.title}" was ${when} and no reasons for urgency are recorded: it cannot lawfully be taken unless the Chair rules it urgent with reasons (${law}); add urgentReasons or move it to a later meeting`,
        ...findingAt(meeting),
        item: item.id,
      });
    }
  }
  return findings;
}
