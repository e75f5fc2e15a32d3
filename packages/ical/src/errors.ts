/**
 * Every error this package throws about its input: one base class with a stable `code` and the
 * offending `value`, so a caller can branch on `error.code` (which survives a mix of the ESM and
 * CommonJS builds, where two copies of a class defeat `instanceof`). The pattern of
 * `@scrutineer/dates`. (A date or time the dates package cannot read throws its `DatesError`.)
 */

/**
 * What went wrong:
 * - `"unknown-person"`: no councillor or co-optee with that id sits on the commissions given
 *   (`memberCalendar`); `value` is the id;
 * - `"duplicate-event"`: two events with the same key (UID) in one feed or state, as when the same
 *   programme is loaded twice; `value` is the key;
 * - `"invalid-instant"`: not an ISO 8601 instant with a zone (`2022-07-01T09:00:00Z`); `value`
 *   is what was given;
 * - `"invalid-base-url"`: a feed site's base address that is not http(s); `value` is the address.
 */
export type IcalErrorCode = "unknown-person" | "duplicate-event" | "invalid-instant" | "invalid-base-url";

const CODES: ReadonlySet<string> = new Set<IcalErrorCode>([
  "unknown-person",
  "duplicate-event",
  "invalid-instant",
  "invalid-base-url",
]);
const NAMES: ReadonlySet<string> = new Set(["IcalError", "UnknownPersonError", "DuplicateEventError"]);

/**
 * The base class of this package's errors. A `RangeError`: the value was of the wrong form or
 * not among those the function knows.
 *
 * @example
 * try {
 *   memberCalendar(programmeFeed(programme, { now: "2023-01-09T09:00:00Z" }), "no-such-member");
 * } catch (error) {
 *   if (isIcalError(error) && error.code === "unknown-person") console.log(`no member ${String(error.value)}`);
 * }
 */
export class IcalError extends RangeError {
  override readonly name: string = "IcalError";
  /** Stable, for branching: see `IcalErrorCode`. */
  readonly code: IcalErrorCode;
  /** The value refused, as passed. */
  readonly value: unknown;

  constructor(code: IcalErrorCode, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.value = value;
  }
}

/** No councillor or co-optee with that id sits on any of the commissions given. */
export class UnknownPersonError extends IcalError {
  override readonly name = "UnknownPersonError";
  constructor(
    /** The id asked for. */
    readonly person: string,
    /** The ids of those who do sit on the commissions, sorted. */
    readonly known: string[],
  ) {
    super("unknown-person", person, `no councillor or co-optee with the id "${person}" sits on these commissions`);
  }
}

/** Two events with the same UID in one feed: a client would keep only one of them. */
export class DuplicateEventError extends IcalError {
  override readonly name = "DuplicateEventError";
  constructor(
    /** The events' key. */
    readonly key: string,
  ) {
    super("duplicate-event", key, `the event ${key} appears twice: is the same programme loaded twice?`);
  }
}

/**
 * True for an error thrown by this package, recognised by its `name` and `code` (so also across a
 * mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isIcalError(error: unknown): error is IcalError {
  return (
    error instanceof Error &&
    NAMES.has(error.name) &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
