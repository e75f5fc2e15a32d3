/**
 * Working days for council deadlines: Monday to Friday, less England and Wales bank holidays
 * and any days the council closes (a commission's `deadlines.nonWorkingDays`, e.g. between
 * Christmas and New Year). The courts count clear days in working days: weekends and bank
 * holidays do not count (R v Swansea City Council ex p Elitestone, CA 1993).
 */

import { firstDayOfYear, fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber } from "@scrutineer/dates";
import { type Commission, commissionLaw } from "@scrutineer/model";
import { type BankHolidayCalendar, bankHolidayOn, bankHolidaysInYear } from "./bank-holidays.js";
import { DeadlinesError } from "./errors.js";

/**
 * Working days for one council: weekends, bank holidays and its closure days are not working days.
 * Dates are `YYYY-MM-DD`; every method throws `InvalidDateError` for anything else, and
 * `BankHolidaysNotCoveredError` for a year no bank-holiday source covers.
 */
export interface WorkingCalendar {
  /** Monday to Friday and neither a bank holiday nor a council closure day. */
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (n < 0: before). n = 0 returns `date` unchanged. */
  addWorkingDays(date: string, n: number): string;
  /** Working days strictly between the two dates (both excluded); 0 when `to` is not after `from`. */
  clearWorkingDaysBetween(from: string, to: string): number;
  /** Why a day is not a working day ("Saturday", "Good Friday", "council closure"), or undefined. */
  nonWorkingReason(date: string): string | undefined;
  /** The council closure days this calendar adds to weekends and bank holidays. */
  readonly extraNonWorkingDays: readonly string[];
}

/** Options of `workingCalendar`. */
export interface WorkingCalendarOptions {
  /** Council closure days that are not bank holidays (YYYY-MM-DD). */
  extraNonWorkingDays?: readonly string[];
  /** Whose bank holidays: England and Wales unless another calendar is named. */
  bankHolidays?: BankHolidayCalendar;
}

/**
 * A year's days as flags (1 = working day) with running totals, built once per calendar and
 * year: `isWorkingDay` is a lookup and counting clear days is a subtraction per year spanned.
 */
interface YearTable {
  first: number;
  last: number;
  working: Uint8Array;
  /** before[i]: working days in the year before its i-th day (before[length] = the year's total). */
  before: Int32Array;
}

/**
 * A working calendar: weekends, the bank holidays of `options.bankHolidays` (England and Wales by
 * default) and the council's own closure days. Counting into a year no bank-holiday source covers
 * throws `BankHolidaysNotCoveredError`.
 *
 * @example
 * const calendar = workingCalendar({ extraNonWorkingDays: ["2022-12-28"] });
 * calendar.isWorkingDay("2023-04-10"); // false
 * calendar.addWorkingDays("2023-04-06", 1); // "2023-04-11"
 * calendar.nonWorkingReason("2022-12-28"); // "council closure"
 */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const holidays = options.bankHolidays ?? "england-and-wales";
  const extras = [...new Set(options.extraNonWorkingDays ?? [])].sort();
  const extraDays = new Set(extras.map(toDayNumber));
  const tables = new Map<number, YearTable>();
  let recent: YearTable | undefined;

  function buildTable(year: number): YearTable {
    const first = firstDayOfYear(year);
    const last = firstDayOfYear(year + 1) - 1;
    const working = new Uint8Array(last - first + 1);
    for (let day = first; day <= last; day++) {
      const w = weekdayOfDayNumber(day);
      working[day - first] = w === 0 || w === 6 || extraDays.has(day) ? 0 : 1;
    }
    for (const h of bankHolidaysInYear(year, holidays).holidays) working[toDayNumber(h.date) - first] = 0;
    const before = new Int32Array(working.length + 1);
    for (let i = 0; i < working.length; i++) before[i + 1] = (before[i] ?? 0) + (working[i] ?? 0);
    return { first, last, working, before };
  }

  /** Working days in [a, b], both included; 0 when b < a. */
  function countWorking(a: number, b: number): number {
    let count = 0;
    for (let day = a; day <= b; ) {
      const t = tableFor(day);
      const end = Math.min(b, t.last);
      count += (t.before[end - t.first + 1] ?? 0) - (t.before[day - t.first] ?? 0);
      day = end + 1;
    }
    return count;
  }

  function tableFor(day: number): YearTable {
    if (recent && day >= recent.first && day <= recent.last) return recent;
    const year = yearOfDayNumber(day);
    let table = tables.get(year);
    if (!table) {
      table = buildTable(year);
      tables.set(year, table);
    }
    recent = table;
    return table;
  }

  function working(day: number): boolean {
    const t = tableFor(day);
    return t.working[day - t.first] === 1;
  }

  return {
    extraNonWorkingDays: extras,
    isWorkingDay(date) {
      return working(toDayNumber(date));
    },
    addWorkingDays(date, n) {
      if (!Number.isInteger(n))
        throw new DeadlinesError("invalid-working-days", n, `working days must be a whole number, got ${n}`);
      let day = toDayNumber(date);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        day += step;
        if (working(day)) left--;
      }
      return fromDayNumber(day);
    },
    clearWorkingDaysBetween(from, to) {
      return countWorking(toDayNumber(from) + 1, toDayNumber(to) - 1);
    },
    nonWorkingReason(date) {
      const day = toDayNumber(date);
      const w = weekdayOfDayNumber(day);
      if (w === 6) return "Saturday";
      if (w === 0) return "Sunday";
      const holiday = bankHolidayOn(date, holidays);
      if (holiday) return /bank holiday/i.test(holiday.title) ? holiday.title : `${holiday.title} (bank holiday)`;
      if (extraDays.has(day)) return "council closure";
      return undefined;
    },
  };
}

/**
 * The commission's calendar: its jurisdiction's bank holidays (England and Wales, or Scotland:
 * `commissionLaw`) plus its `deadlines.nonWorkingDays`.
 */
export function calendarFor(commission: Commission): WorkingCalendar {
  const days = commission.deadlines?.nonWorkingDays ?? [];
  const law = commissionLaw(commission);
  // One calendar per set of closure days, shared: its year tables are built once for every
  // programme, meeting and export that counts with the same days (a calendar never changes).
  const key = `${law.bankHolidays}:${[...days].sort().join(",")}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = workingCalendar({ extraNonWorkingDays: days, bankHolidays: law.bankHolidays });
    if (calendars.size >= 64) calendars.clear();
    calendars.set(key, calendar);
  }
  return calendar;
}

const calendars = new Map<string, WorkingCalendar>();
