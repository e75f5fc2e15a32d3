/**
 * HTTP-date (RFC 9110 §5.6.7): the three forms a recipient must accept, and nothing else.
 * `Date.parse` is not a parser for it: it takes "2030", "2030-01-01" or "tomorrow 9am" in some
 * engines, so an If-Modified-Since of "2030" looked like a date in the future and every
 * conditional request got 304 for years.
 *
 * - IMF-fixdate:  `Sun, 06 Nov 1994 08:49:37 GMT` (the preferred form)
 * - rfc850-date:  `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete; two-digit year)
 * - asctime-date: `Sun Nov  6 08:49:37 1994` (obsolete; day padded with a space)
 *
 * HTTP-date is case-sensitive (§5.6.7). The day name is not checked against the date, as most
 * servers do not; the date and time must exist (no 31 Feb, no 24:00).
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHORT_DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

const IMF_FIXDATE = new RegExp(`^${SHORT_DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${SHORT_DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function instant(year: number, month: string, day: number, h: string, m: string, s: string): number | undefined {
  const index = MONTHS.indexOf(month);
  const [hour, minute, second] = [Number(h), Number(m), Number(s)];
  // HTTP has no leap second (time-of-day allows 60 only "for leap seconds" in IMF; we take 0-59).
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, index, day, hour, minute, second);
  const back = new Date(ms);
  // Date.UTC rolls 31 Feb over into March: a date that does not exist is not a date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== index || back.getUTCDate() !== day) return undefined;
  return ms;
}

/**
 * An HTTP-date as milliseconds since the epoch, or undefined when the text is not one.
 * `now` resolves the two-digit year of the obsolete rfc850 form: "a timestamp that appears to
 * be more than 50 years in the future" is read as the most recent past year with those digits.
 */
export function parseHttpDate(text: string, now: number): number | undefined {
  const value = text.trim();
  let m = IMF_FIXDATE.exec(value);
  if (m) return instant(Number(m[3]), m[2]!, Number(m[1]), m[4]!, m[5]!, m[6]!);
  m = ASCTIME_DATE.exec(value);
  if (m) return instant(Number(m[6]), m[1]!, Number(m[2]!.trim()), m[3]!, m[4]!, m[5]!);
  m = RFC850_DATE.exec(value);
  if (m) {
    const at = new Date(now);
    const limit = Date.UTC(at.getUTCFullYear() + 50, at.getUTCMonth(), at.getUTCDate(), 23, 59, 59);
    const century = Math.floor(at.getUTCFullYear() / 100) * 100;
    const read = (year: number) => instant(year, m![2]!, Number(m![1]), m![4]!, m![5]!, m![6]!);
    const year = century + Number(m[3]);
    const candidate = read(year);
    return candidate !== undefined && candidate > limit ? read(year - 100) : candidate;
  }
  return undefined;
}
