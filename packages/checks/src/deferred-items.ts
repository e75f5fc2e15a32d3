import { dateOrMonthWords } from "@scrutineer/dates";
import { agendaItemId, type Finding, findingAt, type ProgrammeIndex } from "@scrutineer/model";

/**
 * An item deferred at a meeting must go somewhere: a later agenda (it keeps its id and history)
 * or the backlog. Otherwise it is lost from the programme, as easily as from a Word table.
 * Source: North Yorkshire CC's Scrutiny of Health Committee, 16 Dec 2022: "due to officer
 * illness agenda item 10 will not be presented today and will be rescheduled to the 10th March
 * 2023 meeting" (second-council.md §1.9).
 */
export function deferredItemFindings(index: ProgrammeIndex): Finding[] {
  const findings: Finding[] = [];
  for (const meeting of index.meetingsInOrder) {
    for (const entry of meeting.agenda) {
      if (typeof entry === "string" || entry.outcome !== "deferred") continue;
      const id = agendaItemId(entry);
      const item = index.items.get(id);
      if (!item || index.backlog.has(id)) continue;
      const later = index.meetingsOfItem(id).some((m) => m.date > meeting.date);
      if (later) continue;
      findings.push({
        severity: "warning",
        code: "deferred-item-unplaced",
        message: `"${item.title}" was deferred at the meeting of ${dateOrMonthWords(meeting.date)} and is on no later agenda and not in the backlog`,
        ...findingAt(meeting),
        item: id,
      });
    }
  }
  return findings;
}
