/**
 * Plain calendar dates (`YYYY-MM-DD`) as whole day numbers (days since 1970-01-01).
 *
 * Why not `new Date("2023-01-16")` and local getters: that string parses as UTC midnight, and
 * local getters then read the previous day anywhere west of Greenwich (TZ=America/New_York).
 * Deadlines are about calendar days in England, never instants, so dates here never become
 * `Date` objects at all: plain integer arithmetic (proleptic Gregorian calendar), which cannot
 * depend on the machine's time zone and keeps the working-day loops cheap
 * (bench/deadlines.bench.ts).
 */

/** A calendar date was malformed or impossible (2023-02-30). */
export class InvalidDateError extends Error {
  override readonly name = "InvalidDateError";
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number, or NaN when the text is not a real date written YYYY-MM-DD. */
function parse(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (!(m >= 1 && m <= 12 && d >= 1)) return Number.NaN; // also false for NaN
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0))) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/** True for a real date written `YYYY-MM-DD` (2023-02-30 and 2023-2-3 are not). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parse(value));
}

/** `YYYY-MM-DD` → day number; throws `InvalidDateError` for anything else. */
export function toDayNumber(date: string): number {
  const day = parse(date);
  if (Number.isNaN(day)) throw new InvalidDateError(`expected a real date written YYYY-MM-DD, got "${date}"`);
  return day;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** Day number → year, month (1–12), day (H. Hinnant's civil_from_days). */
export function civilFromDays(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Day number → `YYYY-MM-DD`. */
export function fromDayNumber(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** The calendar year of a day number. */
export function yearOfDayNumber(day: number): number {
  return civilFromDays(day).y;
}

/** The day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
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
