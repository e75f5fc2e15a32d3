import type { ProgrammeEdit } from "@scrutineer/model";
import type { FormContext, FormTarget, ListTarget } from "../forms/index.js";

/**
 * The planner's lists of records with a screen of their own: everyone on the programme, a
 * meeting's record of the night (attendance, declarations, and what the interest rules make of
 * them), an item's preparation, the reviews' recommendations. Each row opens a form (`e`), is
 * deleted (`d`, asked first), and `n` opens the form of a new one, where the list allows it.
 */

/** How a line is coloured (the tones of the planner's screen). */
export type Tone = "normal" | "dim" | "good" | "warn" | "bad" | "accent";

export interface ListLine {
  text: string;
  tone?: Tone;
}

export interface ListRow extends ListLine {
  /** The form that edits the row's record. */
  edit: FormTarget;
  /** The edit that deletes it, and how the question names it; absent where rows are not deleted here. */
  remove?: { edit: ProgrammeEdit; what: string };
}

export interface ListSpec<T extends ListTarget = ListTarget> {
  title(target: T, context: FormContext): string;
  /** Lines above the rows (the attendance recorded). */
  header(target: T, context: FormContext): ListLine[];
  rows(target: T, context: FormContext): ListRow[];
  /** Lines below the rows (what the interest rules say for each item). */
  footer(target: T, context: FormContext): ListLine[];
  /** The form of a new record; absent where records are not added here (a review's recommendations). */
  create?(target: T, context: FormContext): FormTarget;
  /** Why rows are neither added (`n`) nor deleted (`d`) here, where they are not. */
  notHere?: string;
  /** What the list says when it has no rows. */
  empty: string;
}
