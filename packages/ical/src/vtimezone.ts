import { LONDON } from "@scrutineer/dates";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";

/**
 * The VTIMEZONE for Europe/London (RFC 5545 §3.6.5), from @touch4it/ical-timezones (tzurl.org's
 * "Outlook" variant): one STANDARD and one DAYLIGHT rule, each with an RRULE
 * (`FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU`, the last Sunday of October; March for daylight time).
 * Outlook reads only RRULE-based definitions; a VTIMEZONE listing each change as RDATEs makes it
 * fall back to the machine's zone and shows meetings an hour out after the clocks change.
 * Read once and kept: it does not change between feeds (the package reads its file per call).
 */
let cached: string | undefined;

/**
 * The VTIMEZONE of Europe/London written with RRULEs (RFC 5545 §3.6.5), CRLF line ends, as every feed
 * embeds it; from `@touch4it/ical-timezones`, checked once and cached. Throws `Error` if that package's
 * data is not in the expected form (a packaging bug, not bad input).
 */
export function londonVtimezone(): string {
  if (cached !== undefined) return cached;
  const component = getVtimezoneComponent(LONDON);
  if (!component) throw new Error(`@touch4it/ical-timezones has no VTIMEZONE for ${LONDON}`);
  const text = `${component.replace(/\r\n/g, "\n").trim().split("\n").join("\r\n")}\r\n`;
  if (!/^RRULE:/m.test(text) || /^RDATE/m.test(text) || !/^TZID:Europe\/London\r$/m.test(text)) {
    throw new Error(`the VTIMEZONE for ${LONDON} is not written with RRULE rules`);
  }
  cached = text;
  return text;
}
