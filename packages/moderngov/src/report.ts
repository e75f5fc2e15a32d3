import * as z from "zod";

/**
 * Why something in ModernGov's answer is not (or not wholly) in the programme:
 * - `not-mapped`: the programme has no place for it yet (party, ward, papers, printed numbers, a substitute whose member is not named…);
 * - `unread-element`: an element the importer does not read, with its value;
 * - `personal-data-dropped`: personal data (home addresses…) dropped unread; its value is never shown;
 * - `unrecognised-value`: a status or time the importer could not read;
 * - `other-install`: a saved response from another ModernGov site, left out;
 * - `not-in-selection`: a meeting outside the chosen year, or a response about another committee or meeting;
 * - `filled-in`: a field the programme needs that ModernGov does not hold, filled in for the officer to check;
 * - `text-cleaned`: characters the file format refuses (control characters, bidi overrides, a line break in
 *   a one-line field: docs/limits.md) taken out of the data's text.
 */
export const ImportNoteCode = z.enum([
  "not-mapped",
  "unread-element",
  "personal-data-dropped",
  "unrecognised-value",
  "other-install",
  "not-in-selection",
  "filled-in",
  "text-cleaned",
]);
export type ImportNoteCode = z.infer<typeof ImportNoteCode>;

/** One line of the import report: where it came from, the element, its value (never for personal data) and what happened. */
export const ImportNote = z.strictObject({
  code: ImportNoteCode,
  /** The response it came from: a file name, or the operation for a live import. */
  source: z.string(),
  element: z.string().optional(),
  value: z.string().optional(),
  message: z.string().min(1),
});
export type ImportNote = z.infer<typeof ImportNote>;

/** The words the report prints before each kind of note. */
export const NOTE_LABELS: Record<ImportNoteCode, string> = {
  "not-mapped": "not mapped (the model has no place for it yet)",
  "unread-element": "not read",
  "personal-data-dropped": "personal data dropped",
  "unrecognised-value": "not recognised",
  "other-install": "another site: not used",
  "not-in-selection": "not in the selection",
  "filled-in": "filled in: check it",
  "text-cleaned": "invisible characters taken out",
};

/** Adds a line to an import's report (`element` and `value` when there are any). */
export type ImportNotes = (
  code: ImportNoteCode,
  source: string,
  message: string,
  element?: string,
  value?: string,
) => void;
