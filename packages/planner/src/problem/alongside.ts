import type { Programme } from "@scrutineer/model";
import { compareStrings } from "./order.js";

/**
 * Items "taken alongside" each other go to the same meeting (seed 001's work programme:
 * the Children and Families annual report is taken alongside the budget monitoring report).
 * Either item may name the other; a withdrawn item binds nothing.
 */
export type AlongsidePair = readonly [string, string];

/** Every alongside pair once, the smaller id first, sorted. */
export function alongsidePairs(programme: Programme): AlongsidePair[] {
  const withdrawn = new Set(programme.items.filter((i) => i.status === "withdrawn").map((i) => i.id));
  const known = new Set(programme.items.map((i) => i.id));
  const keys = new Set<string>();
  const pairs: AlongsidePair[] = [];
  for (const item of programme.items) {
    for (const other of item.alongside) {
      if (other === item.id || !known.has(other) || withdrawn.has(item.id) || withdrawn.has(other)) continue;
      const pair: AlongsidePair = item.id < other ? [item.id, other] : [other, item.id];
      const key = pair.join("\u0000");
      if (keys.has(key)) continue;
      keys.add(key);
      pairs.push(pair);
    }
  }
  return pairs.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
}
