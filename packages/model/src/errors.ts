/**
 * Every error this package throws: one base class with a stable `code` and the offending `value`,
 * so a caller can branch on `error.code` (which survives a mix of the ESM and CommonJS builds,
 * where two copies of a class defeat `instanceof`). The pattern of `@scrutineer/dates`.
 * (Reading a programme file does not throw: `parseProgramme` returns its errors.)
 */

/**
 * What went wrong:
 * - `"invalid-file"`: the programme text has YAML errors, or is not a map of fields; `value` is
 *   the first YAML error's message, or the document's contents;
 * - `"unknown-item"` / `"unknown-meeting"`: no item or meeting has that id; `value` is the id;
 * - `"invalid-minutes"`: not a number of minutes or a range such as `30-45`; `value` is what was given;
 * - `"item-not-placed"`: an item to reorder is on no agenda and not in the backlog; `value` is its id;
 * - `"item-declared"`: a declaration of interest at the item's meeting names it, so it cannot
 *   leave that meeting; `value` is the item's id;
 * - `"invalid-date"`: a meeting moved to something other than a real date written `YYYY-MM-DD`;
 *   `value` is what was given;
 * - `"unknown-event"`: no event (`events:`) has that id; `value` is the id;
 * - `"unknown-person"`: no member, co-optee, officer or Cabinet member on that list has the id;
 *   `value` is the id;
 * - `"invalid-field"`: a field of a record (an item, a meeting, a person) that its schema refuses,
 *   or a field an edit may not set; `value` is `{ field, value }`;
 * - `"duplicate-id"`: a new record takes an id already in use; `value` is the id;
 * - `"still-named"`: a record to delete is named elsewhere (a person on an item or in an
 *   attendance, an item in a declaration); `value` is its id;
 * - `"meeting-recorded"`: a meeting to delete has attendance or declarations recorded (cancel it
 *   instead); `value` is its id;
 * - `"item-recorded"`: an item to move has its outcome (or resolutions, actions, written answers)
 *   recorded at its meeting, which moving would drop; `value` is the item's id;
 * - `"unknown-review"` / `"unknown-recommendation"`: no review (`reviews:`) has that id, or that
 *   review has no recommendation with that id; `value` is the id.
 */
export type ModelErrorCode =
  | "invalid-file"
  | "unknown-item"
  | "unknown-meeting"
  | "invalid-minutes"
  | "item-not-placed"
  | "item-declared"
  | "invalid-date"
  | "unknown-event"
  | "unknown-person"
  | "invalid-field"
  | "duplicate-id"
  | "still-named"
  | "meeting-recorded"
  | "item-recorded"
  | "unknown-review"
  | "unknown-recommendation";

const CODES: ReadonlySet<string> = new Set<ModelErrorCode>([
  "invalid-file",
  "unknown-item",
  "unknown-meeting",
  "invalid-minutes",
  "item-not-placed",
  "item-declared",
  "invalid-date",
  "unknown-event",
  "unknown-person",
  "invalid-field",
  "duplicate-id",
  "still-named",
  "meeting-recorded",
  "item-recorded",
  "unknown-review",
  "unknown-recommendation",
]);
const NAMES: ReadonlySet<string> = new Set(["ModelError", "ProgrammeEditError"]);

/**
 * The base class of this package's errors.
 *
 * @example
 * try {
 *   applyEditToSource(source, { type: "move-item", item: "send-strategy", to: "backlog" });
 * } catch (error) {
 *   if (isModelError(error) && error.code === "unknown-item") console.log(`no item ${String(error.value)}`);
 * }
 */
export class ModelError extends Error {
  override readonly name: string = "ModelError";
  /** Stable, for branching: see `ModelErrorCode`. */
  readonly code: ModelErrorCode;
  /** The value refused (an id, minutes, a date), as passed. */
  readonly value: unknown;

  constructor(code: ModelErrorCode, value: unknown, message: string) {
    super(message);
    this.code = code;
    this.value = value;
  }
}

/** An edit that cannot apply to this programme (unknown item or meeting, invalid minutes or date, …). */
export class ProgrammeEditError extends ModelError {
  override readonly name = "ProgrammeEditError";
}

/**
 * True for an error thrown by this package, recognised by its `name` and `code` (so also across a
 * mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isModelError(error: unknown): error is ModelError {
  return (
    error instanceof Error &&
    NAMES.has(error.name) &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
