import type { Key } from "ink";
import { type Action, PLANNING_BUSY, type PlannerState } from "../state/index.js";
import { FORM_KEYS } from "./form-keys.js";
import type { KeyEntry, ModeKind } from "./key-entry.js";
import { type KeyName, keyDisplay, keyMatches } from "./key-names.js";
import { MODE_KEYS } from "./mode-keys.js";
import { NORMAL_KEYS } from "./normal-keys.js";

export type { KeyBinding, KeyEntry } from "./key-entry.js";
export { NO_KEY, splitKeys } from "./key-names.js";

/**
 * The keyboard: one table of keys, read by the input handler (`actionFor`) and by the help
 * overlay (`HELP`), so what `?` lists is exactly what works, and every key that works is listed
 * (keys.test.ts presses every key of the table and every other key, in every mode).
 */
export const KEY_TABLE: readonly KeyEntry[] = [...NORMAL_KEYS, ...FORM_KEYS, ...MODE_KEYS];

/** What a key event resolves to: the table entry, the key that matched, and the action. */
export interface Resolved {
  entry: KeyEntry;
  key: KeyName;
  action: Action;
}

function lookup(state: PlannerState, mode: ModeKind, input: string, key: Key): Resolved | undefined {
  for (const entry of KEY_TABLE) {
    if (!entry.modes.includes(mode)) continue;
    if (mode === "normal" && entry.panes && !entry.panes.includes(state.focus)) continue;
    for (const binding of entry.bind) {
      const name = binding.keys.find((k) => keyMatches(k, input, key));
      if (name === undefined) continue;
      const action = binding.action(state, input, key);
      if (action) return { entry, key: name, action };
    }
  }
  return undefined;
}

/** While the auto-planner works: moving around is fine, nothing that changes the programme. */
const WHILE_PLANNING: ReadonlySet<Action["type"]> = new Set([
  "cursor",
  "cursor-to",
  "focus",
  "focus-next",
  "select-meeting",
  "open-meeting",
  "jump-to-finding",
  "quit-request",
]);

/**
 * The entry a key press meets in this state, and its action. While planning, the mode's own
 * keys come first (Esc stops it); other keys act as in the normal mode when they only move
 * around, and otherwise say that the auto-planner is at work.
 */
export function resolveKey(state: PlannerState, input: string, key: Key): Resolved | undefined {
  const own = lookup(state, state.mode.kind, input, key);
  if (own || state.mode.kind !== "planning") return own;
  const normal = lookup({ ...state, mode: { kind: "normal" } }, "normal", input, key);
  if (!normal || WHILE_PLANNING.has(normal.action.type)) return normal;
  return { ...normal, action: { type: "notice", text: PLANNING_BUSY, tone: "info" } };
}

/** The action a key press means in this state, if any. */
export function actionFor(state: PlannerState, input: string, key: Key): Action | undefined {
  return resolveKey(state, input, key)?.action;
}

export interface KeyHelp {
  keys: string;
  does: string;
}

/** Entries of a key table as the help lists them: by section, in the table's order. */
export function helpGroups(
  entries: readonly { group: string; label: string; does: string }[],
): { title: string; keys: KeyHelp[] }[] {
  const groups: { title: string; keys: KeyHelp[] }[] = [];
  for (const entry of entries) {
    let group = groups.find((g) => g.title === entry.group);
    if (!group) {
      group = { title: entry.group, keys: [] };
      groups.push(group);
    }
    group.keys.push({ keys: entry.label, does: entry.does });
  }
  return groups;
}

/** The `?` help: every entry of the table, by section, in the table's order. */
export const HELP: { title: string; keys: KeyHelp[] }[] = helpGroups(KEY_TABLE);

/** How the help writes each key an entry binds (every one appears in its label). */
export function entryKeys(entry: KeyEntry): string[] {
  return entry.bind.flatMap((b) => b.keys.map(keyDisplay));
}
