/**
 * Working days for council deadlines: Monday to Friday, less England and Wales bank holidays
 * and any days the council closes (a commission's `deadlines.nonWorkingDays`, e.g. between
 * Christmas and New Year). The courts count clear days in working days: weekends and bank
 * holidays do not count (R v Swansea City Council ex p Elitestone, CA 1993).
 */
import type { Commission } from "@scrutineer/model";
import { bankHolidayOn, bankHolidaysInYear } from "./bank-holidays.js";
import { firstDayOfYear, fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber } from "./plain-date.js";

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

export interface WorkingCalendarOptions {
  /** Council closure days that are not bank holidays (YYYY-MM-DD). */
  extraNonWorkingDays?: readonly string[];
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

/** A working calendar for England and Wales, plus the council's own closure days. */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
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
    for (const h of bankHolidaysInYear(year).holidays) working[toDayNumber(h.date) - first] = 0;
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
      if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
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
      const holiday = bankHolidayOn(date);
      if (holiday) return /bank holiday/i.test(holiday.title) ? holiday.title : `${holiday.title} (bank holiday)`;
      if (extraDays.has(day)) return "council closure";
      return undefined;
    },
  };
}

/** The commission's calendar: bank holidays plus its `deadlines.nonWorkingDays`. */
export function calendarFor(commission: Commission): WorkingCalendar {
  return workingCalendar({ extraNonWorkingDays: commission.deadlines?.nonWorkingDays ?? [] });
}
