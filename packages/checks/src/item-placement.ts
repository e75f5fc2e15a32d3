import { type Finding, meetingOfItem, type Programme } from "@scrutineer/model";

/**
 * An item that is on no agenda and not in the backlog is easy to lose from a Word table;
 * the work programme should account for every item (seed 001: "Possible items noted for 2023/24").
 */
export function placementFindings(p: Programme): Finding[] {
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
