import { addDays, shortDate } from "@scrutineer/dates";
import {
  type AgendaOutcome,
  IsoDate,
  type ItemStatus,
  type Minutes,
  Minutes as MinutesSchema,
  minutesRange,
  type ProgrammeEdit,
} from "@scrutineer/model";
import { clamp, say, settle } from "./common.js";
import { current, moveTargets, programmeOf, selectedItem, selectedMeeting } from "./selectors.js";
import { applyOne } from "./snapshot.js";
import { concernReducer, type Mode, type PlannerState, type Result } from "./types.js";

/** Changing the programme: an edit, undo and redo, and the prompts that lead to an edit (move, minutes, date). */
export type EditingAction =
  | { type: "edit"; edit: ProgrammeEdit }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "begin-move" }
  | { type: "move-target"; delta: number }
  | { type: "confirm-move" }
  | { type: "begin-minutes" }
  | { type: "begin-date" }
  | { type: "prompt-type"; text: string }
  | { type: "prompt-backspace" }
  | { type: "prompt-step"; days: number }
  | { type: "prompt-submit" };

const STATUS_CYCLE: readonly ItemStatus[] = ["confirmed", "to-be-scoped", "tbc", "withdrawn"];

export function nextStatus(status: ItemStatus): ItemStatus {
  return STATUS_CYCLE[(STATUS_CYCLE.indexOf(status) + 1) % STATUS_CYCLE.length]!;
}

/** Outcomes in the order `o` steps through them: none recorded, then as the minutes word them. */
const OUTCOME_CYCLE: readonly (AgendaOutcome | null)[] = [null, "taken", "noted", "deferred", "withdrawn"];

/** The outcome after `outcome` in the cycle (none → taken → noted → deferred → withdrawn → none). */
export function nextOutcome(outcome: AgendaOutcome | undefined): AgendaOutcome | null {
  return OUTCOME_CYCLE[(OUTCOME_CYCLE.indexOf(outcome ?? null) + 1) % OUTCOME_CYCLE.length]!;
}

/** Minutes stepped by `delta` (a range moves both ends), never below zero. */
export function stepMinutes(minutes: Minutes | undefined, delta: number): Minutes {
  if (minutes === undefined) return Math.max(0, delta);
  const { min, max } = minutesRange(minutes);
  const lo = Math.max(0, min + delta);
  const hi = Math.max(lo, max + delta);
  return lo === hi ? lo : `${lo}-${hi}`;
}

/** What an officer typed as minutes: "45", "30-45", "30 - 45"; empty clears them. */
export function parseMinutesInput(text: string): Result<Minutes | null> {
  const t = text.trim();
  if (t === "") return { ok: true, value: null };
  const value: unknown = /^\d+$/.test(t) ? Number(t) : t.replace(/\s+/g, "");
  const parsed = MinutesSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `"${t}" is not minutes: write 45 or a range such as 30-45` };
  return { ok: true, value: parsed.data };
}

/** The date prompt's reading of its text, for display: "Mon 23 Jan 2023" or undefined. */
export function promptDate(text: string): string | undefined {
  return IsoDate.safeParse(text.trim()).success ? shortDate(text.trim()) : undefined;
}

function submitPrompt(state: PlannerState): PlannerState {
  const mode = state.mode;
  if (mode.kind === "minutes") {
    const parsed = parseMinutesInput(mode.text);
    if (!parsed.ok) return say(state, parsed.error, "error");
    return applyOne(
      { ...state, mode: { kind: "normal" } },
      { type: "set-minutes", item: mode.item, minutes: parsed.value },
    );
  }
  if (mode.kind === "date") {
    const parsed = IsoDate.safeParse(mode.text.trim());
    if (!parsed.success) return say(state, `"${mode.text}" is not a date: write it as YYYY-MM-DD`, "error");
    return applyOne(
      { ...state, mode: { kind: "normal" } },
      { type: "move-meeting", meeting: mode.meeting, date: parsed.data },
    );
  }
  return state;
}

export const editing = concernReducer<EditingAction>({
  edit: (s, a) => applyOne(s, a.edit),
  undo: (s) => {
    if (s.index === 0) return say(s, "Nothing to undo");
    const undone = current(s).description ?? "edit";
    return settle(say({ ...s, index: s.index - 1 }, `Undid: ${undone} · r redo`));
  },
  redo: (s) => {
    if (s.index >= s.history.length - 1) return say(s, "Nothing to redo");
    const next = { ...s, index: s.index + 1 };
    return settle(say(next, `Redid: ${current(next).description ?? "edit"}`));
  },
  "begin-move": (s) => {
    const item = selectedItem(s);
    if (!item) return say(s, "Select an item on an agenda or in the backlog first (Tab to change pane)");
    const targets = moveTargets(s);
    const at = s.focus === "backlog" ? targets.indexOf(s.meetingId ?? "") : targets.indexOf("backlog");
    return { ...s, mode: { kind: "move", item, target: Math.max(0, at) } };
  },
  "move-target": (s, a) => {
    if (s.mode.kind !== "move") return s;
    const targets = moveTargets(s);
    return { ...s, mode: { ...s.mode, target: clamp(s.mode.target + a.delta, targets.length) } };
  },
  "confirm-move": (s) => {
    if (s.mode.kind !== "move") return s;
    const target = moveTargets(s)[s.mode.target];
    const back = { ...s, mode: { kind: "normal" } as Mode };
    if (!target) return back;
    return applyOne(back, {
      type: "move-item",
      item: s.mode.item,
      to: target === "backlog" ? "backlog" : { meeting: target },
    });
  },
  "begin-minutes": (s) => {
    const item = selectedItem(s);
    if (!item) return say(s, "Select an item first");
    const minutes = programmeOf(s).items.find((i) => i.id === item)?.minutes;
    return { ...s, mode: { kind: "minutes", item, text: minutes === undefined ? "" : String(minutes), fresh: true } };
  },
  "begin-date": (s) => {
    const meeting = selectedMeeting(s);
    if (!meeting) return s;
    return { ...s, mode: { kind: "date", meeting: meeting.id, text: meeting.date, fresh: true } };
  },
  "prompt-type": (s, a) => {
    if (s.mode.kind !== "minutes" && s.mode.kind !== "date") return s;
    return { ...s, mode: { ...s.mode, text: ((s.mode.fresh ? "" : s.mode.text) + a.text).slice(0, 20), fresh: false } };
  },
  "prompt-backspace": (s) => {
    if (s.mode.kind !== "minutes" && s.mode.kind !== "date") return s;
    return { ...s, mode: { ...s.mode, text: s.mode.text.slice(0, -1), fresh: false } };
  },
  "prompt-step": (s, a) => {
    if (s.mode.kind !== "date" || !IsoDate.safeParse(s.mode.text).success) return s;
    return { ...s, mode: { ...s.mode, text: addDays(s.mode.text, a.days), fresh: false } };
  },
  "prompt-submit": submitPrompt,
});
