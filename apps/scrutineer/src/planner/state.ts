import { checkProgramme } from "@scrutineer/checks";
import { addDays, formatDate } from "@scrutineer/deadlines";
import {
  agendaItemId,
  applyEditToSource,
  describeEdit,
  type Finding,
  formatProgrammeError,
  IsoDate,
  type ItemStatus,
  type Minutes,
  Minutes as MinutesSchema,
  meetingOfItem,
  meetingsInOrder,
  minutesRange,
  type Programme,
  type ProgrammeEdit,
  ProgrammeEditError,
  parseProgramme,
} from "@scrutineer/model";
import type { Journal, Recovery } from "../io/journal.js";
import { type Decision, type Proposal, reviewRows } from "./review.js";

/**
 * The planner's state and its pure reducer. Every key press becomes an `Action`; edits go
 * through `applyEditToSource` (the model package) and every finding comes from
 * `checkProgramme`, so the planner holds no scrutiny rules of its own. Undo and redo walk a
 * list of snapshots of the file's text.
 */

export interface Snapshot {
  source: string;
  programme: Programme;
  findings: Finding[];
  /** The edit that led here from the snapshot before (none for the file as opened). */
  edit?: ProgrammeEdit;
  description?: string;
}

export type Pane = "year" | "agenda" | "backlog" | "checks";
export const PANES: readonly Pane[] = ["year", "agenda", "backlog", "checks"];

export type ExportKind = "ical" | "work-programme" | "front-sheet" | "all";

export type Mode =
  | { kind: "normal" }
  | { kind: "help"; scroll: number }
  | { kind: "move"; item: string; target: number }
  /** `fresh`: the text is the current value, shown selected; the first key typed replaces it. */
  | { kind: "minutes"; item: string; text: string; fresh: boolean }
  | { kind: "date"; meeting: string; text: string; fresh: boolean }
  | { kind: "export" }
  | { kind: "confirm-quit" }
  | { kind: "confirm-overwrite"; after?: "quit" }
  | { kind: "recover"; journal: Journal }
  | { kind: "refused"; reason: string; keptAt: string }
  /** The auto-planner is working on the programme as it was at history `from`; leaving this mode cancels it. */
  | { kind: "planning"; run: number; from: number; label: string }
  /** The auto-planner's proposal, change by change; `decisions[i]` is the officer's answer to change i. */
  | { kind: "review"; proposal: Proposal; cursor: number; decisions: (Decision | undefined)[] };

export interface Message {
  text: string;
  tone: "info" | "success" | "error";
}

export interface PlannerState {
  file: string;
  today: string;
  history: Snapshot[];
  index: number;
  /** The snapshot that matches the file on disk; null when none does (an undo went past a save and a new edit followed). */
  savedIndex: number | null;
  /** Hash of the file on disk as last read or written. */
  baseHash: string;
  focus: Pane;
  meetingId: string | undefined;
  item: number;
  backlog: number;
  check: number;
  mode: Mode;
  message?: Message;
  /** Journal writes start once any recovery question is answered. */
  journalling: boolean;
  saving?: { index: number; force: boolean; after?: "quit" };
  exporting?: { kind: ExportKind; meetingId: string | undefined; step: number; total: number; label: string };
  /** Set when the app should exit; "discard" removes the journal first, "keep" leaves it for next time. */
  quit?: "clean" | "discard" | "keep";
  /** Auto-plan runs started, so that the answer of a cancelled run is told from the current one's. */
  autoplanRuns: number;
}

export type Action =
  | { type: "cursor"; delta: number }
  | { type: "cursor-to"; at: "first" | "last" }
  | { type: "focus"; pane: Pane }
  | { type: "focus-next"; delta: 1 | -1 }
  | { type: "select-meeting"; id: string }
  | { type: "open-meeting" }
  | { type: "jump-to-finding" }
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
  | { type: "prompt-submit" }
  | { type: "cancel" }
  | { type: "help" }
  | { type: "help-scroll"; delta: number }
  | { type: "save-request"; force?: boolean; after?: "quit" }
  | { type: "save-finished"; index: number; hash: string }
  | { type: "save-failed"; error: string }
  | { type: "save-conflict" }
  | { type: "recover"; accept: boolean }
  | { type: "export-menu" }
  | { type: "export-start"; kind: ExportKind }
  | { type: "export-progress"; step: number; total: number; label: string }
  | { type: "export-finished"; paths: string[] }
  | { type: "export-failed"; error: string }
  | { type: "quit-request" }
  | { type: "quit-confirm"; choice: "save" | "discard" | "keep" }
  | { type: "notice"; text: string; tone: Message["tone"] }
  | { type: "autoplan-request" }
  | { type: "autoplan-progress"; run: number; label: string }
  | { type: "autoplan-finished"; run: number; proposal: Proposal }
  | { type: "autoplan-failed"; run: number; error: string }
  | { type: "review-cursor"; delta: number }
  /** "toggle": accept a change not accepted yet, else reject it. */
  | { type: "review-decide"; decision: Decision | "toggle" }
  | { type: "review-all"; decision: Decision }
  | { type: "review-apply" };

