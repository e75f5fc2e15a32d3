import { plural } from "@scrutineer/model";
import type { Journal } from "../../io/journal.js";
import { say, settle } from "./common.js";
import { current, isDirty } from "./selectors.js";
import { applyOne, snapshotOf } from "./snapshot.js";
import { concernReducer, type PlannerState } from "./types.js";

/**
 * Keeping the work: saving (the edge writes the file and answers), the journal of unsaved edits
 * and its recovery on the next start, and quitting without losing anything.
 */
export type PersistenceAction =
  | { type: "save-request"; force?: boolean; after?: "quit" }
  | { type: "save-finished"; index: number; hash: string }
  | { type: "save-failed"; error: string }
  | { type: "save-conflict" }
  | { type: "recover"; accept: boolean }
  | { type: "quit-request" }
  | { type: "quit-confirm"; choice: "save" | "discard" | "keep" };

/** The journal to write for this state: null when nothing is unsaved. */
export function journalFor(state: PlannerState): Journal | null {
  if (!isDirty(state)) return null;
  const snapshot = current(state);
  const from = state.savedIndex;
  // Edits since the save, when the current state lies after it on the undo list.
  const steps = from !== null && from <= state.index ? state.history.slice(from + 1, state.index + 1) : [];
  return {
    version: 1,
    file: state.file.split(/[\\/]/).pop() ?? state.file,
    baseHash: state.baseHash,
    edits: steps.flatMap((s) => (s.edit ? [s.edit] : [])),
    descriptions: steps.length > 0 ? steps.map((s) => s.description ?? "") : ["Unsaved changes"],
    source: snapshot.source,
  };
}

/** Replay the journal's edits as separate undoable versions, falling back to its text when they no longer apply. */
function recover(state: PlannerState, journal: Journal): PlannerState {
  let s: PlannerState = { ...state, mode: { kind: "normal" }, journalling: true };
  for (const edit of journal.edits) {
    const next = applyOne(s, edit);
    if (next.index === s.index) break; // an edit that no longer applies: fall back to the journal's text
    s = next;
  }
  if (current(s).source !== journal.source) {
    const whole = snapshotOf(journal.source, state.today, state.file, state.parse);
    if (!whole.ok)
      return say(
        { ...state, mode: { kind: "normal" }, journalling: true },
        `Could not recover: ${whole.error}`,
        "error",
      );
    const history = [
      ...s.history.slice(0, s.index + 1),
      { ...whole.value, description: "Unsaved changes from the journal" },
    ];
    s = { ...s, history, index: history.length - 1 };
  }
  const n = s.index;
  return settle(say(s, `Recovered ${plural(n, "unsaved edit")} (not saved yet: s to save, u to undo)`, "success"));
}

function requestSave(s: PlannerState, action: { force?: boolean; after?: "quit" }): PlannerState {
  if (s.saving) return s;
  if (!isDirty(s)) {
    if (action.after === "quit") return { ...s, quit: "clean" };
    return say(s, `No changes to save in ${s.file}`);
  }
  return {
    ...s,
    mode: { kind: "normal" },
    saving: { index: s.index, force: action.force ?? false, ...(action.after ? { after: action.after } : {}) },
    message: { text: `Saving ${s.file}…`, tone: "info" },
  };
}

/** Declining the journal's edits discards them; the journal writes start again. */
export function declineRecovery(s: PlannerState): PlannerState {
  return say({ ...s, mode: { kind: "normal" }, journalling: true }, "Discarded the unsaved edits from last time");
}

export const persistence = concernReducer<PersistenceAction>({
  "save-request": requestSave,
  "save-finished": (s, a) => {
    const after = s.saving?.after;
    const saved: PlannerState = { ...s, saving: undefined, savedIndex: a.index, baseHash: a.hash };
    if (after === "quit" && a.index === s.index) return { ...saved, quit: "clean" };
    return say(saved, `Saved ${s.file}${a.index === s.index ? "" : " (as it was when s was pressed)"}`, "success");
  },
  "save-failed": (s, a) => say({ ...s, saving: undefined }, `Not saved: ${a.error}`, "error"),
  "save-conflict": (s) => ({
    ...s,
    mode: { kind: "confirm-overwrite", ...(s.saving?.after ? { after: s.saving.after } : {}) },
    saving: undefined,
  }),
  recover: (s, a) => {
    if (s.mode.kind !== "recover") return s;
    return a.accept ? recover(s, s.mode.journal) : declineRecovery(s);
  },
  "quit-request": (s) => {
    if (s.mode.kind === "confirm-quit") return { ...s, quit: "keep" }; // asked twice: leave, keeping the journal
    if (!isDirty(s)) return { ...s, quit: "clean" };
    return { ...s, mode: { kind: "confirm-quit" } };
  },
  "quit-confirm": (s, a) =>
    a.choice === "save" ? requestSave({ ...s, mode: { kind: "normal" } }, { after: "quit" }) : { ...s, quit: a.choice },
});
