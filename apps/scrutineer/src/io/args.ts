import { type ParseArgsConfig, parseArgs } from "node:util";
import { IsoDate } from "@scrutineer/model";
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

/** Validate a `YYYY-MM-DD` flag value at the edge. */
export function dateFlag(value: string, flag: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} ${value}: expected a real date written YYYY-MM-DD`);
  return parsed.data;
}

/** Today's date in Europe/London, or `--now`; the clock is read only here, at the edge. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
