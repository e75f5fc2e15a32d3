import { focusedField, type PlannerState } from "../state/index.js";
import { act, type KeyEntry } from "./key-entry.js";

/**
 * The keys of the forms and the list screens. In a form the focused field is an Ink UI
 * component (TextInput, Select, MultiSelect) that reads its own keys (typing; ↑ ↓ Enter in a
 * list of choices; Space in a list of several): the table moves between fields, saves and
 * leaves, and lists the fields' keys too (`field: true`) so that `?` shows them all.
 */

/** The kind of the focused field, or "save" on the Save line. */
function focusedKind(state: PlannerState): string {
  if (state.mode.kind !== "form") return "none";
  if (state.mode.form.focus === "save") return "save";
  return focusedField(state, state.mode.form)?.kind ?? "none";
}

/** Whether ↑ ↓ move between fields here: everywhere but in a list of choices, which takes them. */
const arrowsMove = (state: PlannerState) => !["choice", "multi"].includes(focusedKind(state));

export const FORM_KEYS: readonly KeyEntry[] = [
  // --- Forms -----------------------------------------------------------------------------------
  {
    group: "Forms (n new, e edit)",
    label: "Tab  Shift-Tab",
    does: "next / previous field",
    modes: ["form"],
    bind: [
      { keys: ["tab"], action: act({ type: "form-focus", delta: 1 }) },
      { keys: ["shift-tab"], action: act({ type: "form-focus", delta: -1 }) },
    ],
  },
  {
    group: "Forms (n new, e edit)",
    label: "↓ ↑",
    does: "next / previous field (in a list of choices: the next / previous choice)",
    modes: ["form"],
    bind: [
      { keys: ["down"], action: (s) => (arrowsMove(s) ? { type: "form-focus", delta: 1 } : undefined) },
      { keys: ["up"], action: (s) => (arrowsMove(s) ? { type: "form-focus", delta: -1 } : undefined) },
    ],
  },
  {
    group: "Forms (n new, e edit)",
    label: "Enter",
    does: "next field; on a list of records, open it; on Save, save the form",
    modes: ["form"],
    bind: [{ keys: ["enter"], action: (s) => (focusedKind(s) === "choice" ? undefined : { type: "form-enter" }) }],
  },
  {
    group: "Forms (n new, e edit)",
    label: "End  Home",
    does: "go to Save / to the first field",
    modes: ["form"],
    bind: [
      { keys: ["end"], action: act({ type: "form-focus-to", at: "save" }) },
      { keys: ["home"], action: act({ type: "form-focus-to", at: "first" }) },
    ],
  },
  {
    group: "Forms (n new, e edit)",
    label: "Esc",
    does: "leave the form (asks whether to save what changed)",
    modes: ["form"],
    bind: [{ keys: ["esc"], action: act({ type: "form-leave" }) }],
  },
  {
    group: "Forms (n new, e edit)",
    label: "letters ← → Backspace",
    does: "a text field: type, move in the text, rub out (⏎ marks a line break)",
    modes: ["form"],
    field: true,
    bind: [],
  },
  {
    group: "Forms (n new, e edit)",
    label: "↑ ↓ Enter",
    does: "a list of choices: highlight one, Enter chooses it (✔); Tab moves on",
    modes: ["form"],
    field: true,
    bind: [],
  },
  {
    group: "Forms (n new, e edit)",
    label: "↑ ↓ Space",
    does: "a list of several: highlight one, Space ticks or unticks it (✔)",
    modes: ["form"],
    field: true,
    bind: [],
  },
  {
    group: "Forms (n new, e edit)",
    label: "y Enter  n  Esc",
    does: "leaving with changes: save / drop them / go on editing",
    modes: ["confirm-leave"],
    bind: [
      { keys: ["y", "enter"], action: act({ type: "form-leave-answer", answer: "save" }) },
      { keys: ["n"], action: act({ type: "form-leave-answer", answer: "discard" }) },
      { keys: ["esc"], action: act({ type: "form-leave-answer", answer: "stay" }) },
    ],
  },
  // --- Lists -----------------------------------------------------------------------------------
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "↑ ↓  k j",
    does: "previous / next row",
    modes: ["list"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "list-cursor", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "list-cursor", delta: 1 }) },
    ],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "n",
    does: "new: a person, a declaration of interest, an event, a piece of preparation",
    modes: ["list"],
    bind: [{ keys: ["n"], action: act({ type: "list-new" }) }],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "e  Enter",
    does: "edit the row",
    modes: ["list"],
    bind: [{ keys: ["e", "enter"], action: act({ type: "list-edit" }) }],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "d  Del",
    does: "delete the row (asks first)",
    modes: ["list"],
    bind: [{ keys: ["d", "delete"], action: act({ type: "list-delete" }) }],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "a",
    does: "the night: record the attendance",
    modes: ["list"],
    bind: [
      {
        keys: ["a"],
        action: (s) =>
          s.mode.kind === "list" && s.mode.list.kind === "declarations"
            ? { type: "form-open", target: { kind: "attendance", meeting: s.mode.list.meeting } }
            : undefined,
      },
    ],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "Esc  ←  h",
    does: "back",
    modes: ["list"],
    bind: [{ keys: ["esc", "left", "h"], action: act({ type: "cancel" }) }],
  },
  {
    group: "Lists (people, the night, events, recommendations, preparation)",
    label: "Ctrl-C",
    does: "in a form or a list: quit (asks first if anything is unsaved)",
    modes: ["form", "list", "confirm-leave", "confirm-delete"],
    bind: [{ keys: ["ctrl-c"], action: act({ type: "quit-request" }) }],
  },
  {
    group: "Questions",
    label: "y Enter  n Esc",
    does: "delete: yes / no",
    modes: ["confirm-delete"],
    bind: [
      { keys: ["y", "enter"], action: act({ type: "delete-answer", yes: true }) },
      { keys: ["n", "esc"], action: act({ type: "delete-answer", yes: false }) },
    ],
  },
];
