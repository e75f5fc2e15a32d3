import { lastDayOfMonth } from "@scrutineer/dates";
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

/** The window as inclusive dates. */
export function itemWindow(item: Item): Window {
  const w: Window = {};
  if (item.earliest) w.from = item.earliest.length === 7 ? `${item.earliest}-01` : item.earliest;
  if (item.latest) w.to = item.latest.length === 7 ? lastDayOfMonth(item.latest) : item.latest;
  return w;
}

/** Whether a date (YYYY-MM-DD) falls in a window, ends included. */
export function dateInWindow(window: Window, date: string): boolean {
  return (window.from === undefined || date >= window.from) && (window.to === undefined || date <= window.to);
}

/**
 * True when `date` (`YYYY-MM-DD`) is within the item's `earliest`/`latest` window (months include all their days).
 */
export function inWindow(item: Item, date: string): boolean {
  return dateInWindow(itemWindow(item), date);
}

/** Do two windows share at least one day? */
export function windowsOverlap(a: Window, b: Window): boolean {
  const from = [a.from, b.from].filter((d): d is string => d !== undefined).sort();
  const to = [a.to, b.to].filter((d): d is string => d !== undefined).sort();
  const latestFrom = from[from.length - 1];
  const earliestTo = to[0];
  return latestFrom === undefined || earliestTo === undefined || latestFrom <= earliestTo;
}