export interface PlannerInit {
  file: string;
  source: string;
  baseHash: string;
  today: string;
  recovery?: Recovery;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function snapshotOf(source: string, today: string, file = "programme.yaml"): Result<Snapshot> {
  const parsed = parseProgramme(source, file);
  if (!parsed.ok) return { ok: false, error: parsed.errors.map(formatProgrammeError)[0] ?? "invalid programme" };
  return {
    ok: true,
    value: { source, programme: parsed.programme, findings: checkProgramme(parsed.programme, { today }) },
  };
}

export function initialState(init: PlannerInit): PlannerState {
  const first = snapshotOf(init.source, init.today, init.file);
  if (!first.ok) throw new Error(first.error);
  const meetings = meetingsInOrder(first.value.programme);
  // Open on the next meeting: the one the officer is working towards.
  const next = meetings.find((m) => m.date >= init.today && m.status !== "cancelled") ?? meetings[meetings.length - 1];
  const state: PlannerState = {
    file: init.file,
    today: init.today,
    history: [first.value],
    index: 0,
    savedIndex: 0,
    baseHash: init.baseHash,
    focus: "year",
    meetingId: next?.id,
    item: 0,
    backlog: 0,
    check: 0,
    mode: { kind: "normal" },
    journalling: true,
    autoplanRuns: 0,
  };
  if (init.recovery?.kind === "offer") {
    state.mode = { kind: "recover", journal: init.recovery.journal };
    state.journalling = false;
  } else if (init.recovery?.kind === "refused") {
    state.mode = { kind: "refused", reason: init.recovery.reason, keptAt: init.recovery.keptAt };
  }
  return state;
}

// --- Selectors -------------------------------------------------------------------------------

export function current(state: PlannerState): Snapshot {
  return state.history[state.index]!;
}

export function programmeOf(state: PlannerState): Programme {
  return current(state).programme;
}

export function unsavedCount(state: PlannerState): number {
  if (state.savedIndex === null) return Math.max(1, state.index);
  return Math.abs(state.index - state.savedIndex);
}

export function isDirty(state: PlannerState): boolean {
  return state.savedIndex !== state.index;
}

export function selectedMeeting(state: PlannerState) {
  const p = programmeOf(state);
  return p.meetings.find((m) => m.id === state.meetingId) ?? meetingsInOrder(p)[0];
}

/** Item ids on the selected meeting's agenda, in order. */
export function agendaIds(state: PlannerState): string[] {
  return selectedMeeting(state)?.agenda.map(agendaItemId) ?? [];
}

/** Backlog ids, then items on no agenda and not in the backlog (the backlog pane's rows). */
export function backlogIds(state: PlannerState): string[] {
  const p = programmeOf(state);
  const inBacklog = new Set(p.backlog);
  const loose = p.items.filter((i) => !inBacklog.has(i.id) && i.status !== "withdrawn" && !meetingOfItem(p, i.id));
  return [...p.backlog.filter((id) => p.items.some((i) => i.id === id)), ...loose.map((i) => i.id)];
}

/** The item under the cursor, in the agenda or the backlog pane. */
export function selectedItem(state: PlannerState): string | undefined {
  if (state.focus === "agenda") return agendaIds(state)[state.item];
  if (state.focus === "backlog") return backlogIds(state)[state.backlog];
  return undefined;
}

/** Where an item can be moved: every meeting in date order, then the backlog. */
export function moveTargets(state: PlannerState): (string | "backlog")[] {
  return [...meetingsInOrder(programmeOf(state)).map((m) => m.id), "backlog"];
}

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

// --- Helpers ---------------------------------------------------------------------------------

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length - 1, n));
}

function say(state: PlannerState, text: string, tone: Message["tone"] = "info"): PlannerState {
  return { ...state, message: { text, tone } };
}

