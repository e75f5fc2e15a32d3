/**
 * Every error this package throws: one base class with a stable `code` and the offending `value`,
 * so a caller can branch on `error.code` (which survives a mix of the ESM and CommonJS builds,
 * where two copies of a class defeat `instanceof`). The pattern of `@scrutineer/dates`. Three
 * subclasses keep the names callers already catch: a response that cannot be read
 * (`ModernGovResponseError`), an import that cannot be made (`ModernGovImportError`) and a
 * re-import that cannot merge into a file (`ModernGovMergeError`). (`modernGovSite` throws a
 * plain `TypeError` for an address that is not http(s).)
 */

/**
 * Why a response of the web service cannot be read (`parseResponse`):
 * - `"empty"`: nothing but white space; `value` is the text;
 * - `"html-page"`: an HTML page (an error or sign-in page served with status 200); `value` is the
 *   root element's name, `html`, or the page's first 80 characters;
 * - `"not-xml"`: malformed XML; `value` is the parser's reason, and `line`/`column` say where;
 * - `"unknown-root"`: XML of another operation; `value` is the root element's name;
 * - `"missing-element"`: an id or date that cannot be read; `value` is the element's path.
 */
export type ModernGovResponseErrorCode = "empty" | "html-page" | "not-xml" | "unknown-root" | "missing-element";

/**
 * Why `importProgramme` (or `chooseCommittee`) cannot make a programme:
 * - `"bad-year"`: not a municipal year written `2025/26`; `value` is what was given;
 * - `"unknown-committee"`: no committee has that id or name; `value` is the id or name asked for;
 * - `"ambiguous-committee"`: the name matches more than one committee; `value` is the name;
 * - `"no-meetings"`: no GetMeetings response for the committee; `value` is the committee's id;
 * - `"invalid-programme"`: the programme made does not validate (our bug, not the user's);
 *   `value` is the list of problems, each `{ path, message }`.
 */
export type ModernGovImportErrorCode =
  | "bad-year"
  | "unknown-committee"
  | "ambiguous-committee"
  | "no-meetings"
  | "invalid-programme";

/**
 * Why `mergeImport` cannot merge a re-import into a file:
 * - `"invalid-file"`: the file does not read as a programme; `value` is its errors, as
 *   `parseProgramme` returns them;
 * - `"other-committee"` / `"other-year"`: the file is another committee's or year's programme;
 *   `value` is the file's commission id or municipal year;
 * - `"invalid-result"`: the merged text would not validate (our bug); `value` is its errors.
 */
export type ModernGovMergeErrorCode = "invalid-file" | "other-committee" | "other-year" | "invalid-result";

/** Every code of this package's errors: a response, an import or a merge refused. */
export type ModernGovErrorCode = ModernGovResponseErrorCode | ModernGovImportErrorCode | ModernGovMergeErrorCode;

const CODES: ReadonlySet<string> = new Set<ModernGovErrorCode>([
  "empty",
  "html-page",
  "not-xml",
  "unknown-root",
  "missing-element",
  "bad-year",
  "unknown-committee",
  "ambiguous-committee",
  "no-meetings",
  "invalid-programme",
  "invalid-file",
  "other-committee",
  "other-year",
  "invalid-result",
]);
const NAMES: ReadonlySet<string> = new Set([
  "ModernGovError",
  "ModernGovResponseError",
  "ModernGovImportError",
  "ModernGovMergeError",
]);

/**
 * The base class of this package's errors. `line` and `column` (1-based) say where in the input
 * the problem is, when known (malformed XML in a response); otherwise they are undefined.
 *
 * @example
 * try {
 *   parseResponse("<html><body>Sign in</body></html>");
 * } catch (error) {
 *   if (isModernGovError(error) && error.code === "html-page") console.log("a web page, not the web service");
 * }
 */
export class ModernGovError extends Error {
  override readonly name: string = "ModernGovError";
  /** Stable, for branching: see `ModernGovErrorCode`. */
  readonly code: ModernGovErrorCode;
  /** The value refused (a year, a committee, an element, a file's errors), as met. */
  readonly value: unknown;
  /** The 1-based line of the input where the problem is, when known. */
  readonly line: number | undefined;
  /** The 1-based column of the input where the problem is, when known. */
  readonly column: number | undefined;

  constructor(code: ModernGovErrorCode, value: unknown, message: string, at?: { line: number; column: number }) {
    super(message);
    this.code = code;
    this.value = value;
    this.line = at?.line;
    this.column = at?.column;
  }
}

/** A response that is not one the importer can read (`parseResponse`); see `ModernGovResponseErrorCode`. */
export class ModernGovResponseError extends ModernGovError {
  override readonly name = "ModernGovResponseError";
  declare readonly code: ModernGovResponseErrorCode;

  constructor(
    code: ModernGovResponseErrorCode,
    value: unknown,
    message: string,
    at?: { line: number; column: number },
  ) {
    super(code, value, message, at);
  }
}

/**
 * Why `importProgramme` cannot make a programme (see `ModernGovImportErrorCode`); the message
 * says what to pass instead.
 */
export class ModernGovImportError extends ModernGovError {
  override readonly name = "ModernGovImportError";
  declare readonly code: ModernGovImportErrorCode;

  constructor(code: ModernGovImportErrorCode, value: unknown, message: string) {
    super(code, value, message);
  }
}

/** Why a re-import cannot merge into a file (`mergeImport`); see `ModernGovMergeErrorCode`. */
export class ModernGovMergeError extends ModernGovError {
  override readonly name = "ModernGovMergeError";
  declare readonly code: ModernGovMergeErrorCode;

  constructor(code: ModernGovMergeErrorCode, value: unknown, message: string) {
    super(code, value, message);
  }
}

/**
 * True for an error thrown by this package, recognised by its `name` and `code` (so also across a
 * mix of the ESM and CommonJS builds, where `instanceof` fails).
 */
export function isModernGovError(error: unknown): error is ModernGovError {
  return (
    error instanceof Error &&
    NAMES.has(error.name) &&
    "code" in error &&
    typeof error.code === "string" &&
    CODES.has(error.code) &&
    "value" in error
  );
}
