/**
 * Plain calendar dates (`YYYY-MM-DD`) as whole day numbers (days since 1970-01-01).
 *
 * Why not `new Date("2023-01-16")` and local getters: that string parses as UTC midnight, and
 * local getters then read the previous day anywhere west of Greenwich (TZ=America/New_York).
 * Deadlines are about calendar days in England, never instants, so every conversion here goes
 * through `Date.UTC` and `getUTC*`, which do not depend on the machine's time zone. Day numbers
 * also keep the working-day loops cheap (see bench/deadlines.bench.ts).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A calendar date was malformed or impossible (2023-02-30). */
export class InvalidDateError extends Error {
  override readonly name = "InvalidDateError";
}

/** True for a real date written `YYYY-MM-DD` (2023-02-30 and 2023-2-3 are not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** `YYYY-MM-DD` → day number; throws `InvalidDateError` for anything else. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new InvalidDateError(`expected a real date written YYYY-MM-DD, got "${date}"`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** Day number → `YYYY-MM-DD`. */
export function fromDayNumber(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${dd < 10 ? "0" : ""}${dd}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekend(date: string): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

/** Add (or with n < 0 subtract) calendar days. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Mon 17 Apr 2023": how the work programme writes a date. */
export function formatDate(date: string): string {
  const day = toDayNumber(date);
  return `${WEEKDAYS[weekdayOfDayNumber(day)]} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
