/**
 * London's wall clock and instants, the one conversion both ways.
 *
 * Programme times are Europe/London wall-clock times (CONTRIBUTING: "times `HH:MM` Europe/London
 * wall clock"). They are turned into instants with UTC arithmetic and the zone's offset from Intl
 * (`tzOffset` of @date-fns/tz), never through `new Date(y, m, d, h, mi)` or a `TZDate` built from
 * fields, which read the machine's zone: under TZ=UTC the autumn 01:30 came out an hour later than
 * under TZ=Europe/London (issue 12, item 15). The same programme gives the same instants under
 * TZ=UTC, Europe/London, America/New_York or Asia/Tokyo.
 *
 * Twice a year a London wall time is not one instant (Summer Time Order 2002, SI 2002/262: the
 * clocks go forward at 01:00 GMT on the last Sunday of March and back at 01:00 GMT on the last
 * Sunday of October):
 * - in October 01:00–01:59 happens twice, first in BST (+01:00) and then in GMT (+00:00);
 * - in March 01:00–01:59 never shows on a London clock.
 * The caller says what to do with `disambiguation`, with the words of TC39 Temporal; the default,
 * `"compatible"`, is what RFC 5545 §3.3.5 requires of calendars: an ambiguous time is its FIRST
 * occurrence, and a skipped time is read with the offset in force before the gap, so 01:30 in the
 * March gap becomes 02:30 BST (the time an attendee's watch shows an hour after 00:30).
 */
import { tzOffset } from "@date-fns/tz";
import { InvalidTimeError } from "./errors.js";
import { toDayNumber } from "./plain-date.js";
import { minutesOfDay } from "./wall-clock.js";
import { LONDON } from "./zone.js";

/**
 * What to do with a wall time the clocks skip or repeat (TC39 Temporal's options):
 * - `"compatible"` (default, RFC 5545 §3.3.5): a repeated time is the first (BST); a skipped time
 *   moves forward by the gap (01:30 → 02:30 BST);
 * - `"earlier"`: the first of a repeated time; a skipped time moves back by the gap (01:30 → 00:30 GMT);
 * - `"later"`: the second of a repeated time (GMT); a skipped time moves forward (as compatible);
 * - `"reject"`: throw `InvalidTimeError` (`"ambiguous-time"` or `"nonexistent-time"`).
 */
export type Disambiguation = "compatible" | "earlier" | "later" | "reject";

/**
 * Whether London's clocks show a wall time once (`"unique"`), twice (`"ambiguous"`, the October
 * change) or never (`"skipped"`, the March change).
 */
export type WallTimeKind = "unique" | "ambiguous" | "skipped";

/** An instant worked out from a London wall time, with what London's clocks show at it. */
export interface LondonInstant {
  /** The instant, in milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMilliseconds: number;
  /** The instant in UTC, ISO 8601 with milliseconds: `"2024-10-27T00:30:00.000Z"`. */
  readonly iso: string;
  /** London's offset from UTC at the instant: `"+00:00"` (GMT) or `"+01:00"` (BST). */
  readonly utcOffset: string;
  /** The date London's clocks show at the instant, `YYYY-MM-DD`. */
  readonly date: string;
  /** The time London's clocks show at the instant, `HH:MM`: the wall time asked for, except for a skipped one. */
  readonly time: string;
  /** Whether the wall time asked for happens once, twice or never on that date. */
  readonly kind: WallTimeKind;
}

/** The options of `londonInstant`. */
export interface LondonInstantOptions {
  /** What to do when the clocks skip or repeat the time; default `"compatible"` (RFC 5545 §3.3.5). */
  disambiguation?: Disambiguation;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** `"+01:00"` for 60 minutes ahead of UTC. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** London's offset from UTC in minutes at an instant (60 in BST, 0 in GMT). */
function offsetAt(ms: number): number {
  return tzOffset(LONDON, new Date(ms));
}

/** The wall clock at an instant, read from its London offset with UTC getters (no machine zone). */
function wallClockAt(ms: number): { date: string; time: string; offset: number } {
  const offset = offsetAt(ms);
  const wall = new Date(ms + offset * MINUTE).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16), offset };
}

// The same meeting times recur across feeds and checks: each conversion costs several Intl calls.
const instants = new Map<string, LondonInstant>();

/**
 * The instant at which London's clocks show `time` on `date`.
 *
 * @param date - `YYYY-MM-DD`, a day in London (years 1848–9999).
 * @param time - `HH:MM`, 24-hour London wall clock (00:00–23:59).
 * @param options - `disambiguation` for a time the clocks skip or repeat (default `"compatible"`,
 *   RFC 5545 §3.3.5: the first of a repeated time, a skipped one moved forward by the gap).
 * @returns the instant, its UTC offset, what London's clocks show then and whether the time
 *   happens once, twice or never that day. The result is frozen.
 * @throws InvalidDateError for a date that is not `YYYY-MM-DD` (code `"invalid-date"` or
 *   `"date-out-of-range"`); InvalidTimeError for a time that is not `HH:MM` (`"invalid-time"`),
 *   and with `"reject"` for a skipped (`"nonexistent-time"`) or repeated (`"ambiguous-time"`) one.
 *
 * @example
 * londonInstant("2023-01-16", "19:00").iso; // "2023-01-16T19:00:00.000Z" (GMT)
 * londonInstant("2022-07-11", "19:00").iso; // "2022-07-11T18:00:00.000Z" (BST)
 * londonInstant("2024-10-27", "01:30"); // { iso: "2024-10-27T00:30:00.000Z", utcOffset: "+01:00", kind: "ambiguous", … }
 * londonInstant("2025-03-30", "01:30"); // { iso: "2025-03-30T01:30:00.000Z", time: "02:30", utcOffset: "+01:00", kind: "skipped", … }
 */
