import { londonInstant, londonWallClock } from "@scrutineer/dates";

/**
 * A Europe/London wall time as an OCD date-time with its offset: `2022-07-11T19:00:00+01:00`
 * in BST, `2023-01-16T19:00:00+00:00` in GMT (OCDEP 101: a time carries its offset). The
 * offset is London's at that wall time (`londonInstant`, RFC 5545's reading of skipped and
 * doubled hours), never the machine's.
 */
export function londonOffsetDateTime(date: string, time: string): string {
  const at = londonInstant(date, time);
  return `${at.date}T${at.time}:00${at.utcOffset}`;
}

/**
 * An OCD fuzzy date-time read back as a London wall date and time: `{ date, time? }`. A value
 * with an offset is turned into London's wall clock whatever offset it was written in; a month
 * alone (`2024-01`, a meeting whose day is to be confirmed) is read as that month.
 */
export function londonWallTime(value: string): { date: string; time?: string } | undefined {
  const plain = /^(\d{4}-\d{2}(-\d{2})?)$/.exec(value);
  if (plain) return { date: plain[1]! };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2}){0,2}(Z|[+-]\d{2}(:\d{2})?)$/.test(value)) return undefined;
  const ms = Date.parse(value.replace(/([+-]\d{2})$/, "$1:00"));
  if (Number.isNaN(ms)) return undefined;
  const { date, time } = londonWallClock(ms);
  return { date, time };
}
