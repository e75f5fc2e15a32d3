import type { ProgrammeEdit } from "@scrutineer/model";
import type { ListTarget } from "../forms/index.js";
import { listFor } from "../lists/index.js";
import { clamp, say } from "./common.js";
import { formContext, openForm } from "./forms.js";
import { applyOne } from "./snapshot.js";
import { concernReducer, type Mode, type PlannerState } from "./types.js";

/**
 * The lists' reducer: opening a list screen, its cursor, a new row or the row's form, and
 * deleting, asked first wherever it starts (a list's row, an item, a meeting).
 */
export type ListAction =
  | { type: "list-open"; list: ListTarget }
  | { type: "list-cursor"; delta: number }
  | { type: "list-new" }
  | { type: "list-edit" }
  | { type: "list-delete" }
  | { type: "ask-delete"; edit: ProgrammeEdit; what: string }
  | { type: "delete-answer"; yes: boolean };

/** The rows of the open list (none in any other mode). */
export function listRows(state: PlannerState) {
  if (state.mode.kind !== "list") return [];
  return listFor(state.mode.list).rows(state.mode.list, formContext(state));
}

export const lists = concernReducer<ListAction>({
  "list-open": (s, a) => ({ ...s, mode: { kind: "list", list: a.list, cursor: 0, back: s.mode } }),
  "list-cursor": (s, a) =>
    s.mode.kind === "list"
      ? { ...s, mode: { ...s.mode, cursor: clamp(s.mode.cursor + a.delta, Math.max(1, listRows(s).length)) } }
      : s,
  "list-new": (s) => {
    if (s.mode.kind !== "list") return s;
    const spec = listFor(s.mode.list);
    if (!spec.create) return say(s, spec.notHere ?? "Nothing is added here");
    return openForm(s, spec.create(s.mode.list, formContext(s)));
  },
  "list-edit": (s) => {
    if (s.mode.kind !== "list") return s;
    const row = listRows(s)[s.mode.cursor];
    return row ? openForm(s, row.edit) : s;
  },
  "list-delete": (s) => {
    if (s.mode.kind !== "list") return s;
    const row = listRows(s)[s.mode.cursor];
    if (!row) return s;
    if (!row.remove) return say(s, listFor(s.mode.list).notHere ?? "Nothing is deleted here");
    return { ...s, mode: { kind: "confirm-delete", edit: row.remove.edit, what: row.remove.what, back: s.mode } };
  },
  "ask-delete": (s, a) => ({ ...s, mode: { kind: "confirm-delete", edit: a.edit, what: a.what, back: s.mode } }),
  "delete-answer": (s, a) => {
    if (s.mode.kind !== "confirm-delete") return s;
    const back: Mode = s.mode.back;
    if (!a.yes) return say({ ...s, mode: back }, "Nothing deleted");
    const applied = applyOne({ ...s, mode: back }, s.mode.edit);
    if (applied.mode.kind !== "list") return applied;
    const rows = listRows(applied).length;
    return { ...applied, mode: { ...applied.mode, cursor: clamp(applied.mode.cursor, Math.max(1, rows)) } };
  },
});
