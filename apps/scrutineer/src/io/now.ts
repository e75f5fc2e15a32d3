import { isIsoDate, isWallTime, todayInLondon } from "@scrutineer/dates";
import { UsageError } from "./errors.js";

/** When a command runs, in the two forms the packages take. */
export interface Now {
  /** The instant, ISO 8601 in UTC: what calendar exports record as the time of a change. */
  instant: string;
  /** Today's date in London, `YYYY-MM-DD`: the only "today" every rule and document takes. */
  today: string;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::([0-5]\d)(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The instant an ISO text with an explicit offset names, or undefined when it is not one (2023-02-30T09:00Z included). */
function instantOf(value: string): Date | undefined {
  const m = INSTANT.exec(value);
  if (!m || !isIsoDate(m[1] ?? "") || !isWallTime(m[2] ?? "")) return undefined;
  if (m[4] !== undefined && (Number(m[5]) > 23 || Number(m[6]) > 59)) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return undefined;
  // Its London date must be one the rules can work with (years 1848–9999).
  return isIsoDate(todayInLondon(at)) ? at : undefined;
}

/**
 * `--now`, read the same way by every command; the clock is read only at the edge (`clock`, once
 * at start-up) and only when `--now` is not given.
 * - A date `YYYY-MM-DD` is that day in London: `today` is the date, and the instant recorded is
 *   00:00 UTC on it, which is on that day in London too (London is never behind UTC).
 * - An instant with its offset (`2022-07-01T09:00:00Z`, `2022-07-01T10:00+01:00`) is that
 *   instant; `today` is London's date at it (so 23:30Z on 30 June in summer is 1 July).
 * @throws UsageError (exit 2) for anything else, naming the value and what to write.
 */
export function parseNow(value: string | undefined, clock: Date): Now {
  if (value === undefined) return { instant: clock.toISOString(), today: todayInLondon(clock) };
  if (isIsoDate(value)) return { instant: `${value}T00:00:00Z`, today: value };
  const at = instantOf(value);
  if (at) return { instant: at.toISOString(), today: todayInLondon(at) };
  throw new UsageError(
    `--now ${value}: expected a real date written YYYY-MM-DD or an instant with its offset, such as 2022-07-01T09:00:00Z`,
  );
}
