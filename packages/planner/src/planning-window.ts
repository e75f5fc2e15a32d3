import type { Item } from "@scrutineer/model";

/**
 * An item's planning window ("no earlier than October", "by the end of January"): `earliest`
 * and `latest` are dates or months (issue 8). A month covers the whole month, so
 * `earliest: 2022-10, latest: 2022-10` means "a meeting in October".
 */
export interface Window {
  from?: string;
  to?: string;
}

function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

/** The window as inclusive dates. */
export function itemWindow(item: Item): Window {
  const w: Window = {};
  if (item.earliest) w.from = item.earliest.length === 7 ? `${item.earliest}-01` : item.earliest;
  if (item.latest) w.to = item.latest.length === 7 ? lastDayOfMonth(item.latest) : item.latest;
  return w;
}

export function inWindow(item: Item, date: string): boolean {
  const { from, to } = itemWindow(item);
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

/** Do two windows share at least one day? */
export function windowsOverlap(a: Window, b: Window): boolean {
  const from = [a.from, b.from].filter((d): d is string => d !== undefined).sort();
  const to = [a.to, b.to].filter((d): d is string => d !== undefined).sort();
  const latestFrom = from[from.length - 1];
  const earliestTo = to[0];
  return latestFrom === undefined || earliestTo === undefined || latestFrom <= earliestTo;
}