/** Keep every cursor on a row that exists after the programme changed. */
function settle(state: PlannerState): PlannerState {
  const p = programmeOf(state);
  const meetingId = p.meetings.some((m) => m.id === state.meetingId) ? state.meetingId : meetingsInOrder(p)[0]?.id;
  const s = { ...state, meetingId };
  return {
    ...s,
    item: clamp(s.item, Math.max(1, agendaIds(s).length)),
    backlog: clamp(s.backlog, Math.max(1, backlogIds(s).length)),
    check: clamp(s.check, Math.max(1, current(s).findings.length)),
  };
}

function applyOne(state: PlannerState, edit: ProgrammeEdit): PlannerState {
  const before = current(state);
  let source: string;
  try {
    source = applyEditToSource(before.source, edit);
  } catch (error) {
    if (error instanceof ProgrammeEditError) return say(state, error.message, "error");
    throw error;
  }
  if (source === before.source) return state;
  const next = snapshotOf(source, state.today, state.file);
  if (!next.ok) return say(state, `Not applied: ${next.error}`, "error");
  const description = describeEdit(before.programme, edit);
  const history = [...state.history.slice(0, state.index + 1), { ...next.value, edit, description }];
  // A new edit after undoing past the save drops the saved snapshot from the list.
  const savedIndex = state.savedIndex !== null && state.savedIndex > state.index ? null : state.savedIndex;
  const { text: delta, worse } = errorDelta(before, next.value);
  return settle({
    ...state,
    history,
    index: history.length - 1,
    savedIndex,
    message: { text: `${description}${delta} · u undo`, tone: worse ? "error" : "success" },
  });
}

/** " · 2 new errors", " · 1 error fewer" or "" between two snapshots. */
function errorDelta(before: Snapshot, after: Snapshot): { text: string; worse: boolean } {
  const errorsBefore = before.findings.filter((f) => f.severity === "error").length;
  const errorsAfter = after.findings.filter((f) => f.severity === "error").length;
  const text =
    errorsAfter > errorsBefore
      ? ` · ${errorsAfter - errorsBefore} new error${errorsAfter - errorsBefore === 1 ? "" : "s"}`
      : errorsAfter < errorsBefore
        ? ` · ${errorsBefore - errorsAfter} error${errorsBefore - errorsAfter === 1 ? "" : "s"} fewer`
        : "";
  return { text, worse: errorsAfter > errorsBefore };
}

const STATUS_CYCLE: readonly ItemStatus[] = ["confirmed", "to-be-scoped", "tbc", "withdrawn"];

