/**
 * Bank holidays, per calendar: England and Wales (the default) and Scotland; callers pass the id
 * (a commission's comes from its jurisdiction, `commissionLaw`) or take the default. For England
 * and Wales (Banking and Financial Dealings Act 1971), each year is answered by exactly one
 * source, named by `bankHolidaySource`:
 *
 * - `gov.uk` (2018–2027): the list GOV.UK publishes, bundled in `bank-holidays-england-wales.ts`.
 * - `statute` (1971–2017): generated from the Act's schedule, the common-law days and the annual
 *   proclamations' pattern (`bank-holiday-rules.ts`), with every one-off and moved day bundled
 *   with its proclamation or announcement (`bank-holiday-proclamations.ts`).
 * - `statute-projected` (2028–2099): the same rules; a special day not yet proclaimed cannot be
 *   known, so these years say so.
 *
 * Scotland (Sch. 1 para. 2 of the same Act, the St Andrew's Day Bank Holiday (Scotland) Act 2007
 * and the proclamations) has no bundled published list: `statute` for 1972–2027 and
 * `statute-projected` for 2028–2099, from `bank-holiday-rules-scotland.ts` and the days in
 * `bank-holiday-proclamations-scotland.ts`. It is provisional (`SCOTLAND_UNVERIFIED` says what).
 *
 * A year outside a calendar's years is refused with `BankHolidaysNotCoveredError`, never guessed. Only
 * weekday holidays are listed: a holiday on a Saturday or Sunday does not change which days are
 * working days, and GOV.UK lists the substitute weekday instead.
 */
