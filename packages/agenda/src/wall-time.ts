/**
 * Wall-clock arithmetic on "HH:MM" strings (Europe/London, as printed on front sheets).
 * Agenda times never cross midnight and never touch a Date, so clock changes and the
 * machine's time zone cannot move them.
 */

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`expected a time written "HH:MM", got "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The last minute of the day: agenda times are clamped here rather than written "24:10". */
export const LAST_MINUTE = 23 * 60 + 59;

/** "HH:MM" for minutes since midnight, clamped to 00:00-23:59 (an overrun finding says by how much). */
export function wallTime(minutes: number): string {
  const m = Math.min(Math.max(Math.round(minutes), 0), LAST_MINUTE);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "19.05" as front sheets print it, from "19:05". */
export function frontSheetTime(time: string): string {
  return time.replace(":", ".");
}

/** "45 minutes", "1 minute". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
