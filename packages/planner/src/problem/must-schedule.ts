import type { Item } from "@scrutineer/model";

/**
 * Items the programme must contain: statutory items flagged `must` (e.g. the childcare
 * sufficiency report members are required to review) and standing items that recur every
 * year (safeguarding annual report, budget monitoring, exclusions, attainment: seed 001's
 * work programme). Withdrawn and procedural items are never planned.
 */
export type MustReason = "must" | "standing";

/**
 * Why an item must be scheduled: `"must"` (the officer says so) or `"standing"` (a standing item); undefined
 * for any other, and for withdrawn and procedural items.
 */
export function mustSchedule(item: Item): MustReason | undefined {
  if (item.status === "withdrawn" || item.procedural) return undefined;
  if (item.must) return "must";
  if (item.standing) return "standing";
  return undefined;
}
