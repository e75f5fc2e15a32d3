import { shortDate } from "@scrutineer/dates";
import type { Item } from "@scrutineer/model";
import type { Key } from "ink";
import type { FormTarget } from "../forms/index.js";
import {
  type Action,
  type Mode,
  type Pane,
  type PlannerState,
  programmeOf,
  selectedItem,
  selectedMeeting,
} from "../state/index.js";
import type { KeyName } from "./key-names.js";

/**
 * An entry of the key table: where it applies (modes, and panes in the normal mode), how the
 * help writes its keys, what it does in words, and for each key the action it makes.
 */

export type ModeKind = Mode["kind"];

export interface KeyBinding {
  keys: KeyName[];
  /** The action in this state; undefined when it has nothing to act on (no item selected, say). */
  action: (state: PlannerState, input: string, key: Key) => Action | undefined;
}

export interface KeyEntry {
  /** The help's section. */
  group: string;
  /** How the help writes the keys: every key bound below appears in it. */
  label: string;
  /** What the help says the keys do. */
  does: string;
  /** The modes it applies in; in the normal mode (and while planning), only in these panes if given. */
  modes: readonly ModeKind[];
  panes?: readonly Pane[];
  /**
   * The keys the help lists here are read by the form's focused field (the Ink UI component:
   * TextInput, Select, MultiSelect), not by the table: `bind` is empty. Listed so that `?` shows
   * every key a form answers to.
   */
  field?: true;
  bind: KeyBinding[];
}

/** A binding that always makes the same action. */
export const act = (action: Action) => (): Action => action;
export const NORMAL = ["normal"] as const;
export const ITEM_PANES = ["agenda", "backlog"] as const;

/** The selected item and its record, for the item keys (undefined when the pane has none). */
export function withItem(
  state: PlannerState,
  make: (id: string, item: Item) => Action | undefined,
): Action | undefined {
  const id = selectedItem(state);
  const item = id === undefined ? undefined : programmeOf(state).items.find((i) => i.id === id);
  return id !== undefined && item ? make(id, item) : undefined;
}

/** An edit of the programme as an action. */
export const edit = (e: Extract<Action, { type: "edit" }>["edit"]): Action => ({ type: "edit", edit: e });

/** What `n` makes here: an item after the selected one on the agenda, or in the backlog; a meeting on the year. */
export function newTarget(state: PlannerState): FormTarget {
  const meeting = selectedMeeting(state);
  if (state.focus === "year") return { kind: "meeting" };
  if (state.focus === "agenda" && meeting) {
    const length = meeting.agenda.length;
    return {
      kind: "item",
      at: length === 0 ? { meeting: meeting.id } : { meeting: meeting.id, index: Math.min(length, state.item + 1) },
    };
  }
  return { kind: "item", at: "backlog" };
}

/** What `e` edits here: the selected item, or the selected meeting on the year. */
export function editTarget(state: PlannerState): Action | undefined {
  if (state.focus === "year") {
    const meeting = selectedMeeting(state);
    return meeting ? { type: "form-open", target: { kind: "meeting", meeting: meeting.id } } : undefined;
  }
  return withItem(state, (id) => ({ type: "form-open", target: { kind: "item", item: id } }));
}

/** What `d` deletes here, asked first: the selected item, or the selected meeting on the year. */
export function deleteTarget(state: PlannerState): Action | undefined {
  if (state.focus === "year") {
    const meeting = selectedMeeting(state);
    if (!meeting) return undefined;
    const n = meeting.agenda.length;
    return {
      type: "ask-delete",
      edit: { type: "delete-meeting", meeting: meeting.id },
      what: `the meeting of ${shortDate(meeting.date)}${n > 0 ? ` (its ${n === 1 ? "item goes" : `${n} items go`} to the backlog)` : ""}`,
    };
  }
  return withItem(state, (id, item) => ({
    type: "ask-delete",
    edit: { type: "delete-item", item: id },
    what: `the item ${item.title}`,
  }));
}
