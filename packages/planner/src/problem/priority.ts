import type { Item, Topicc } from "@scrutineer/model";

/**
 * How much scheduling an item is worth. Scrutiny cannot look at everything and must
 * prioritise (Centre for Governance and Scrutiny, "Planning and priority setting"); Oxford's
 * TOPICC method scores Timely, Organisational priority, Public interest, Impact and Council
 * performance 0-2 each plus Cabinet paper 0-1, and recommends topics scoring 8 or more.
 * The TOPICC total wins over a plain `priority`; an item with neither counts 1.
 */
export const DEFAULT_PRIORITY = 1;

/** TOPICC's recommendation threshold: topics scoring this or more are recommended for scrutiny. */
export const TOPICC_RECOMMENDED = 8;

/** The TOPICC total of an item: 0–11 (five scores of 0–2 and the Cabinet score of 0–1). */
export function topiccScore(t: Topicc): number {
  return t.timely + t.organisational + t.public + t.impact + t.performance + t.cabinet;
}

/** An item's priority: its TOPICC total, else its `priority`, else `DEFAULT_PRIORITY` (1). */
export function itemPriority(item: Item): number {
  if (item.topicc) return topiccScore(item.topicc);
  return item.priority ?? DEFAULT_PRIORITY;
}