import { toDayNumber, yearOf } from "@scrutineer/dates";
import * as z from "zod";
import { englandAndWalesProclamations, type Proclamation } from "./bank-holiday-proclamations.js";
import { scotlandNotProclaimed, scotlandProclamations } from "./bank-holiday-proclamations-scotland.js";
import { type RegularHoliday, regularEnglandAndWales } from "./bank-holiday-rules.js";
import { regularScotland } from "./bank-holiday-rules-scotland.js";
import { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";
import { DeadlinesError, type DeadlinesErrorCode } from "./errors.js";

/** Which list of bank holidays: one per jurisdiction. */
export const BankHolidayCalendar = z.enum(["england-and-wales", "scotland"]);
export type BankHolidayCalendar = z.infer<typeof BankHolidayCalendar>;

/**
 * Where a bank holiday comes from: `"gov.uk"` (the published list, bundled), `"statute"` (the 1971 Act's
 * rules and the proclamations, for past years) or `"statute-projected"` (the rules run forward, for years
 * not yet published: a later proclamation may add a day).
 */
export const BankHolidaySource = z.enum(["gov.uk", "statute", "statute-projected"]);
export type BankHolidaySource = z.infer<typeof BankHolidaySource>;

/**
 * One bank holiday: its date (`YYYY-MM-DD`), its title ("Easter Monday"), where it comes from
 * (`BankHolidaySource`) and, for a special or moved day, the proclamation or announcement.
 */
export const BankHoliday = z.object({
  date: z.iso.date(),
  title: z.string(),
  source: BankHolidaySource,
  /** For a special or moved day: the proclamation or announcement that made it. */
  proclamation: z.string().optional(),
});
export type BankHoliday = z.infer<typeof BankHoliday>;

/** One year's bank holidays and which source answered for that year. */
export const BankHolidayYear = z.object({
  year: z.number().int(),
  calendar: BankHolidayCalendar,
  source: BankHolidaySource,
  holidays: z.array(BankHoliday),
});
export type BankHolidayYear = z.infer<typeof BankHolidayYear>;

/** The years each source answers for, per calendar. */
export const bankHolidayCoverage = {
  "england-and-wales": [
    { source: "statute", firstYear: 1971, lastYear: 2017 },
    {
      source: "gov.uk",
      firstYear: englandAndWalesBankHolidays.firstYear,
      lastYear: englandAndWalesBankHolidays.lastYear,
    },
    { source: "statute-projected", firstYear: 2028, lastYear: 2099 },
  ],
  scotland: [
    { source: "statute", firstYear: 1972, lastYear: 2027 },
    { source: "statute-projected", firstYear: 2028, lastYear: 2099 },
  ],
} as const satisfies Record<
  BankHolidayCalendar,
  readonly { source: BankHolidaySource; firstYear: number; lastYear: number }[]
>;

/** The first and last year a calendar's sources cover. */
export function bankHolidayYears(calendar: BankHolidayCalendar = "england-and-wales"): { first: number; last: number } {
  const ranges = bankHolidayCoverage[calendar];
  return { first: ranges[0].firstYear, last: ranges[ranges.length - 1]?.lastYear ?? ranges[0].lastYear };
}

/** Where the bundled GOV.UK list came from and which years it covers. */
export const bundledBankHolidays = {
  source: englandAndWalesBankHolidays.source,
  retrieved: englandAndWalesBankHolidays.retrieved,
  division: englandAndWalesBankHolidays.division,
  firstYear: englandAndWalesBankHolidays.firstYear,
  lastYear: englandAndWalesBankHolidays.lastYear,
} as const;

/** The error code of this module (one of `DeadlinesErrorCode`, for callers that map them to messages). */
export type BankHolidayErrorCode = Extract<DeadlinesErrorCode, "bank-holidays-year-not-covered">;

/**
 * No source covers the year: before the 1971 Act, or beyond what can be projected. The CLI
 * reports it as bad input (exit 2); `code` is stable, `value` is the year.
 */
export class BankHolidaysNotCoveredError extends DeadlinesError {
  override readonly name = "BankHolidaysNotCoveredError";
  constructor(
    readonly year: number,
    readonly calendar: BankHolidayCalendar,
  ) {
    const { first, last } = bankHolidayYears(calendar);
    super(
      "bank-holidays-year-not-covered",
      year,
      `no source of ${calendar} bank holidays covers ${year}: they are known from ${first} to ${last}`,
    );
  }
}

/** Which source answers for a calendar year; throws `BankHolidaysNotCoveredError` for a year none covers. */
export function bankHolidaySource(
  year: number,
  calendar: BankHolidayCalendar = "england-and-wales",
): BankHolidaySource {
  const range = bankHolidayCoverage[calendar].find((r) => year >= r.firstYear && year <= r.lastYear);
  if (!range || !Number.isInteger(year)) throw new BankHolidaysNotCoveredError(year, calendar);
  return range.source;
}

/**
 * England and Wales for a year from the rules and the bundled proclamations, whatever the year's
 * source (the agreement test compares it with the GOV.UK list for 2018–2027).
 */
export function englandAndWalesFromRules(year: number): Omit<BankHoliday, "source">[] {
  return fromRules(regularEnglandAndWales(year), englandAndWalesProclamations, year);
}

/** Scotland for a year from its rules, the days proclaimed, less the rule-given days never proclaimed. */
export function scotlandFromRules(year: number): Omit<BankHoliday, "source">[] {
  const notProclaimed = new Set(scotlandNotProclaimed.map((d) => d.date));
  return fromRules(regularScotland(year), scotlandProclamations, year).filter((h) => !notProclaimed.has(h.date));
}

/** A year's regular days with its proclamations applied: moved days replaced, special days added. */
function fromRules(
  regular: readonly RegularHoliday[],
  proclamations: readonly Proclamation[],
  year: number,
): Omit<BankHoliday, "source">[] {
  const special = proclamations.filter((p) => yearOf(p.date) === year);
  const replaced = new Set(special.flatMap((p) => (p.replaces ? [p.replaces] : [])));
  return [
    ...regular.filter((h) => !replaced.has(h.date)),
    ...special.map((p) => ({ date: p.date, title: p.title, proclamation: p.source })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const byYear = new Map<string, BankHolidayYear>();

/** The weekday bank holidays of a calendar year, with their source; throws `BankHolidaysNotCoveredError` outside the sources. */
export function bankHolidaysInYear(year: number, calendar: BankHolidayCalendar = "england-and-wales"): BankHolidayYear {
  const key = `${calendar} ${year}`;
  let found = byYear.get(key);
  if (!found) {
    const source = bankHolidaySource(year, calendar);
    const holidays: BankHoliday[] =
      calendar === "scotland"
        ? scotlandFromRules(year).map((h) => ({ ...h, source }))
        : source === "gov.uk"
          ? englandAndWalesBankHolidays.events
              .filter((e) => yearOf(e.date) === year)
              .map((e) => {
                const p = englandAndWalesProclamations.find((x) => x.date === e.date);
                return { date: e.date, title: e.title, source, ...(p ? { proclamation: p.source } : {}) };
              })
          : englandAndWalesFromRules(year).map((h) => ({ ...h, source }));
    found = { year, calendar, source, holidays };
    byYear.set(key, found);
  }
  return found;
}

/** The bank holiday on a date, if there is one. */
export function bankHolidayOn(
  date: string,
  calendar: BankHolidayCalendar = "england-and-wales",
): BankHoliday | undefined {
  toDayNumber(date); // refuses a malformed date rather than answering "no holiday"
  return bankHolidaysInYear(yearOf(date), calendar).holidays.find((h) => h.date === date);
}

/** True when the date is a bank holiday in the calendar (England and Wales by default). */
export function isBankHoliday(date: string, calendar: BankHolidayCalendar = "england-and-wales"): boolean {
  return bankHolidayOn(date, calendar) !== undefined;
}
