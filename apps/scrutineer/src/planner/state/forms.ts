import {
  edited,
  type FieldSpec,
  type FieldValue,
  type FormContext,
  type FormState,
  type FormTarget,
  formFor,
  same,
} from "../forms/index.js";
import { say, settle } from "./common.js";
import { agendaIds, backlogIds, current } from "./selectors.js";
import { applyOne, reportOf } from "./snapshot.js";
import { concernReducer, type Mode, type PlannerState } from "./types.js";

/**
 * The forms' reducer: opening a form on a record (or a new one), what is typed or chosen in a
 * field (the field's component reports it), moving between fields, saving (one `ProgrammeEdit`,
 * applied as every edit is: atomic, undoable, journalled) and leaving. The schema's complaints
 * stay beside their fields and the form stays open until the edit applies.
 */
export type FormAction =
  | { type: "form-open"; target: FormTarget }
  | { type: "form-field"; name: string; value: FieldValue }
  | { type: "form-focus"; delta: number }
  | { type: "form-focus-to"; at: "first" | "save" }
  | { type: "form-enter" }
  | { type: "form-submit" }
  | { type: "form-leave" }
  | { type: "form-leave-answer"; answer: "save" | "discard" | "stay" };

/** What every form reads of the planner's state. */
export function formContext(state: PlannerState): FormContext {
  const snapshot = current(state);
  return { index: snapshot.index, report: reportOf(snapshot, state.today), today: state.today };
}

/** The open form's fields as they stand. */
export function formFields(state: PlannerState, form: FormState): FieldSpec[] {
  return formFor(form.target).fields(form.target, form.values, formContext(state));
}

/** The names a form's focus moves through: its fields but the notes, then "save". */
export function focusOrder(fields: readonly FieldSpec[]): string[] {
  return [...fields.filter((f) => f.kind !== "note").map((f) => f.name), "save"];
}

/** The focused field's spec; undefined on the Save line. */
export function focusedField(state: PlannerState, form: FormState): FieldSpec | undefined {
  return formFields(state, form).find((f) => f.name === form.focus);
}

/** Open the form of a record (or of a new one); leaving it comes back to the mode it was opened from. */
export function openForm(state: PlannerState, target: FormTarget): PlannerState {
  const spec = formFor(target);
  const context = formContext(state);
  const values = spec.initial(target, context);
  const fields = spec.fields(target, values, context);
  const form: FormState = { target, values, initial: values, focus: focusOrder(fields)[0] ?? "save", errors: {} };
  return { ...state, mode: { kind: "form", form, back: state.mode } };
}

/** The open form, or undefined in any other mode. */
function openOne(state: PlannerState): { form: FormState; back: Mode } | undefined {
  return state.mode.kind === "form" || state.mode.kind === "confirm-leave" ? state.mode : undefined;
}

function withForm(state: PlannerState, form: FormState): PlannerState {
  const open = openOne(state);
  return open ? { ...state, mode: { kind: "form", form, back: open.back } } : state;
}

function moveFocus(state: PlannerState, form: FormState, delta: number): PlannerState {
  const order = focusOrder(formFields(state, form));
  const at = Math.max(0, order.indexOf(form.focus));
  const next = order[Math.max(0, Math.min(order.length - 1, at + delta))] ?? "save";
  return withForm(state, { ...form, focus: next });
}

/** After a new record is saved: the cursor on it, where the officer will look for it. */
function select(state: PlannerState, target: FormTarget): PlannerState {
  const edit = current(state).edit;
  if (edit?.type === "add-item") {
    const at = agendaIds(state).indexOf(edit.item.id);
    if (at >= 0) return { ...state, focus: "agenda", item: at };
    const inBacklog = backlogIds(state).indexOf(edit.item.id);
    if (inBacklog >= 0) return { ...state, focus: "backlog", backlog: inBacklog };
  }
  if (edit?.type === "add-meeting" && target.kind === "meeting")
    return { ...state, meetingId: edit.meeting.id, focus: "year" };
  return state;
}

function submit(state: PlannerState): PlannerState {
  const open = openOne(state);
  if (!open) return state;
  const { form, back } = open;
  const result = formFor(form.target).submit(form.target, form.values, form.initial, formContext(state));
  if (result.kind === "errors") {
    const order = focusOrder(formFields(state, form));
    const first = order.find((name) => result.errors[name]) ?? form.focus;
    return withForm(state, { ...form, errors: result.errors, focus: first });
  }
  const closed: PlannerState = { ...state, mode: back };
  if (result.kind === "unchanged") return say(closed, "Nothing changed");
  const applied = applyOne(closed, result.edit);
  // Refused (a record of a meeting names it, the file would not read back…): the form stays, saying why.
  if (applied.index === state.index)
    return withForm(state, { ...form, errors: { form: applied.message?.text ?? "The change was not applied" } });
  return settle(select(applied, form.target));
}

export const forms = concernReducer<FormAction>({
  "form-open": (s, a) => openForm(s, a.target),
  "form-field": (s, a) => {
    // A field's component may report after its form has closed: nothing to do then.
    if (s.mode.kind !== "form") return s;
    const form = s.mode.form;
    if (!formFields(s, form).some((f) => f.name === a.name)) return s;
    // The library's Select reports its chosen value again on every render: the same value is no
    // change, and the same state back lets React stop there rather than render (and report) again.
    if (same(form.values[a.name], a.value) && !form.errors[a.name]) return s;
    const { [a.name]: _fixed, ...errors } = form.errors;
    return withForm(s, { ...form, values: { ...form.values, [a.name]: a.value }, errors });
  },
  "form-focus": (s, a) => (s.mode.kind === "form" ? moveFocus(s, s.mode.form, a.delta) : s),
  "form-focus-to": (s, a) => {
    if (s.mode.kind !== "form") return s;
    const order = focusOrder(formFields(s, s.mode.form));
    return withForm(s, { ...s.mode.form, focus: a.at === "save" ? "save" : (order[0] ?? "save") });
  },
  "form-enter": (s) => {
    if (s.mode.kind !== "form") return s;
    const form = s.mode.form;
    if (form.focus === "save") return submit(s);
    const field = focusedField(s, form);
    if (field?.kind === "open") return { ...s, mode: { kind: "list", list: field.list, cursor: 0, back: s.mode } };
    return moveFocus(s, form, 1);
  },
  "form-submit": submit,
  "form-leave": (s) => {
    const open = openOne(s);
    if (!open) return s;
    if (edited(open.form.values, open.form.initial))
      return { ...s, mode: { kind: "confirm-leave", form: open.form, back: open.back } };
    return { ...s, mode: open.back };
  },
  "form-leave-answer": (s, a) => {
    if (s.mode.kind !== "confirm-leave") return s;
    if (a.answer === "stay") return { ...s, mode: { kind: "form", form: s.mode.form, back: s.mode.back } };
    if (a.answer === "discard") return say({ ...s, mode: s.mode.back }, "Left the form: nothing changed");
    return submit(s);
  },
});
