/**
 * Scotland's bank holidays generated from their rules, year by year (from 1972, the first year
 * wholly under the Act). Provisional: bank-holidays-1971.md §4 warns that Scottish substitute
 * days were proclaimed year by year and not always alike, and that most Scottish public holidays
 * are set by councils (a council adds its own closures in `deadlines.nonWorkingDays`).
 *
 * - Banking and Financial Dealings Act 1971 (c. 80) Sch. 1 para. 2, as enacted: New Year's Day,
 *   if it be not a Sunday or, if it be a Sunday, 3 January; 2 January, if it be not a Sunday or,
 *   if it be a Sunday, 3 January; Good Friday; the first Monday in May; the first Monday in
 *   August; Christmas Day, if it be not a Sunday or, if it be a Sunday, 26 December.
 * - St Andrew's Day Bank Holiday (Scotland) Act 2007 (asp 2) s1: "30th November, if it is not a
 *   Saturday or Sunday or, if it is a Saturday or Sunday, the first Monday following that day"
 *   (first held 30 November 2007).
 * - By proclamation: Boxing Day from 1974; the last Monday in May "in 1979 and subsequent years"
 *   (HL Deb 9 May 1978, Lord Wallace of Coslany: "except in Scotland, where it was announced that
 *   the last Monday in May would be designated").
 * - Weekend days from 1974: a New Year's Day, 2 January, Christmas Day or Boxing Day at a weekend
 *   gives the next weekday not already a holiday, as proclaimed for 3 and 4 January 1977 (HC WA
 *   27 Oct 1976), 4 January 1999 (London Gazette L-55182-5SI), 4 January 2005 and 3 and 4 January
 *   2022 (Scottish Government's list, reported by The Herald and the i, 2022). Years when no
 *   Saturday substitute was proclaimed (2010, 2011) are in `scotlandProclamations`.
 *
 * One-off and moved days are in `bank-holiday-proclamations-scotland.ts`. Titles follow GOV.UK's.
 */
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from "@scrutineer/dates";
import { easter } from "date-easter";
import { iso, isWeekendDay, monday, type RegularHoliday, weekdaysOrSubstitutes } from "./bank-holiday-rules.js";

/** The regular weekday bank holidays of a year in Scotland (from 1972), in date order. */
export function regularScotland(year: number): RegularHoliday[] {
  const out: RegularHoliday[] = [];
  const add = (date: string, title: string) => out.push({ date, title });
  const jan1 = toDayNumber(iso(year, 1, 1));

  if (year >= 1974)
    weekdaysOrSubstitutes(
      [
        [jan1, "New Year’s Day"],
        [jan1 + 1, "2nd January"],
      ],
      jan1 + 2,
      add,
    );
  else {
    // The Act alone: a Sunday gives 3 January; a Saturday nothing.
    for (const [day, title] of [
      [jan1, "New Year’s Day"],
      [jan1 + 1, "2nd January"],
    ] as const) {
      const w = weekdayOfDayNumber(day);
      if (w === 0) add(iso(year, 1, 3), `${title} (substitute day)`);
      else if (w !== 6) add(fromDayNumber(day), title);
    }
  }

  const e = easter(year);
  add(fromDayNumber(toDayNumber(iso(e.year, e.month, e.day)) - 2), "Good Friday");
  add(monday(year, 5, 1), "Early May bank holiday");
  if (year >= 1979) add(monday(year, 5, -1), "Spring bank holiday");
  add(monday(year, 8, 1), "Summer bank holiday");
  if (year >= 2007) {
    const andrew = toDayNumber(iso(year, 11, 30));
    const w = weekdayOfDayNumber(andrew);
    add(fromDayNumber(w === 6 ? andrew + 2 : w === 0 ? andrew + 1 : andrew), "St Andrew’s Day");
  }

  const christmas = toDayNumber(iso(year, 12, 25));
  if (year >= 1974)
    weekdaysOrSubstitutes(
      [
        [christmas, "Christmas Day"],
        [christmas + 1, "Boxing Day"],
      ],
      christmas + 2,
      add,
    );
  else if (weekdayOfDayNumber(christmas) === 0) add(iso(year, 12, 26), "Christmas Day (substitute day)");
  else if (weekdayOfDayNumber(christmas) !== 6) add(fromDayNumber(christmas), "Christmas Day");

  return out.filter((h) => !isWeekendDay(toDayNumber(h.date))).sort((a, b) => a.date.localeCompare(b.date));
}
