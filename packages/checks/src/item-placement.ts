import type { Finding, ProgrammeIndex } from "@scrutineer/model";

/**
 * An item that is on no agenda and not in the backlog (`ProgrammeIndex.unplacedItems`) is easy
 * to lose from a Word table; the work programme should account for every item (seed 001, the
 * 2022/23 work programme, lines 5735-5845: "Possible items noted for 2023/24").
 */
export function placementFindings(index: ProgrammeIndex): Finding[] {
  return index.unplacedItems.map((i) => ({
    severity: "warning" as const,
    code: "item-unplaced" as const,
    message: `"${i.title}" is on no agenda and not in the backlog`,
    item: i.id,
  }));
}
