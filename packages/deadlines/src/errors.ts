/**
 * Every error this package throws: one base class with a stable `code` and the offending `value`,
 * so a caller can branch on `error.code` (which survives a mix of the ESM and CommonJS builds,
 * where two copies of a class defeat `instanceof`). The pattern of `@scrutineer/dates`. (A date
 * or time the dates package cannot read throws its own `DatesError`.)
 */

/**
 * What went wrong:
 * - `"invalid-slot-rule"`: a meeting rule that cannot be read (neither an RRULE this package
 *   accepts nor the plain words of slot-rule.ts); `value` is the part refused;
 * - `"invalid-municipal-year"`: not two consecutive years written `2024/25`; `value` is what was given;
 * - `"invalid-time"`: a start that is not a 24-hour `HH:MM`; `value` is what was given;
 * - `"invalid-skip-range"`: a range to skip whose ends are not real dates or that ends before it
 *   starts; `value` is the range;
 * - `"bank-holidays-year-not-covered"`: no source of bank holidays covers the year (before the 1971
 *   Act, or beyond what can be projected): `BankHolidaysNotCoveredError`; `value` is the year;
 * - `"invalid-clear-days"`, `"invalid-notice-weeks"`, `"invalid-working-days"`: a count of clear
 *   days, weeks of notice or working days that is not a whole number (0 or more where a
 *   count is meant); `value` is the number;
 * - `"date-to-be-confirmed"`: deadlines asked of a meeting known only by its month (`2024-01`);
 *   `value` is the meeting's id.
 */
export type DeadlinesErrorCode =
  | "invalid-slot-rule"
  | "invalid-municipal-year"
  | "invalid-time"
  | "invalid-skip-range"
  | "bank-holidays-year-not-covered"
  | "invalid-clear-days"
  | "invalid-notice-weeks"
  | "invalid-working-days"
  | "date-to-be-confirmed";

const CODES: ReadonlySet<string> = new Set<DeadlinesErrorCode>([
  "invalid-slot-rule",
  "invalid-municipal-year",
  "invalid-time",
  "invalid-skip-range",
  "bank-holidays-year-not-covered",
  "invalid-clear-days",
  "invalid-notice-weeks",
  "invalid-working-days",
  "date-to-be-confirmed",
]);
const NAMES: ReadonlySet<string> = new Set(["DeadlinesError", "SlotRuleError", "BankHolidaysNotCoveredError"]);

/**
 * The base class of this package's errors. A `RangeError`: the value was of the wrong form or
 * outside what the function accepts.
 *
 * @example
 * try {
 *   parseSlotRule("a Monday monthly");
 * } catch (error) {
 *   if (isDeadlinesError(error) && error.code === "invalid-slot-rule") console.log(error.message);
 * }
 */
export class DeadlinesError extends RangeError {
  override readonly name: string = "DeadlinesError";
  /** Stable, for branching: see `DeadlinesErrorCode`. */
  readonly code: DeadlinesErrorCode;
  /** The value refused, as passed. */
  readonly value: unknown;

  constructor(code: DeadlinesErrorCode, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.value = value;
  }
}

/** A slot rule, municipal year, start or skipped range could not be read; the message says what is accepted. */
export class SlotRuleError extends DeadlinesError {
  override readonly name = "SlotRuleError";
}

/**
 * True for an error thrown by this package, recognised by its `name` and `code` (so also across a
 * mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isDeadlinesError(error: unknown): error is DeadlinesError {
  return (
    error instanceof Error &&
    NAMES.has(error.name) &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
