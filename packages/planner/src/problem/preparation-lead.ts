import { addDays } from "@scrutineer/dates";
import type { Item, Preparation } from "@scrutineer/model";

/**
 * Preparatory work (a focus group, a site visit, a survey) must happen some weeks before the
 * item is taken, so that its findings reach the report (seed 001's work programme lists
 * preparation beside each item; issue 8 sets the lead time as `leadWeeks`). The meeting may
 * be no earlier than the work's date plus the lead time, or, when the work has no date yet,
 * than the day the plan is made plus the lead time.
 */
export interface PreparationLimit {
  /** The earliest meeting date the preparation allows. */
  earliest: string;
  preparation: Preparation;
}

/** The binding preparation limit of an item, if any of its preparation has a lead time. */
export function preparationLimit(item: Item, today: string): PreparationLimit | undefined {
  let best: PreparationLimit | undefined;
  for (const preparation of item.preparation) {
    if (preparation.leadWeeks === undefined) continue;
    const earliest = addDays(preparation.date ?? today, 7 * preparation.leadWeeks);
    if (!best || earliest > best.earliest) best = { earliest, preparation };
  }
  return best;
}

/**
 * True when the item's preparation leaves time before a meeting on `date`: no preparation with a lead time,
 * or `date` on or after the earliest its preparation allows (`preparationLimit`; pass `limit` when
 * checking many dates).
 */
export function preparationAllows(
  item: Item,
  date: string,
  today: string,
  limit: PreparationLimit | undefined = preparationLimit(item, today),
): boolean {
  return limit === undefined || date >= limit.earliest;
}
