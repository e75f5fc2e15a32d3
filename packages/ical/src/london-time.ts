import { TZDate, tzOffset } from "@date-fns/tz";

/**
 * Programme times are Europe/London wall-clock times (CONTRIBUTING: "times `HH:MM` Europe/London
 * wall clock"). They are turned into instants here with UTC arithmetic and the zone's offset from
 * Intl, never through `new Date(y, m, d, h, mi)`, which reads the machine's zone: the same
 * programme must give the same bytes under TZ=UTC, Europe/London, America/New_York or Asia/Tokyo.
 */
export const LONDON = "Europe/London";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

function parts(date: string, time = "00:00"): [number, number, number, number, number] {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`expected YYYY-MM-DD and HH:MM, got ${date} ${time}`);
  return [Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])];
}

/**
 * The instant at which London's clocks show `time` on `date`, as a `TZDate` in Europe/London.
 * A time skipped when the clocks go forward (01:30 on the last Sunday of March) is read with the
 * offset in force before the change (so 02:30 BST, the time an attendee's watch shows an hour
 * after 00:30); a time that happens twice when they go back (01:30 on the last Sunday of
 * October) is the first of the two (BST).
 */
export function londonDateTime(date: string, time: string): TZDate {
  // The same meeting times recur across feeds: each conversion costs several Intl calls.
  const key = `${date}T${time}`;
  const cached = instants.get(key);
  if (cached !== undefined) return new TZDate(cached, LONDON);
  const instant = toInstant(date, time);
  if (instants.size >= 100_000) instants.clear();
  instants.set(key, instant);
  return new TZDate(instant, LONDON);
}

const instants = new Map<string, number>();

function toInstant(date: string, time: string): number {
  const wall = Date.UTC(...parts(date, time));
  // Offsets either side of the wall time: a day apart, so they straddle any change that night.
  const before = tzOffset(LONDON, new Date(wall - 86_400_000));
  const after = tzOffset(LONDON, new Date(wall + 86_400_000));
  const withBefore = wall - before * 60_000;
  let instant = withBefore;
  if (before !== after) {
    // A reading is real when the zone's offset at that instant is the one used to get it.
    const withAfter = wall - after * 60_000;
    const beforeReal = tzOffset(LONDON, new Date(withBefore)) === before;
    const afterReal = tzOffset(LONDON, new Date(withAfter)) === after;
    if (beforeReal && afterReal) instant = Math.min(withBefore, withAfter);
    else if (afterReal) instant = withAfter;
    // Neither real: a skipped time, read with the offset before the change.
  }
  return instant;
}

/** Midnight at the start of `date` in London: the value ical-generator writes as a `VALUE=DATE`. */
export function londonDate(date: string): TZDate {
  return londonDateTime(date, "00:00");
}

/** The calendar day after `date` (`YYYY-MM-DD`), in pure date arithmetic. */
export function nextDay(date: string): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m, d + 1)).toISOString().slice(0, 10);
}

/** An ISO instant (`…Z` or with an offset) as a `TZDate` in UTC, for DTSTAMP and LAST-MODIFIED. */
export function utcInstant(iso: string): TZDate {
  const ms = Date.parse(iso);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso) || Number.isNaN(ms)) {
    throw new RangeError(`expected an ISO instant with a zone (e.g. 2022-07-01T09:00:00Z), got ${iso}`);
  }
  return new TZDate(ms, "UTC");
}
