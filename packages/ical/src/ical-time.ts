import { TZDate } from "@date-fns/tz";
import { LONDON, londonInstant } from "@scrutineer/dates";
import { IcalError } from "./errors.js";

/**
 * Dates and times in the form ical-generator takes them: `TZDate`s, never native `Date`s read in
 * the machine's zone. Wall time → instant is @scrutineer/dates' `londonInstant` (RFC 5545
 * §3.3.5: the first of a repeated autumn time; a skipped spring time moved forward by the gap),
 * so a feed gives the same bytes under any TZ.
 */

/** The instant at which London's clocks show `time` (`HH:MM`) on `date` (`YYYY-MM-DD`), as a `TZDate` in London. */
export function londonDateTime(date: string, time: string): TZDate {
  return new TZDate(londonInstant(date, time).epochMilliseconds, LONDON);
}

/** Midnight at the start of `date` in London: the value ical-generator writes as a `VALUE=DATE`. */
export function londonDate(date: string): TZDate {
  return londonDateTime(date, "00:00");
}

/** An ISO instant (`…Z` or with an offset) as a `TZDate` in UTC, for DTSTAMP and LAST-MODIFIED. */
export function utcInstant(iso: string): TZDate {
  const ms = Date.parse(iso);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso) || Number.isNaN(ms)) {
    throw new IcalError(
      "invalid-instant",
      iso,
      `expected an ISO instant with a zone (e.g. 2022-07-01T09:00:00Z), got ${iso}`,
    );
  }
  return new TZDate(ms, "UTC");
}
