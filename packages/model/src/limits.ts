/**
 * The limits of a programme file, refused with file:line:column before they can exhaust the
 * machine or reach an output. A real programme is small: Hackney's CYP Commission 2022/23 is
 * 23 KB, 48 items and 7 meetings (examples/hackney-cyp-2022-23). docs/limits.md says each
 * limit and why; `parseProgramme(source, file, { limits })` may raise them for a bench.
 */
export interface ProgrammeLimits {
  /** Size of the file in bytes (UTF-8), checked before anything is parsed. */
  maxBytes: number;
  /** Lists and maps inside each other; the deepest real field (a declaration's items) is 6. */
  maxDepth: number;
  /** YAML aliases (`*name`) in the file. */
  maxAliases: number;
  /** Values the aliases stand for, counted after expanding aliases inside aliases (the "billion laughs"). */
  maxAliasValues: number;
  /** Entries of `items:`. */
  maxItems: number;
  /** Entries of `meetings:`. */
  maxMeetings: number;
  /** Errors reported for one file; the rest are counted in a last line. */
  maxErrors: number;
}

/**
 * The limits `parseProgramme` applies before trusting a file (docs/limits.md): at most 1 MiB, YAML nesting
 * 20 deep, 100 aliases expanding to 10,000 values, 1,000 items, 100 meetings, and 100 errors reported.
 * Frozen; pass `ParseOptions.limits` to change them.
 */
export const programmeLimits: Readonly<ProgrammeLimits> = Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: 20,
  maxAliases: 100,
  maxAliasValues: 10_000,
  maxItems: 1_000,
  maxMeetings: 100,
  maxErrors: 100,
});

/** Most minutes one agenda item may be allotted (plain or either end of a range): a day. */
export const MAX_ITEM_MINUTES = 24 * 60;

/**
 * Dates a programme may hold: the Banking and Financial Dealings Act 1971 is the first source of
 * England and Wales bank holidays the deadlines can count on, and beyond 2099 any holiday
 * would be a guess. `@scrutineer/deadlines` tests that its sources cover these years and more.
 */
export const FIRST_PROGRAMME_YEAR = 1972;
/** The last year a programme's dates may fall in: 2099 (see `FIRST_PROGRAMME_YEAR` for why). */
export const LAST_PROGRAMME_YEAR = 2099;