export function londonInstant(date: string, time: string, options: LondonInstantOptions = {}): LondonInstant {
  const disambiguation = options.disambiguation ?? "compatible";
  const key = `${date}T${time}/${disambiguation}`;
  const known = typeof date === "string" && typeof time === "string" ? instants.get(key) : undefined;
  if (known) return known;
  const result = Object.freeze(toInstant(date, time, disambiguation));
  if (instants.size >= 100_000) instants.clear();
  instants.set(key, result);
  return result;
}

function toInstant(date: string, time: string, disambiguation: Disambiguation): LondonInstant {
  // Both checked before any arithmetic: toDayNumber refuses 2023-02-30 and a Date object alike.
  const wall = toDayNumber(date) * DAY + minutesOfDay(time) * MINUTE;
  // Offsets a day either side of the wall time straddle any change that night (London changes at
  // most once in any two days).
  const before = offsetAt(wall - DAY);
  const after = offsetAt(wall + DAY);
  const withBefore = wall - before * MINUTE;
  let instant = withBefore;
  let kind: WallTimeKind = "unique";
  if (before !== after) {
    // A reading is real when London's offset at that instant is the one used to get it.
    const withAfter = wall - after * MINUTE;
    const beforeReal = offsetAt(withBefore) === before;
    const afterReal = offsetAt(withAfter) === after;
    const earlier = Math.min(withBefore, withAfter);
    const later = Math.max(withBefore, withAfter);
    if (beforeReal && afterReal) {
      kind = "ambiguous";
      if (disambiguation === "reject")
        throw new InvalidTimeError(
          "ambiguous-time",
          time,
          `${time} on ${date} happens twice in London (the clocks go back that night): say which, or leave the default (the first)`,
        );
      instant = disambiguation === "later" ? later : earlier;
    } else if (beforeReal || afterReal) {
      instant = beforeReal ? withBefore : withAfter;
    } else {
      kind = "skipped";
      if (disambiguation === "reject")
        throw new InvalidTimeError(
          "nonexistent-time",
          time,
          `${time} on ${date} does not exist in London (the clocks go forward that night)`,
        );
      // Moving forward by the gap is reading the time with the offset before it (RFC 5545 §3.3.5).
      instant = disambiguation === "earlier" ? earlier : later;
    }
  }
  const shown = wallClockAt(instant);
  return {
    epochMilliseconds: instant,
    iso: new Date(instant).toISOString(),
    utcOffset: offsetText(shown.offset),
    date: shown.date,
    time: shown.time,
    kind,
  };
}

/** What London's clocks show at an instant. */
export interface LondonWallClock {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, 24-hour. */
  readonly time: string;
  /** `"+00:00"` (GMT) or `"+01:00"` (BST). */
  readonly utcOffset: string;
}

function instantMs(instant: Date | number, what: string): number {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== "number" || !Number.isFinite(ms))
    throw new InvalidTimeError(
      "invalid-time",
      instant,
      `${what}: expected an instant (a valid Date or milliseconds since 1970), got ${String(instant)}`,
    );
  return ms;
}

/**
 * The date, time and offset London's clocks show at an instant, whatever the machine's zone.
 *
 * @param instant - a `Date` or milliseconds since 1970-01-01T00:00:00Z.
 * @throws InvalidTimeError (`"invalid-time"`) for an invalid `Date` or a non-finite number.
 * @example londonWallClock(new Date("2022-07-11T18:00:00Z")); // { date: "2022-07-11", time: "19:00", utcOffset: "+01:00" }
 */
export function londonWallClock(instant: Date | number): LondonWallClock {
  const { date, time, offset } = wallClockAt(instantMs(instant, "londonWallClock"));
  return { date, time, utcOffset: offsetText(offset) };
}

/**
 * Today's date in London at the instant `now`, `YYYY-MM-DD`: the only way the product turns a
 * clock reading into the `today` every rule takes. Between midnight and 01:00 BST the UTC date is
 * still the day before; London's is the one that counts.
 *
 * @param now - the instant (read from the clock at the edge of the program, or given by `--now`).
 * @throws InvalidTimeError (`"invalid-time"`) for an invalid `Date`.
 * @example todayInLondon(new Date("2023-06-30T23:30:00Z")); // "2023-07-01"
 */
export function todayInLondon(now: Date | number): string {
  return wallClockAt(instantMs(now, "todayInLondon")).date;
}