export function nextStatus(status: ItemStatus): ItemStatus {
  return STATUS_CYCLE[(STATUS_CYCLE.indexOf(status) + 1) % STATUS_CYCLE.length]!;
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

function cursorIn(state: PlannerState, delta: number): PlannerState {
  switch (state.focus) {
    case "year": {
      const meetings = meetingsInOrder(programmeOf(state));
      const at = meetings.findIndex((m) => m.id === state.meetingId);
      const next = meetings[clamp(at + delta, meetings.length)];
      return next ? { ...state, meetingId: next.id, item: 0 } : state;
    }
    case "agenda":
      return { ...state, item: clamp(state.item + delta, Math.max(1, agendaIds(state).length)) };
    case "backlog":
      return { ...state, backlog: clamp(state.backlog + delta, Math.max(1, backlogIds(state).length)) };
    case "checks":
      return { ...state, check: clamp(state.check + delta, Math.max(1, current(state).findings.length)) };
  }
}

/** Put the cursor on a finding's meeting and item. */
function jumpTo(state: PlannerState, f: Finding | undefined): PlannerState {
  if (!f) return state;
  const p = programmeOf(state);
  const meeting =
    (f.meeting && p.meetings.find((m) => m.date === f.meeting)) || (f.item ? meetingOfItem(p, f.item) : undefined);
  if (meeting) {
    const s: PlannerState = { ...state, meetingId: meeting.id, focus: "year" };
    if (f.item) {
      const at = agendaIds(s).indexOf(f.item);
      if (at >= 0) return { ...s, focus: "agenda", item: at };
    }
    return s;
  }
  if (f.item) {
    const at = backlogIds(state).indexOf(f.item);
    if (at >= 0) return { ...state, focus: "backlog", backlog: at };
  }
  return say(state, "This finding is about the whole programme.");
}

function recover(state: PlannerState, journal: Journal): PlannerState {
  let s: PlannerState = { ...state, mode: { kind: "normal" }, journalling: true };
  for (const edit of journal.edits) {
    const next = applyOne(s, edit);
    if (next.index === s.index) break; // an edit that no longer applies: fall back to the journal's text
    s = next;
  }
  if (current(s).source !== journal.source) {
    const whole = snapshotOf(journal.source, state.today, state.file);
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
  return settle(
    say(s, `Recovered ${n} unsaved edit${n === 1 ? "" : "s"} (not saved yet: s to save, u to undo)`, "success"),
  );
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

// --- The auto-plan ---------------------------------------------------------------------------

/** Said when a key would change the programme while the auto-planner works on it. */
export const PLANNING_BUSY = "The auto-planner is working on the programme: Esc stops it (moving around is fine)";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function startAutoplan(state: PlannerState): PlannerState {
  if (state.mode.kind !== "normal") return state;
  const run = state.autoplanRuns + 1;
  return { ...state, autoplanRuns: run, mode: { kind: "planning", run, from: state.index, label: "starting HiGHS" } };
}

function finishAutoplan(state: PlannerState, run: number, proposal: Proposal): PlannerState {
  const mode = state.mode;
  // A run the officer stopped (or left by another key) answers into the void.
  if (mode.kind !== "planning" || mode.run !== run) return state;
  const normal: PlannerState = { ...state, mode: { kind: "normal" } };
  if (mode.from !== state.index)
    return say(
      normal,
      "The programme changed while the auto-planner worked, so its plan no longer fits: p to plan again",
    );
  const decisions = proposal.ok ? proposal.changes.map(() => undefined) : [];
  const review: PlannerState = { ...state, mode: { kind: "review", proposal, cursor: 0, decisions } };
  if (!proposal.ok) return review;
  return say(review, `Planned by ${proposal.solver} in ${proposal.seconds.toFixed(1)} s of solving`);
}

function decide(state: PlannerState, decision: Decision | "toggle"): PlannerState {
  const mode = state.mode;
  if (mode.kind !== "review") return state;
  if (!mode.proposal.ok) return say(state, "Nothing to accept: no plan keeps every rule. Enter or Esc closes this");
  const rows = reviewRows(mode.proposal);
  const row = rows[mode.cursor];
  if (row?.change === undefined)
    return say(
      state,
      row?.kind === "waiting"
        ? "An item left in the backlog stays there: only the changes above are accepted or rejected"
        : "Only the changes are accepted or rejected",
    );
  const was = mode.decisions[row.change];
  const decisions = [...mode.decisions];
  decisions[row.change] = decision === "toggle" ? (was === "accept" ? "reject" : "accept") : decision;
  // y and n move on to the next change, so a list is answered key after key; Space stays put.
  const nextChange = rows.findIndex((r, i) => i > mode.cursor && r.kind === "change");
  const cursor = decision !== "toggle" && nextChange >= 0 ? nextChange : mode.cursor;
  return { ...state, mode: { ...mode, decisions, cursor } };
}

/** Enter: the accepted changes become ordinary edits, one snapshot each (each undoable, journalled, checked). */
function applyReview(state: PlannerState): PlannerState {
  const mode = state.mode;
  if (mode.kind !== "review") return state;
  const normal: PlannerState = { ...state, mode: { kind: "normal" } };
  if (!mode.proposal.ok) return normal;
  const { changes } = mode.proposal;
  if (changes.length === 0) return say(normal, "Nothing to change: the plan is the current one");
  const accepted = changes.filter((_, i) => mode.decisions[i] === "accept");
  if (accepted.length === 0)
    return say(state, "Nothing accepted yet: y accepts the change under the cursor, a accepts them all; Esc discards");
  const before = current(state);
  let s = normal;
  let applied = 0;
  const refused: string[] = [];
  for (const change of accepted) {
    const next = applyOne(s, change.edit);
    if (next.index === s.index) {
      refused.push(next.message?.text ?? `${change.text}: no change`);
      s = { ...next, message: undefined };
    } else {
      applied++;
      s = next;
    }
  }
  const { text: delta, worse } = errorDelta(before, current(s));
  const undo = applied > 1 ? " · u undoes them one at a time" : applied === 1 ? " · u undo" : "";
  let text = `Applied ${applied} of ${plural(changes.length, "proposed change")}${delta}${undo}`;
  if (refused.length > 0) text += ` · ${refused.length} not applied: ${refused[0]}`;
  return say(s, text, worse || refused.length > 0 ? "error" : "success");
}

// --- The reducer -----------------------------------------------------------------------------

export function reduce(state: PlannerState, action: Action): PlannerState {
  // Progress is no key: the message on screen stays.
  if (action.type === "autoplan-progress")
    return state.mode.kind === "planning" && state.mode.run === action.run
      ? { ...state, mode: { ...state.mode, label: action.label } }
      : state;
  // A message lasts until the next key.
  const s: PlannerState = state.message ? { ...state, message: undefined } : state;
  // Nothing changes the programme under the auto-planner's feet.
  if (s.mode.kind === "planning" && (action.type === "edit" || action.type === "undo" || action.type === "redo"))
    return say(s, PLANNING_BUSY);
  switch (action.type) {
    case "cursor":
      return cursorIn(s, action.delta);
    case "cursor-to":
      return cursorIn(s, action.at === "first" ? -1e6 : 1e6);
    case "focus":
      return { ...s, focus: action.pane };
    case "focus-next": {
      const at = PANES.indexOf(s.focus);
      return { ...s, focus: PANES[(at + action.delta + PANES.length) % PANES.length]! };
    }
    case "select-meeting":
      return programmeOf(s).meetings.some((m) => m.id === action.id) ? { ...s, meetingId: action.id, item: 0 } : s;
    case "open-meeting":
      return { ...s, focus: "agenda", item: 0 };
    case "jump-to-finding":
      return jumpTo(s, current(s).findings[s.check]);
    case "edit":
      return applyOne(s, action.edit);
    case "undo": {
      if (s.index === 0) return say(s, "Nothing to undo");
      const undone = current(s).description ?? "edit";
      return settle(say({ ...s, index: s.index - 1 }, `Undid: ${undone} · r redo`));
    }
    case "redo": {
      if (s.index >= s.history.length - 1) return say(s, "Nothing to redo");
      const next = { ...s, index: s.index + 1 };
      return settle(say(next, `Redid: ${current(next).description ?? "edit"}`));
    }
    case "begin-move": {
      const item = selectedItem(s);
      if (!item) return say(s, "Select an item on an agenda or in the backlog first (Tab to change pane)");
      const targets = moveTargets(s);
      const at = s.focus === "backlog" ? targets.indexOf(s.meetingId ?? "") : targets.indexOf("backlog");
      return { ...s, mode: { kind: "move", item, target: Math.max(0, at) } };
    }
    case "move-target": {
      if (s.mode.kind !== "move") return s;
      const targets = moveTargets(s);
      return { ...s, mode: { ...s.mode, target: clamp(s.mode.target + action.delta, targets.length) } };
    }
    case "confirm-move": {
      if (s.mode.kind !== "move") return s;
      const target = moveTargets(s)[s.mode.target];
      const back = { ...s, mode: { kind: "normal" } as Mode };
      if (!target) return back;
      return applyOne(back, {
        type: "move-item",
        item: s.mode.item,
        to: target === "backlog" ? "backlog" : { meeting: target },
      });
    }
    case "begin-minutes": {
      const item = selectedItem(s);
      if (!item) return say(s, "Select an item first");
      const minutes = programmeOf(s).items.find((i) => i.id === item)?.minutes;
      return { ...s, mode: { kind: "minutes", item, text: minutes === undefined ? "" : String(minutes), fresh: true } };
    }
    case "begin-date": {
      const meeting = selectedMeeting(s);
      if (!meeting) return s;
      return { ...s, mode: { kind: "date", meeting: meeting.id, text: meeting.date, fresh: true } };
    }
    case "prompt-type":
      if (s.mode.kind !== "minutes" && s.mode.kind !== "date") return s;
      return {
        ...s,
        mode: { ...s.mode, text: ((s.mode.fresh ? "" : s.mode.text) + action.text).slice(0, 20), fresh: false },
      };
    case "prompt-backspace":
      if (s.mode.kind !== "minutes" && s.mode.kind !== "date") return s;
      return { ...s, mode: { ...s.mode, text: s.mode.text.slice(0, -1), fresh: false } };
    case "prompt-step": {
      if (s.mode.kind !== "date" || !IsoDate.safeParse(s.mode.text).success) return s;
      return { ...s, mode: { ...s.mode, text: addDays(s.mode.text, action.days), fresh: false } };
    }
    case "prompt-submit":
      return submitPrompt(s);
    case "cancel":
      if (s.mode.kind === "recover") return reduce(s, { type: "recover", accept: false });
      if (s.mode.kind === "planning")
        return say({ ...s, mode: { kind: "normal" } }, "Auto-plan stopped: nothing changed");
      if (s.mode.kind === "review")
        return say({ ...s, mode: { kind: "normal" } }, "Auto-plan discarded: nothing changed");
      if (s.mode.kind === "normal" && s.focus !== "year") return { ...s, focus: "year" };
      return { ...s, mode: { kind: "normal" } };
    case "help":
      return { ...s, mode: s.mode.kind === "help" ? { kind: "normal" } : { kind: "help", scroll: 0 } };
    case "help-scroll":
      // The overlay clamps the scroll to what it has to show.
      return s.mode.kind === "help"
        ? { ...s, mode: { kind: "help", scroll: Math.max(0, s.mode.scroll + action.delta) } }
        : s;
    case "save-request": {
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
    case "save-finished": {
      const after = s.saving?.after;
      const saved: PlannerState = { ...s, saving: undefined, savedIndex: action.index, baseHash: action.hash };
      if (after === "quit" && action.index === s.index) return { ...saved, quit: "clean" };
      return say(
        saved,
        `Saved ${s.file}${action.index === s.index ? "" : " (as it was when s was pressed)"}`,
        "success",
      );
    }
    case "save-failed":
      return say({ ...s, saving: undefined }, `Not saved: ${action.error}`, "error");
    case "save-conflict":
      return {
        ...s,
        mode: { kind: "confirm-overwrite", ...(s.saving?.after ? { after: s.saving.after } : {}) },
        saving: undefined,
      };
    case "recover": {
      if (s.mode.kind !== "recover") return s;
      if (action.accept) return recover(s, s.mode.journal);
      return say({ ...s, mode: { kind: "normal" }, journalling: true }, "Discarded the unsaved edits from last time");
    }
    case "export-menu":
      return s.exporting ? s : { ...s, mode: { kind: "export" } };
    case "export-start":
      if (s.exporting) return s;
      return {
        ...s,
        mode: { kind: "normal" },
        exporting: { kind: action.kind, meetingId: selectedMeeting(s)?.id, step: 0, total: 0, label: "starting" },
      };
    case "export-progress":
      return s.exporting ? { ...s, exporting: { ...s.exporting, ...action } } : s;
    case "export-finished":
      return say(
        { ...s, exporting: undefined },
        `Exported ${action.paths.length} file${action.paths.length === 1 ? "" : "s"}: ${action.paths.join(", ")}`,
        "success",
      );
    case "export-failed":
      return say({ ...s, exporting: undefined }, `Export failed: ${action.error}`, "error");
    case "quit-request":
      if (s.mode.kind === "confirm-quit") return { ...s, quit: "keep" }; // asked twice: leave, keeping the journal
      if (!isDirty(s)) return { ...s, quit: "clean" };
      return { ...s, mode: { kind: "confirm-quit" } };
    case "notice":
      return say(s, action.text, action.tone);
    case "quit-confirm":
      if (action.choice === "save")
        return reduce({ ...s, mode: { kind: "normal" } }, { type: "save-request", after: "quit" });
      return { ...s, quit: action.choice };
    case "autoplan-request":
      return startAutoplan(s);
    case "autoplan-finished":
      return finishAutoplan(s, action.run, action.proposal);
    case "autoplan-failed":
      if (s.mode.kind !== "planning" || s.mode.run !== action.run) return s;
      return say({ ...s, mode: { kind: "normal" } }, `The auto-planner failed: ${action.error}`, "error");
    case "review-cursor": {
      if (s.mode.kind !== "review") return s;
      const rows = reviewRows(s.mode.proposal).length;
      return { ...s, mode: { ...s.mode, cursor: clamp(s.mode.cursor + action.delta, Math.max(1, rows)) } };
    }
    case "review-decide":
      return decide(s, action.decision);
    case "review-all":
      if (s.mode.kind !== "review" || !s.mode.proposal.ok) return s;
      return { ...s, mode: { ...s.mode, decisions: s.mode.proposal.changes.map(() => action.decision) } };
    case "review-apply":
      return applyReview(s);
  }
}

/** The date prompt's reading of its text, for display: "Mon 23 Jan 2023" or undefined. */
export function promptDate(text: string): string | undefined {
  return IsoDate.safeParse(text.trim()).success ? formatDate(text.trim()) : undefined;
}
