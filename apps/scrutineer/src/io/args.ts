import { type ParseArgsConfig, parseArgs } from "node:util";
import { isDatesError, isIsoDate, toDayNumber } from "@scrutineer/dates";
import { FIRST_PROGRAMME_YEAR, IsoDate, LAST_PROGRAMME_YEAR } from "@scrutineer/model";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parse a command's flags with Node's own parser; unknown flags are usage errors (exit 2). */
export function parseFlags<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`scrutineer ${command}: ${(error as Error).message.replace(/\. To specify.*$/s, "")}`);
  }
}

/** Validate a `YYYY-MM-DD` flag value at the edge: a real date in the years a programme may hold (docs/limits.md). */
export function dateFlag(value: string, flag: string): string {
  const parsed = IsoDate.safeParse(value);
  if (parsed.success) return parsed.data;
  // A real date outside the years a programme may hold says so (docs/limits.md).
  let real = isIsoDate(value);
  if (!real) {
    try {
      toDayNumber(value);
    } catch (error) {
      real = isDatesError(error) && error.code === "date-out-of-range";
    }
  }
  throw new UsageError(
    `${flag} ${value}: ${real ? `expected a date from ${FIRST_PROGRAMME_YEAR} to ${LAST_PROGRAMME_YEAR} (docs/limits.md)` : "expected a real date written YYYY-MM-DD"}`,
  );
}

/** `--papers-days 3`, `--clear-days 5`: a whole number of working days, 0 to 99; `fallback` when absent. */
export function countFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,2}$/.test(value))
    throw new UsageError(`${flag} ${value}: expected a whole number of working days (0 to 99)`);
  return Number(value);
}
