/**
 * Every error this package throws: one base class with a stable `code` and the offending `value`,
 * so a caller can branch on `error.code` (which survives a mix of the ESM and CommonJS builds,
 * where two copies of a class defeat `instanceof`). The pattern of `@scrutineer/dates`. Reading
 * OCD objects back (`programmeFromOcd`) throws `OcdReadError`, the name callers already catch.
 */

/**
 * What went wrong reading Open Civic Data objects back into a programme:
 * - `"unknown-type"`: an object whose `_type` is not one of the OCD types this package knows;
 *   `value` is the `_type`;
 * - `"invalid-object"`: an object that does not validate against its JSON Schema; `value` is
 *   the list of problems, as `validateOcd` returns them;
 * - `"no-committee"`: no organization with classification `committee`; `value` is the number of
 *   organizations given;
 * - `"invalid-start"`: an event whose `start_date` is not a date; `value` is the `start_date`;
 * - `"no-municipal-year"`: neither a membership's start date nor the committee's
 *   `extras.municipal_year` places the programme in a year; `value` is the committee's `_id`;
 * - `"invalid-programme"`: the programme read back does not validate; `value` is the list of
 *   problems, each `{ path, message }`.
 */
export type OcdErrorCode =
  | "unknown-type"
  | "invalid-object"
  | "no-committee"
  | "invalid-start"
  | "no-municipal-year"
  | "invalid-programme";

const CODES: ReadonlySet<string> = new Set<OcdErrorCode>([
  "unknown-type",
  "invalid-object",
  "no-committee",
  "invalid-start",
  "no-municipal-year",
  "invalid-programme",
]);
const NAMES: ReadonlySet<string> = new Set(["OcdError", "OcdReadError"]);

/**
 * The base class of this package's errors.
 *
 * @example
 * try {
 *   programmeFromOcd([{ _type: "bill", _id: "x" }]);
 * } catch (error) {
 *   if (isOcdError(error) && error.code === "unknown-type") console.log(`cannot read a ${String(error.value)}`);
 * }
 */
export class OcdError extends Error {
  override readonly name: string = "OcdError";
  /** Stable, for branching: see `OcdErrorCode`. */
  readonly code: OcdErrorCode;
  /** The value refused (a `_type`, a start date, a list of problems), as met. */
  readonly value: unknown;

  constructor(code: OcdErrorCode, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.value = value;
  }
}

/** OCD objects that cannot be read back into a programme: the message names the object and says why. */
export class OcdReadError extends OcdError {
  override readonly name = "OcdReadError";
}

/**
 * True for an error thrown by this package, recognised by its `name` and `code` (so also across a
 * mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isOcdError(error: unknown): error is OcdError {
  return (
    error instanceof Error &&
    NAMES.has(error.name) &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
