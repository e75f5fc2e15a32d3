import { agendaFindings } from "@scrutineer/agenda";
import { deadlineFindings } from "@scrutineer/deadlines";
import { type Finding, meetingOfItem, type Programme, sortFindings } from "@scrutineer/model";

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD, Europe/London): the only notion of "now" the checks use. */
  today: string;
}

/**
 * Every finding on a programme, from every package, sorted errors first. The CLI's `check`,
 * the planner's checks panel and CI all call this one function.
 */
export function checkProgramme(programme: Programme, options: CheckOptions): Finding[] {
  const findings: Finding[] = [
    ...placementFindings(programme),
    ...agendaFindings(programme, { today: options.today }),
    ...deadlineFindings(programme, { today: options.today }),
  ];
  void options;
  return sortFindings(findings);
}

/** Items that are neither on an agenda nor in the backlog are easy to lose. */
function placementFindings(p: Programme): Finding[] {
  const backlog = new Set(p.backlog);
  return p.items
    .filter((i) => !backlog.has(i.id) && !meetingOfItem(p, i.id) && i.status !== "withdrawn")
    .map((i) => ({
      severity: "warning" as const,
      code: "item-unplaced",
      message: `"${i.title}" is on no agenda and not in the backlog`,
      item: i.id,
    }));
}
