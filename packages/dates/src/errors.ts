/**
 * Every error this package throws: one class with a stable `code` and the offending `value`, so
 * a caller can branch on `error.code` (which survives the ESM and CommonJS builds, where two
 * copies of a class defeat `instanceof`) and show the value back to whoever typed it.
 */

/**
 * What went wrong:
 * - `"invalid-date"`: not a real date written `YYYY-MM-DD` (2023-02-30, 2023-2-3, a `Date` object);
 * - `"date-out-of-range"`: a real date, but outside the years 1848–9999 the package supports;
 * - `"invalid-time"`: not a 24-hour wall time written `HH:MM` (7:00, 24:00, 19.05);
 * - `"nonexistent-time"`: a London wall time skipped when the clocks go forward (01:30 on the last
 *   Sunday of March), refused only when the caller asked for `disambiguation: "reject"`;
 * - `"ambiguous-time"`: a London wall time that happens twice when the clocks go back (01:30 on the
 *   last Sunday of October), refused only with `disambiguation: "reject"`;
 * - `"invalid-municipal-year"`: not a municipal year written with two consecutive years, `2022/23`.
 */
export type DatesErrorCode =
  | "invalid-date"
  | "date-out-of-range"
  | "invalid-time"
  | "nonexistent-time"
  | "ambiguous-time"
  | "invalid-municipal-year";

const CODES: ReadonlySet<string> = new Set<DatesErrorCode>([
  "invalid-date",
  "date-out-of-range",
  "invalid-time",
  "nonexistent-time",
  "ambiguous-time",
  "invalid-municipal-year",
]);

/**
 * The base class of this package's errors. A `RangeError`: the value was of the wrong form or
 * outside what the function accepts.
 *
 * @example
 * try {
 *   addDays("2023-02-30", 1);
 * } catch (error) {
 *   if (isDatesError(error) && error.code === "invalid-date") console.log(`not a date: ${String(error.value)}`);
 * }
 */
export class DatesError extends RangeError {
  override readonly name: string = "DatesError";
  /** Stable, for branching: see `DatesErrorCode`. */
  readonly code: DatesErrorCode;
  /** The value refused, as passed (a string, or whatever else was passed in its place). */
  readonly value: unknown;

  constructor(code: DatesErrorCode, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.value = value;
  }
}

/** A date was malformed, impossible (2023-02-30), not a string, or outside the years 1848–9999. */
export class InvalidDateError extends DatesError {
  override readonly name = "InvalidDateError";
}

/** A wall time was not `HH:MM`, or (with `disambiguation: "reject"`) skipped or repeated by a clock change. */
export class InvalidTimeError extends DatesError {
  override readonly name = "InvalidTimeError";
}

/** A municipal year was not written with two consecutive years, e.g. `2022/23`. */
export class InvalidMunicipalYearError extends DatesError {
  override readonly name = "InvalidMunicipalYearError";
}

/**
 * True for an error thrown by this package, recognised by its `code` (so also across a mix of the
 * ESM and CommonJS builds, where `instanceof` fails).
 */
export function isDatesError(error: unknown): error is DatesError {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}

/**
 * The message for a value that should have been a string. A `Date` or a number is the usual
 * mistake (an instant where a calendar date or wall time is meant), so the message says what to
 * pass instead rather than failing later with "split is not a function". Internal.
 */
export function notAStringMessage(value: unknown, expected: string, example: string, fromInstant: string): string {
  const want = `expected ${expected} as a string (e.g. "${example}")`;
  if (value instanceof Date) return `${want}, got a Date object: ${fromInstant}`;
  if (typeof value === "number") return `${want}, got the number ${value}`;
  return `${want}, got ${value === null ? "null" : typeof value}`;
}
