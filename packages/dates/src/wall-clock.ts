/**
 * Wall-clock arithmetic on `HH:MM` strings (London's clock, as programmes and front sheets write
 * times). Agenda times never cross midnight and never touch a `Date`, so clock changes and the
 * machine's time zone cannot move them; an instant is `londonInstant`'s business.
 */
import { InvalidTimeError, notAStringMessage } from "./errors.js";

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The last minute of the day, 23:59 as 1439: agenda times are clamped here rather than written "24:10". */
export const LAST_MINUTE = 23 * 60 + 59;

/**
 * True for a 24-hour time written `HH:MM` from 00:00 to 23:59 (7:00, 24:00, 19.05 and 19:05:00
 * are not). Never throws.
 */
export function isWallTime(value: string): boolean {
  return typeof value === "string" && HH_MM.test(value);
}

/**
 * Minutes since midnight of an `HH:MM` time, 0–1439.
 * @throws InvalidTimeError (`"invalid-time"`) for anything but a 24-hour time written `HH:MM`.
 * @example minutesOfDay("19:05"); // 1145
 */
export function minutesOfDay(time: string): number {
  const match = typeof time === "string" ? HH_MM.exec(time) : null;
  if (!match)
    throw new InvalidTimeError(
      "invalid-time",
      time,
      typeof time === "string"
        ? `expected a time written "HH:MM", got "${time}"`
        : notAStringMessage(
            time,
            "a 24-hour time written HH:MM",
            "19:00",
            "for London's time at an instant use londonWallClock(instant).time",
          ),
    );
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * `HH:MM` for minutes since midnight, rounded to the minute and clamped to 00:00–23:59 (an
 * overrun finding says by how much the agenda runs past).
 * @example wallTime(1145); // "19:05"
 * @example wallTime(24 * 60 + 10); // "23:59"
 */
export function wallTime(minutes: number): string {
  const m = Math.min(Math.max(Math.round(minutes), 0), LAST_MINUTE);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
