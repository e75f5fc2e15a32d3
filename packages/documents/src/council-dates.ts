/**
 * Dates and times as Hackney's papers print them (seed 001): the front sheet says
 * "Monday 16 January 2023" and "7.00 pm", and times items "(19.05)"; the work programme says
 * "moved from 8th September 2022".
 *
 * Written with date-fns `format` in British English (`enGB`) and the Europe/London context
 * (`{ in: tz("Europe/London") }`): a meeting date is a calendar day in England and a time is
 * London's wall clock, so they are parsed and written on London's calendar and the machine's
 * time zone never shifts a day. Only text that survives the round trip (parse, then format back
 * to `YYYY-MM-DD` or `HH:MM`) is accepted, so 2023-02-30 and 7:00 are refused.
 */
import { TZDate, tz } from "@date-fns/tz";
import { format, isValid, parse, parseISO } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";

const LONDON = "Europe/London";
const inLondon = { in: tz(LONDON) } as const;
const british = { locale: enGB } as const;

/** Times are read on a January day: no clock change, so every wall-clock minute exists. */
const TIME_REFERENCE = new TZDate(2023, 0, 16, LONDON);

function londonDate(iso: string): TZDate {
  const date = parseISO(iso, inLondon);
  if (!isValid(date) || format(date, "yyyy-MM-dd") !== iso)
    throw new RangeError(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return date;
}

function londonTime(time: string): TZDate {
  const at = parse(time, "HH:mm", TIME_REFERENCE, inLondon);
  if (!isValid(at) || format(at, "HH:mm") !== time)
    throw new RangeError(`expected a time written HH:MM, got "${time}"`);
  return at;
}

/** "8 September 2022". */
export function dayMonthYear(iso: string): string {
  return format(londonDate(iso), "d MMMM yyyy", british);
}

/** "Monday 16 January 2023". */
export function longDate(iso: string): string {
  return format(londonDate(iso), "EEEE d MMMM yyyy", british);
}

/** The meeting's time on the front sheet, 12-hour: "19:00" → "7.00 pm", "12:00" → "12.00 pm", "00:30" → "12.30 am". */
export function meetingTime(time: string): string {
  return format(londonTime(time), "h.mm aaa", british);
}

/** An item's start time on the front sheet, 24-hour with a point: "19:05" → "19.05". */
export function itemTime(time: string): string {
  return format(londonTime(time), "HH.mm", british);
}
