/**
 * Plain calendar dates (`YYYY-MM-DD`), on London's calendar whatever the machine's zone.
 *
 * A plain date is a day, not an instant: `new Date("2023-01-16")` read with local getters gives
 * the previous day anywhere west of Greenwich (TZ=America/New_York). Here a date is a whole day
 * number (days since 1970-01-01), worked out with ECMAScript's own proleptic Gregorian calendar
 * in UTC (`Date.UTC` and the `getUTC…` getters: leap years, month lengths and weekdays are the
 * language's, not ours). Counting calendar days is the same in every zone, so these are London's
 * day numbers too. The words for a day (month and weekday names) come from date-fns `format`
 * with `{ in: tz("Europe/London") }` (council-wording.ts).
 *
 * Why not a `TZDate` per day: a `TZDate` asks `Intl` for the zone's offset, tens of microseconds
 * a day when the code is cold, and building one year's working calendar touches 365 days: that
 * was a third of `scrutineer check`'s start-up. `Date.UTC` costs well under one. Each day is still
 * worked out once and remembered (bench/deadlines.bench.ts in @scrutineer/deadlines).
 *
 * Every function that takes a date takes the string; a `Date` or a number in its place is refused
 * with an `InvalidDateError` (code `"invalid-date"`) that says what to pass.
 *
 * Years 1848 to 9999 only. Before December 1847 London kept local mean time (GMT−0:01:15),
 * and `TZDate` (which words the dates) drops the seconds of that offset, landing on the previous
 * day (github.com/date-fns/tz/issues/46); no council deadline falls before 1848.
 */
import { TZDate } from "@date-fns/tz";
// One module per function: the root "date-fns" index loads all ~300 of its modules.
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { InvalidDateError, notAStringMessage } from "./errors.js";
import { LONDON } from "./zone.js";

const FIRST_YEAR = 1848;
const LAST_YEAR = 9999;
const DAY_MS = 86_400_000;

