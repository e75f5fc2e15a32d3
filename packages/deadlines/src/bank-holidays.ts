/**
 * England and Wales bank holidays (Banking and Financial Dealings Act 1971, Sch. 1, and the
 * Royal Proclamations for substitute and one-off days). Two sources, with an explicit seam:
 *
 * - `gov.uk`: the list GOV.UK publishes, bundled in `bank-holidays-england-wales.ts`, for
 *   every year it covers (2018–2027). Authoritative for those years.
 * - `date-holidays`: the `date-holidays` library (country GB, state ENG; Wales shares
 *   England's bank holidays) for any other year. It knows the regular pattern, Easter,
 *   substitute days and the recent one-offs; it cannot know future one-offs.
 *
 * Only weekday holidays are listed: a holiday on a Saturday or Sunday does not change which
 * days are working days, and GOV.UK lists the substitute weekday instead.
 */
import Holidays from "date-holidays";
import { z } from "zod";
import { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";
import { isIsoDate, toDayNumber, weekdayOfDayNumber, yearOf } from "./plain-date.js";

export const BankHolidaySource = z.enum(["gov.uk", "date-holidays"]);
export type BankHolidaySource = z.infer<typeof BankHolidaySource>;

export const BankHoliday = z.object({
  date: z.iso.date(),
  title: z.string(),
  source: BankHolidaySource,
});
export type BankHoliday = z.infer<typeof BankHoliday>;

/** One year's bank holidays and which source answered for that year. */
export const BankHolidayYear = z.object({
  year: z.number().int(),
  source: BankHolidaySource,
  holidays: z.array(BankHoliday),
});
export type BankHolidayYear = z.infer<typeof BankHolidayYear>;

/** Where the bundled list came from and which years it covers. */
export const bundledBankHolidays = {
  source: englandAndWalesBankHolidays.source,
  retrieved: englandAndWalesBankHolidays.retrieved,
  division: englandAndWalesBankHolidays.division,
  firstYear: englandAndWalesBankHolidays.firstYear,
  lastYear: englandAndWalesBankHolidays.lastYear,
} as const;

/** Which source answers for a calendar year: the bundled GOV.UK list where it covers the year. */
export function bankHolidaySource(year: number): BankHolidaySource {
  return year >= bundledBankHolidays.firstYear && year <= bundledBankHolidays.lastYear ? "gov.uk" : "date-holidays";
}

const byYear = new Map<number, BankHolidayYear>();

/** The weekday bank holidays in England and Wales for a calendar year, with their source. */
export function bankHolidaysInYear(year: number): BankHolidayYear {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`not a calendar year: ${year}`);
  let found = byYear.get(year);
  if (!found) {
    const source = bankHolidaySource(year);
    const holidays =
      source === "gov.uk"
        ? englandAndWalesBankHolidays.events
            .filter((e) => yearOf(e.date) === year)
            .map((e) => ({ date: e.date, title: e.title, source }))
        : dateHolidaysEnglandWales(year);
    found = { year, source, holidays };
    byYear.set(year, found);
  }
  return found;
}

let library: Holidays | undefined;

/**
 * The library's answer for a year, whatever the bundled list says (the agreement test
 * compares the two). `date` strings come from the library's own calendar in Europe/London,
 * so the machine's time zone never shifts a holiday by a day.
 */
export function dateHolidaysEnglandWales(year: number): BankHoliday[] {
  library ??= new Holidays("GB", "ENG", { timezone: "Europe/London", types: ["public", "bank"] });
  const out: BankHoliday[] = [];
  for (const h of library.getHolidays(year)) {
    if (h.type !== "public" && h.type !== "bank") continue;
    const date = h.date.slice(0, 10);
    if (!isIsoDate(date)) continue;
    const weekday = weekdayOfDayNumber(toDayNumber(date));
    if (weekday === 0 || weekday === 6) continue;
    if (out.some((o) => o.date === date)) continue;
    out.push({ date, title: h.name, source: "date-holidays" });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The bank holiday on a date, if there is one. */
export function bankHolidayOn(date: string): BankHoliday | undefined {
  toDayNumber(date); // refuses a malformed date rather than answering "no holiday"
  return bankHolidaysInYear(yearOf(date)).holidays.find((h) => h.date === date);
}

/** True when the date is a bank holiday in England and Wales. */
export function isBankHoliday(date: string): boolean {
  return bankHolidayOn(date) !== undefined;
}
