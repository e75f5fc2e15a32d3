/**
 * Dates and times as council papers print them, one function for each form (seed 001): the front
 * sheet says "Monday 16 January 2023" and "7.00 pm" and times items "(19.05)"; the work programme
 * says "moved from 8th September 2022" (written here "8 September 2022") and lists dates as
 * "Mon 17 Apr 2023"; the CLI and the planner use the short forms.
 *
 * Written with date-fns `format` in British English (`enGB`) on London's calendar (every date is
 * a day in London, see plain-date.ts), so the machine's zone never shifts a day and the words are
 * date-fns's, not the runtime's ICU data (which prints "Sept" in newer releases). Only text that
 * is a real date `YYYY-MM-DD` or a time `HH:MM` is accepted: 2023-02-30 and 7:00 are refused.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { InvalidDateError, notAStringMessage } from "./errors.js";
import { formatDay } from "./plain-date.js";
import { minutesOfDay } from "./wall-clock.js";
import { LONDON } from "./zone.js";

/**
 * "Monday 16 January 2023": the long date of the front sheet and the work programme.
 * @param date - `YYYY-MM-DD`.
 * @throws InvalidDateError for anything but a real date (years 1848–9999).
 * @example longDate("2023-01-16"); // "Monday 16 January 2023"
 */
export function longDate(date: string): string {
  return formatDay(date, "EEEE d MMMM yyyy");
}

/**
 * "16 January 2023": a date without its weekday ("moved from 8 September 2022").
 * @throws InvalidDateError for anything but a real date.
 * @example dayMonthYear("2022-09-08"); // "8 September 2022"
 */
export function dayMonthYear(date: string): string {
  return formatDay(date, "d MMMM yyyy");
}

/** Which parts `shortDate` writes; both default to true. */
export interface ShortDateOptions {
  /** "Mon" before the day. */
  weekday?: boolean;
  /** "2023" after the month: leave it out where a header already says the year. */
  year?: boolean;
}

const SHORT_PATTERNS = {
  "true,true": "EEE d MMM yyyy",
  "true,false": "EEE d MMM",
  "false,true": "d MMM yyyy",
  "false,false": "d MMM",
} as const;

/**
 * The short date of the work-programme table, the CLI and the planner: "Mon 16 Jan 2023", or
 * without the weekday or the year ("16 Jan 2023", "Mon 16 Jan", "16 Jan"). A month alone, as a
 * meeting whose day is to be confirmed has it, is "Mar 2023" ("Mar" without the year).
 * @param date - `YYYY-MM-DD`, or a month `YYYY-MM`.
 * @throws InvalidDateError for anything but a real date or month.
 * @example shortDate("2023-04-17"); // "Mon 17 Apr 2023"
 * @example shortDate("2023-04-17", { year: false }); // "Mon 17 Apr"
 * @example shortDate("2022-11-30", { weekday: false }); // "30 Nov 2022"
 * @example shortDate("2023-03"); // "Mar 2023"
 */
export function shortDate(date: string, options: ShortDateOptions = {}): string {
  if (typeof date === "string" && date.length === 7)
    return formatDay(dayOfDateOrMonth(date), options.year === false ? "MMM" : "MMM yyyy");
  const key = `${options.weekday !== false},${options.year !== false}` as keyof typeof SHORT_PATTERNS;
  return formatDay(date, SHORT_PATTERNS[key]);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first day of a month `YYYY-MM`, or the date itself. */
function dayOfDateOrMonth(dateOrMonth: string): string {
  if (typeof dateOrMonth === "string" && MONTH.test(dateOrMonth)) return `${dateOrMonth}-01`;
  if (typeof dateOrMonth === "string" && dateOrMonth.length === 7)
    throw new InvalidDateError("invalid-date", dateOrMonth, `expected a month written YYYY-MM, got "${dateOrMonth}"`);
  if (typeof dateOrMonth !== "string")
    throw new InvalidDateError(
      "invalid-date",
      dateOrMonth,
      notAStringMessage(dateOrMonth, "a date YYYY-MM-DD or a month YYYY-MM", "2023-01", "use todayInLondon(instant)"),
    );
  return dateOrMonth;
}

/**
 * The month's name: "January" from "2023-01-16" or "2023-01".
 * @throws InvalidDateError for anything but a real date `YYYY-MM-DD` or a month `YYYY-MM`.
 * @example monthName("2023-04"); // "April"
 */
export function monthName(dateOrMonth: string): string {
  return formatDay(dayOfDateOrMonth(dateOrMonth), "MMMM");
}

/**
 * A planning bound in words, which may be a day or a whole month: "31 October 2022" from
 * "2022-10-31", "October 2022" from "2022-10".
 * @throws InvalidDateError for anything but a real date `YYYY-MM-DD` or a month `YYYY-MM`.
 * @example dateOrMonthWords("2022-10"); // "October 2022"
 */
export function dateOrMonthWords(dateOrMonth: string): string {
  const day = dayOfDateOrMonth(dateOrMonth);
  return day === dateOrMonth ? dayMonthYear(day) : formatDay(day, "MMMM yyyy");
}

const british = { locale: enGB } as const;
const meetingTimes: string[] = [];
const itemTimes: string[] = [];

/** The words for one minute of the day, worked out by date-fns once. */
function timeWords(time: string, cache: string[], pattern: string): string {
  const minute = minutesOfDay(time);
  let words = cache[minute];
  if (words === undefined) {
    // On a January day in London: no clock change, so every wall-clock minute exists.
    const at = new TZDate(2023, 0, 16, Math.floor(minute / 60), minute % 60, LONDON);
    words = format(at, pattern, british);
    cache[minute] = words;
  }
  return words;
}

/**
 * The meeting's time as the front sheet prints it, 12-hour with a point: "7.00 pm"; noon is
 * "12.00 pm" and half past midnight "12.30 am".
 * @param time - `HH:MM`, 24-hour London wall clock.
 * @throws InvalidTimeError (`"invalid-time"`) for anything but `HH:MM` from 00:00 to 23:59.
 * @example meetingTime("19:00"); // "7.00 pm"
 */
export function meetingTime(time: string): string {
  return timeWords(time, meetingTimes, "h.mm aaa");
}

/**
 * An item's start time as the front sheet prints it, 24-hour with a point: "19.05".
 * @param time - `HH:MM`, 24-hour London wall clock.
 * @throws InvalidTimeError (`"invalid-time"`) for anything but `HH:MM` from 00:00 to 23:59.
 * @example itemTime("19:05"); // "19.05"
 */
export function itemTime(time: string): string {
  return timeWords(time, itemTimes, "HH.mm");
}