/** One calendar day, worked out once. */
interface Day {
  readonly iso: string;
  readonly year: number;
  /** 0 = January … 11 = December. */
  readonly month: number;
  readonly dayOfMonth: number;
  /** 0 = Sunday … 6 = Saturday (`getDay`). */
  readonly weekday: number;
  /** London midnight, made when the day is first worded. Internal: `TZDate` is mutable. */
  london?: TZDate;
  /** Council wording already worked out for this day, by date-fns pattern. */
  formats?: Map<string, string>;
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

/** Day number of a real date written exactly `YYYY-MM-DD` in the supported years, else NaN. */
function parseStrict(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const dayOfMonth = Number(m[3]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return Number.NaN;
  const ms = Date.UTC(year, month, dayOfMonth);
  const date = new Date(ms);
  // Date.UTC rolls 2023-02-30 over to 2 March: only the exact round trip is a date.
  return date.getUTCMonth() === month && date.getUTCDate() === dayOfMonth ? ms / DAY_MS : Number.NaN;
}

/** Day number, or NaN when the text is not a real date written YYYY-MM-DD. */
function parse(value: string): number {
  const known = dayNumbers.get(value);
  if (known !== undefined) return known;
  return remember(dayNumbers, value, parseStrict(value));
}

function dayOf(day: number): Day {
  const known = days.get(day);
  if (known) return known;
  if (!Number.isInteger(day)) throw new InvalidDateError("invalid-date", day, `not a whole day number: ${day}`);
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR))
    throw new InvalidDateError("date-out-of-range", day, `day ${day} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
  const iso = isoOfUtc(date);
  if (!dayNumbers.has(iso)) remember(dayNumbers, iso, day); // its text needs no parsing later
  return remember(days, day, {
    iso,
    year,
    month: date.getUTCMonth(),
    dayOfMonth: date.getUTCDate(),
    weekday: date.getUTCDay(),
  });
}

/** `YYYY-MM-DD` of a UTC date of a four-digit year, or "" for any other year. */
function isoOfUtc(date: Date): string {
  const y = date.getUTCFullYear();
  if (y < 0 || y > 9999) return "";
  return `${String(y).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** The error for a value that is not a date this module accepts, with the most useful code. */
function invalidDate(value: unknown): InvalidDateError {
  if (typeof value !== "string")
    return new InvalidDateError(
      "invalid-date",
      value,
      notAStringMessage(
        value,
        "a date written YYYY-MM-DD",
        "2023-01-16",
        "for the London date of an instant use todayInLondon(instant)",
      ),
    );
  // A real date outside the years: checked on the proleptic Gregorian calendar in UTC, because
  // London's local mean time before 1848 moves a TZDate to the day before.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let outOfRange = false;
  if (m) {
    const utc = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
    utc.setUTCFullYear(Number(m[1]));
    outOfRange = isoOfUtc(utc) === value;
  }
  return new InvalidDateError(
    outOfRange ? "date-out-of-range" : "invalid-date",
    value,
    `expected a real date written YYYY-MM-DD (years ${FIRST_YEAR}–${LAST_YEAR}), got "${value}"`,
  );
}

/**
 * True for a real date written `YYYY-MM-DD` in the years 1848–9999; false for anything else
 * (2023-02-30, 2023-2-3, "20230116", a `Date` object). Never throws.
 *
 * @example
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 */
export function isIsoDate(value: string): boolean {
  return typeof value === "string" && !Number.isNaN(parse(value));
}

/**
 * `YYYY-MM-DD` → day number (whole days since 1970-01-01, London's calendar).
 * @throws InvalidDateError `"invalid-date"` for anything but a real date written so (a `Date`
 *   object included), `"date-out-of-range"` for a real date outside the years 1848–9999.
 */
export function toDayNumber(date: string): number {
  const day = typeof date === "string" ? parse(date) : Number.NaN;
  if (Number.isNaN(day)) throw invalidDate(date);
  return day;
}

/** Day number → `YYYY-MM-DD`. @throws InvalidDateError for a fractional or out-of-range day. */
export function fromDayNumber(day: number): string {
  return dayOf(day).iso;
}

/** The calendar year of a day number. */
export function yearOfDayNumber(day: number): number {
  return dayOf(day).year;
}

/** The day number of 1 January of a year. @throws InvalidDateError for a year outside 1848–9999. */
export function firstDayOfYear(year: number): number {
  const known = yearStarts.get(year);
  if (known !== undefined) return known;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new InvalidDateError("date-out-of-range", year, `not a year from ${FIRST_YEAR} to ${LAST_YEAR}: ${year}`);
  return remember(yearStarts, year, Date.UTC(year, 0, 1) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(day: number): number {
  return dayOf(day).weekday;
}

/**
 * Day of the week of a `YYYY-MM-DD` date, 0 = Sunday … 6 = Saturday (as `Date#getDay`).
 * @throws InvalidDateError for anything but a real date (see `toDayNumber`).
 * @example weekdayOf("2023-01-16"); // 1 (Monday)
 */
export function weekdayOf(date: string): number {
  return dayOf(toDayNumber(date)).weekday;
}

/** True for a Saturday or Sunday. @throws InvalidDateError for anything but a real date. */
export function isWeekend(date: string): boolean {
  const { weekday } = dayOf(toDayNumber(date));
  return weekday === 0 || weekday === 6;
}

/**
 * Add (or with n < 0 subtract) `n` calendar days to a `YYYY-MM-DD` date; clock changes do not
 * matter (a date is a day, not an instant).
 * @throws InvalidDateError for anything but a real date, or a result outside 1848–9999.
 * @example addDays("2022-12-30", 3); // "2023-01-02"
 */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * Calendar days from `from` to `to`, both `YYYY-MM-DD` (positive when `to` is later, 0 on the same day).
 * @throws InvalidDateError for anything but a real date.
 * @example daysBetween("2023-01-03", "2023-02-27"); // 55
 */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The calendar year of a `YYYY-MM-DD` date. @throws InvalidDateError for anything but a real date. */
export function yearOf(date: string): number {
  return dayOf(toDayNumber(date)).year;
}

/**
 * Add (or with n < 0 subtract) `n` calendar months to a `YYYY-MM-DD` date. The day of the month
 * is kept where the later month has it, else the month's last day is taken (date-fns `addMonths`
 * does the same): 2021-12-31 + 2 months is 2022-02-28, and 2023-12-31 + 2 is 2024-02-29.
 * @throws InvalidDateError for anything but a real date, a non-integer `n`, or a result outside 1848–9999.
 * @example addMonths("2022-01-31", 1); // "2022-02-28"
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new InvalidDateError("invalid-date", n, `not a whole number of months: ${n}`);
  const day = dayOf(toDayNumber(date));
  const lastOfTarget = new Date(Date.UTC(day.year, day.month + n + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(day.year, day.month + n, Math.min(day.dayOfMonth, lastOfTarget)) / DAY_MS);
}

/**
 * The last day of a month `YYYY-MM`: "2024-02-29" for "2024-02".
 * @throws InvalidDateError (`"invalid-date"`) for anything but a month written `YYYY-MM` in 1848–9999.
 * @example lastDayOfMonth("2022-10"); // "2022-10-31"
 */
export function lastDayOfMonth(month: string): string {
  const first = typeof month === "string" && /^\d{4}-\d{2}$/.test(month) ? parse(`${month}-01`) : Number.NaN;
  if (Number.isNaN(first))
    throw new InvalidDateError(
      "invalid-date",
      month,
      `expected a month written YYYY-MM (years ${FIRST_YEAR}–${LAST_YEAR}), got "${String(month)}"`,
    );
  const day = dayOf(first);
  return fromDayNumber(Date.UTC(day.year, day.month + 1, 0) / DAY_MS); // day 0 of the next month
}

/**
 * A date as date-fns `format` writes it with `pattern` in British English on London's calendar,
 * remembered per day and pattern (the same few hundred dates are worded again and again).
 * Internal: council-wording.ts names the patterns.
 */
export function formatDay(date: string, pattern: string): string {
  const day = dayOf(toDayNumber(date));
  day.formats ??= new Map();
  let text = day.formats.get(pattern);
  if (text === undefined) {
    day.london ??= new TZDate(day.year, day.month, day.dayOfMonth, LONDON);
    text = format(day.london, pattern, { locale: enGB });
    day.formats.set(pattern, text);
  }
  return text;
}
