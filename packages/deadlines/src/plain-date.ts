/**
 * Plain calendar dates (`YYYY-MM-DD`) on date-fns 4, in the Europe/London context.
 *
 * Why date-fns with `{ in: tz("Europe/London") }`: deadlines are calendar days in England, not
 * instants. `new Date("2023-01-16")` is UTC midnight, and local getters then read the previous
 * day anywhere west of Greenwich (TZ=America/New_York); with the London context every parse,
 * step and format happens on England's wall calendar, whatever the machine's zone, and the
 * calendar itself (leap years, month lengths, weekdays) is date-fns's, not ours.
 *
 * Working-day loops count in whole day numbers (days since 1970-01-01, from
 * `differenceInCalendarDays`), and each date is worked out by date-fns once and remembered:
 * a `TZDate` costs tens of microseconds, a lookup well under one (bench/deadlines.bench.ts).
 * Fields are read with the `TZDate`'s own getters (London's, by construction), which saves
 * the copy that `getYear(date)`/`getDay(date)` would make.
 *
 * Years 1848 to 9999 only. Before December 1847 London kept local mean time (GMT−0:01:15),
 * and `TZDate` drops the seconds of that offset, landing on the previous day
 * (github.com/date-fns/tz/issues/46); no council deadline falls before 1848.
 */
import { TZDate, tz } from "@date-fns/tz";
import {
  addDays as addCalendarDays,
  differenceInCalendarDays,
  format,
  isWeekend as isSaturdayOrSunday,
  isValid,
  parseISO,
} from "date-fns";
import { enGB } from "date-fns/locale/en-GB";

/** A calendar date was malformed or impossible (2023-02-30), or outside the years 1848–9999. */
export class InvalidDateError extends Error {
  override readonly name = "InvalidDateError";
}

const LONDON = "Europe/London";
const inLondon = { in: tz(LONDON) } as const;
const FIRST_YEAR = 1848;
const LAST_YEAR = 9999;

/** Day 0: midnight on 1 January 1970 in London. */
const EPOCH = new TZDate(1970, 0, 1, LONDON);

/** One calendar day as date-fns sees it, worked out once. */
interface Day {
  /** London midnight. Internal: `TZDate` is mutable, so it never leaves this module. */
  readonly date: TZDate;
  readonly iso: string;
  readonly year: number;
  /** 0 = Sunday … 6 = Saturday (`getDay`). */
  readonly weekday: number;
  label?: string;
}

// Bounded memo tables: dates repeat endlessly (every meeting looks at the same few hundred days),
// and a cleared table only costs recomputation.
const MAX_ENTRIES = 1 << 16;
const dayNumbers = new Map<string, number>(); // text → day number, NaN when not a date
const days = new Map<number, Day>();
const yearStarts = new Map<number, number>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/** London midnight of a real date written exactly `YYYY-MM-DD` in the supported years, else undefined. */
function parseStrict(value: string): TZDate | undefined {
  const date = parseISO(value, inLondon);
  // parseISO also takes "2023-01", "20230116" and times; only the exact round trip is a date here.
  if (!isValid(date) || format(date, "yyyy-MM-dd") !== value) return undefined;
  const year = date.getFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR ? date : undefined;
}

/** Day number, or NaN when the text is not a real date written YYYY-MM-DD. */
function parse(value: string): number {
  const known = dayNumbers.get(value);
  if (known !== undefined) return known;
  const date = parseStrict(value);
  return remember(dayNumbers, value, date ? differenceInCalendarDays(date, EPOCH, inLondon) : Number.NaN);
}

function dayOf(day: number): Day {
  const known = days.get(day);
  if (known) return known;
  if (!Number.isInteger(day)) throw new InvalidDateError(`not a whole day number: ${day}`);
  const date = addCalendarDays(EPOCH, day, inLondon);
  const year = date.getFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR)
    throw new InvalidDateError(`day ${day} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  const iso = format(date, "yyyy-MM-dd");
  if (!dayNumbers.has(iso)) remember(dayNumbers, iso, day); // its text needs no parsing later
  return remember(days, day, { date, iso, year, weekday: date.getDay() });
}

/** True for a real date written `YYYY-MM-DD` (2023-02-30 and 2023-2-3 are not), years 1848–9999. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parse(value));
}

/** `YYYY-MM-DD` → day number (days since 1970-01-01); throws `InvalidDateError` for anything else. */
export function toDayNumber(date: string): number {
  const day = parse(date);
  if (Number.isNaN(day))
    throw new InvalidDateError(
      `expected a real date written YYYY-MM-DD (years ${FIRST_YEAR}–${LAST_YEAR}), got "${date}"`,
    );
  return day;
}

/** Day number → year, month (1–12), day. */
export function civilFromDays(day: number): { y: number; m: number; d: number } {
  const { date, year } = dayOf(day);
  return { y: year, m: date.getMonth() + 1, d: date.getDate() };
}

/** Day number → `YYYY-MM-DD`. */
export function fromDayNumber(day: number): string {
  return dayOf(day).iso;
}

/** The calendar year of a day number. */
export function yearOfDayNumber(day: number): number {
  return dayOf(day).year;
}

/** The day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  const known = yearStarts.get(year);
  if (known !== undefined) return known;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new InvalidDateError(`not a year from ${FIRST_YEAR} to ${LAST_YEAR}: ${year}`);
  return remember(yearStarts, year, differenceInCalendarDays(new TZDate(year, 0, 1, LONDON), EPOCH, inLondon));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(day: number): number {
  return dayOf(day).weekday;
}

export function weekdayOf(date: string): number {
  return dayOf(toDayNumber(date)).weekday;
}

export function isWeekend(date: string): boolean {
  // The remembered TZDate is already London's: no context needed to read its weekday.
  return isSaturdayOrSunday(dayOf(toDayNumber(date)).date);
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
  return dayOf(toDayNumber(date)).year;
}

/** "Mon 17 Apr 2023": how the work programme writes a date. */
export function formatDate(date: string): string {
  const day = dayOf(toDayNumber(date));
  day.label ??= format(day.date, "EEE d MMM yyyy", { locale: enGB });
  return day.label;
}

/** "Monday 16 January 2023": the long date council papers print. */
export function longDate(date: string): string {
  return format(dayOf(toDayNumber(date)).date, "EEEE d MMMM yyyy", { locale: enGB });
}

/** "16 January 2023". */
export function dayMonthYear(date: string): string {
  return format(dayOf(toDayNumber(date)).date, "d MMMM yyyy", { locale: enGB });
}

/** "January" from "2023-01-16" or "2023-01". */
export function monthName(dateOrMonth: string): string {
  const date = dateOrMonth.length === 7 ? `${dateOrMonth}-01` : dateOrMonth;
  return format(dayOf(toDayNumber(date)).date, "MMMM", { locale: enGB });
}
