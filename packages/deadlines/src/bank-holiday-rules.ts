/**
 * England and Wales bank holidays generated from their rules, year by year:
 *
 * - Banking and Financial Dealings Act 1971 (c. 80), s1(1) and Sch. 1 para. 1: Easter Monday,
 *   the last Monday in May, the last Monday in August, 26 December if not a Sunday, and
 *   27 December when 25 or 26 December is a Sunday (Royal Assent 16 December 1971; the 1971
 *   spring and summer days were held on the same Mondays under the 1967–71 trial).
 * - Common law: Good Friday and Christmas Day.
 * - Annual Royal Proclamations under s1(3): New Year's Day from 1974 (first observed
 *   1 January 1974, the Act having received assent on 16 December 1971), the first Monday in
 *   May from 1978 (HL Deb 9 May 1978, Lord Wallace of Coslany), and a weekday in place of
 *   New Year's Day, Christmas Day or Boxing Day falling at a weekend (e.g. 27 and 28 Dec 1976
 *   and 3 Jan 1977, HC written answer 27 Oct 1976; 28 Dec 1998, London Gazette notice
 *   L-55182-5SI).
 *
 * One-off and moved days (royal weddings, jubilees, VE Day, the millennium) are not rules: they
 * are bundled with their proclamation or announcement in `bank-holiday-proclamations.ts`.
 * GOV.UK's own titles are used, so a generated year reads like the published list.
 */
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from "@scrutineer/dates";
import { easter } from "date-easter";

/** A weekday bank holiday, before one-offs are applied. */
export interface RegularHoliday {
  date: string;
  title: string;
}

/** `YYYY-MM-DD` of a year, month and day (shared with Scotland's rules). */
export const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The first (n = 1) or last (n = -1) Monday of a month. */
export function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const first = toDayNumber(iso(year, month, 1));
    return fromDayNumber(first + ((8 - weekdayOfDayNumber(first)) % 7));
  }
  const last = toDayNumber(month === 12 ? iso(year, 12, 31) : iso(year, month + 1, 1)) - (month === 12 ? 0 : 1);
  return fromDayNumber(last - ((weekdayOfDayNumber(last) + 6) % 7));
}

export const isWeekendDay = (day: number) => {
  const w = weekdayOfDayNumber(day);
  return w === 0 || w === 6;
};

/**
 * Fixed days in a row (25 and 26 December; in Scotland 1 and 2 January): each on a weekday is a
 * holiday; each at a weekend is replaced by the next weekday from `from` not already a holiday,
 * in order, titled "… (substitute day)". Days are day numbers.
 */
export function weekdaysOrSubstitutes(
  days: readonly (readonly [number, string])[],
  from: number,
  add: (date: string, title: string) => void,
): void {
  const taken = new Set<number>();
  const moved: string[] = [];
  for (const [day, title] of days) {
    if (isWeekendDay(day)) moved.push(title);
    else taken.add(day);
  }
  const titles = new Map<number, string>(days.filter(([d]) => taken.has(d)));
  let next = from;
  for (const title of moved) {
    while (isWeekendDay(next) || taken.has(next)) next++;
    taken.add(next);
    titles.set(next, `${title} (substitute day)`);
  }
  for (const day of [...taken].sort((a, b) => a - b)) add(fromDayNumber(day), titles.get(day) ?? "");
}

/** The regular weekday bank holidays of a year in England and Wales, in date order. */
export function regularEnglandAndWales(year: number): RegularHoliday[] {
  const out: RegularHoliday[] = [];
  const add = (date: string, title: string) => out.push({ date, title });

  if (year >= 1974) {
    const nyd = toDayNumber(iso(year, 1, 1));
    const w = weekdayOfDayNumber(nyd);
    if (w === 6) add(fromDayNumber(nyd + 2), "New Year’s Day (substitute day)");
    else if (w === 0) add(fromDayNumber(nyd + 1), "New Year’s Day (substitute day)");
    else add(iso(year, 1, 1), "New Year’s Day");
  }
  const e = easter(year);
  const easterSunday = toDayNumber(iso(e.year, e.month, e.day));
  add(fromDayNumber(easterSunday - 2), "Good Friday");
  add(fromDayNumber(easterSunday + 1), "Easter Monday");
  if (year >= 1978) add(monday(year, 5, 1), "Early May bank holiday");
  add(monday(year, 5, -1), "Spring bank holiday");
  add(monday(year, 8, -1), "Summer bank holiday");

  // Christmas Day and Boxing Day; each that falls at a weekend is replaced by the next weekday
  // from 27 December that is not already a holiday (Christmas first, then Boxing Day).
  const christmas = toDayNumber(iso(year, 12, 25));
  weekdaysOrSubstitutes(
    [
      [christmas, "Christmas Day"],
      [christmas + 1, "Boxing Day"],
    ],
    christmas + 2,
    add,
  );
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
