import type { Item } from "@scrutineer/model";

/**
 * At most one Cabinet Q&A per meeting: each session takes a Cabinet member through three
 * policy areas for most of an hour (seed 001: 45 minutes at 27 Feb 2023; seed 004's
 * Cabinet Question Time), and the 2022/23 programme spreads the two across February and
 * April. Issue 8 makes it a planning rule.
 */
export const MAX_CABINET_QA_PER_MEETING = 1;

/** True for a Cabinet Q&A item that is not withdrawn: at most one of these per meeting. */
export function isCabinetQa(item: Item): boolean {
  return item.cabinetQA !== undefined && item.status !== "withdrawn";
}

/** The Cabinet Q&As among a meeting's items beyond the one allowed (empty when the rule holds). */
export function extraCabinetQas(items: readonly Item[]): Item[] {
  return items.filter(isCabinetQa).slice(MAX_CABINET_QA_PER_MEETING);
}
