import type { ProgrammeReport } from "@scrutineer/checks";
import type { PeopleGroup, ProgrammeEdit, ProgrammeIndex } from "@scrutineer/model";

/**
 * The planner's forms: one spec per kind of record (an item, a meeting, a person, an
 * attendance, a declaration, a piece of preparation, the commission, an event), read by one form engine
 * (state/forms.ts) and one screen (components/form-screen.tsx). A spec says which fields the
 * form has, reads them from the programme, and turns what the officer typed into one
 * `ProgrammeEdit`, every check made by the model's schema. A new kind of record is a new spec
 * beside these and a line in the registry (forms/index.ts).
 */

/** A field's value while the form is open: text, one choice, or several. */
export type FieldValue = string | string[];
export type FormValues = Readonly<Record<string, FieldValue>>;

export interface Choice {
  value: string;
  label: string;
}

interface FieldBase {
  /** The key of its value in `FormValues`. */
  name: string;
  label: string;
  /**
   * Where the field's value goes in the record the schema checks: a complaint of the schema
   * about this path (or inside it) is shown beside this field.
   */
  path: readonly (string | number)[];
}

/**
 * - `text`: typed (the library's TextInput); `hint` is shown while it is empty.
 * - `choice`: one of `options` (Select); `multi`: any of them (MultiSelect).
 * - `open`: a list of records of their own (preparation, declarations), opened with Enter.
 * - `note`: a line to read (what the interest rules say, the id a new record gets); not focused.
 */
export type FieldSpec =
  | (FieldBase & { kind: "text"; hint?: string })
  | (FieldBase & { kind: "choice"; options: readonly Choice[] })
  | (FieldBase & { kind: "multi"; options: readonly Choice[] })
  | (FieldBase & { kind: "open"; list: ListTarget; summary: string })
  | (FieldBase & { kind: "note"; text: string; tone?: "normal" | "good" | "warn" | "bad" });

/** Where a new item goes: after a position on a meeting's agenda, or the backlog. */
export type Placement = { meeting: string; index?: number } | "backlog";

/** What a form edits: an existing record (its id) or a new one (none), and where it belongs. */
export type FormTarget =
  | { kind: "item"; item?: string; at?: Placement }
  | { kind: "meeting"; meeting?: string }
  | { kind: "person"; group?: PeopleGroup; person?: string }
  | { kind: "attendance"; meeting: string }
  | { kind: "declaration"; meeting: string; index?: number }
  | { kind: "preparation"; item: string; index?: number }
  | { kind: "commission" }
  | { kind: "event"; event?: string }
  | { kind: "recommendation"; review: string; recommendation: string }
  | { kind: "outcome"; meeting: string; item: string }
  | { kind: "action"; meeting: string; item: string; index?: number }
  | { kind: "written-answer"; meeting: string; item: string; index?: number };

/** The lists of records with a screen of their own. */
export type ListTarget =
  | { kind: "people" }
  | { kind: "events" }
  | { kind: "declarations"; meeting: string }
  | { kind: "preparation"; item: string }
  | { kind: "recommendations" }
  | { kind: "actions"; meeting: string; item: string }
  | { kind: "written-answers"; meeting: string; item: string };

/** What every spec reads: the programme as it is now, its checks, and today. */
export interface FormContext {
  index: ProgrammeIndex;
  report: ProgrammeReport;
  today: string;
}

export type SubmitResult =
  | { kind: "edit"; edit: ProgrammeEdit }
  | { kind: "errors"; errors: Readonly<Record<string, string>> }
  | { kind: "unchanged" };

export interface FormSpec<T extends FormTarget = FormTarget> {
  /** The form's heading: "New item on Mon 16 Jan 2023", "Edit School Admissions". */
  title(target: T, context: FormContext): string;
  /** The fields, in order; they may depend on what has been typed (a person's list decides their fields). */
  fields(target: T, values: FormValues, context: FormContext): FieldSpec[];
  /** The values the form opens with. */
  initial(target: T, context: FormContext): FormValues;
  /** The edit the values make, or the schema's complaints by field name, or nothing to do. */
  submit(target: T, values: FormValues, initial: FormValues, context: FormContext): SubmitResult;
}

/** An open form. */
export interface FormState {
  target: FormTarget;
  values: FormValues;
  /** The values it opened with: what "changed" is measured against. */
  initial: FormValues;
  /** The focused field's name, or "save" for the Save line. */
  focus: string;
  /** The schema's complaints (or the edit's refusal, under "form"), by field name. */
  errors: Readonly<Record<string, string>>;
}
