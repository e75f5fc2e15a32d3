import { checkProgramme } from "@scrutineer/checks";
import {
  type CommitteeEntry,
  type Council,
  type CouncilFinding,
  type CouncilFolder,
  type CouncilMeeting,
  councilFindings,
  councilMeetingFindings,
  councilMeetings,
} from "@scrutineer/council";
import { type Finding, type ProgrammeIndex, plural } from "@scrutineer/model";
import { clamp } from "./common.js";
import { initialState } from "./init.js";
import { type Action, reduce } from "./reduce.js";
import { current, isDirty, unsavedCount } from "./selectors.js";
import type { Message, PlannerInit, PlannerState } from "./types.js";

/**
 * The planner on a council folder: the committees of council.yaml, one planner state per
 * committee opened (kept while the officer switches, so each keeps its own undo history, its
 * journal and its unsaved edits), the council-wide timeline of every committee's meetings with
 * the clashes the council package finds, and quitting all the committees together.
 */

/** One committee of the folder: what opening it starts from, and its planner once opened. */
export interface CommitteeSlot {
  entry: CommitteeEntry;
  /** Its programme file as shown to the officer. */
  file: string;
  /** What its planner opens with: the file's text, hash, parse (with the register) and any journal to recover. */
  init: PlannerInit;
  /** The programme as read from disk, for the list and the timeline until it is opened. */
  index: ProgrammeIndex;
  /** Its own checks on the file as read (`checkProgramme`), until it is opened. */
  findings: readonly Finding[];
  /** Its planner, from the first time it is opened; kept while another committee is shown. */
  planner?: PlannerState;
  /** Its planner has finished quitting (journal written or removed). */
  closed?: boolean;
}

export type CouncilView = { kind: "committees" } | { kind: "committee"; id: string };

export type CouncilMode =
  | { kind: "normal" }
  | { kind: "help"; scroll: number }
  /** Quitting with unsaved edits in some committees: save them all, discard them all, or keep them. */
  | { kind: "confirm-quit" };

export type QuitChoice = "save" | "discard" | "keep";

export interface CouncilState {
  council: Council;
  /** council.yaml as shown to the officer. */
  file: string;
  today: string;
  committees: CommitteeSlot[];
  /** The row selected in the committees list. */
  cursor: number;
  view: CouncilView;
  /** The timeline of every committee's meetings is shown, its cursor on a row of `councilOverview(state).meetings`. */
  timeline?: { cursor: number };
  mode: CouncilMode;
  message?: Message;
  /** Quitting: each opened committee is asked to quit this way; the council leaves when all have. */
  quitting?: QuitChoice | "clean";
  /** Every committee has quit: the app leaves. */
  quit?: true;
}

export interface CouncilInit {
  council: Council;
  file: string;
  today: string;
  committees: ReadonlyArray<{ entry: CommitteeEntry; file: string; index: ProgrammeIndex; init: PlannerInit }>;
}

export type CouncilAction =
  | { type: "council-cursor"; delta: number }
  /** Open a committee (the list's selected one without `id`), on one of its meetings if given. */
  | { type: "council-open"; id?: string; meeting?: string }
  | { type: "council-list" }
  | { type: "council-switch"; delta: 1 | -1 }
  | { type: "timeline-toggle" }
  | { type: "timeline-cursor"; delta: number }
  /** Open the meeting under the timeline's cursor in its committee. */
  | { type: "timeline-open" }
  | { type: "council-help" }
  | { type: "council-help-scroll"; delta: number }
  | { type: "council-quit-request" }
  | { type: "council-quit-confirm"; choice: QuitChoice }
  | { type: "council-cancel" }
  | { type: "council-notice"; text: string; tone: Message["tone"] }
  /** A committee's planner has finished quitting (its journal written or removed). */
  | { type: "committee-closed"; id: string }
  /** An action of one committee's planner. */
  | { type: "planner"; id: string; action: Action };

/** The council's state on opening the folder: the committees list, each committee's own checks counted. */
export function councilInitialState(init: CouncilInit): CouncilState {
  return {
    council: init.council,
    file: init.file,
    today: init.today,
    committees: init.committees.map((c) => ({
      ...c,
      findings: checkProgramme(c.index.programme, { today: init.today }),
    })),
    cursor: 0,
    view: { kind: "committees" },
    mode: { kind: "normal" },
  };
}

// --- Reading the state -------------------------------------------------------------------------

/** The committee shown, if any. */
export function activeSlot(state: CouncilState): CommitteeSlot | undefined {
  const view = state.view;
  return view.kind === "committee" ? state.committees.find((c) => c.entry.id === view.id) : undefined;
}

/** A committee's programme as it stands: its planner's current version once opened, else the file as read. */
export function slotIndex(slot: CommitteeSlot): ProgrammeIndex {
  return slot.planner ? current(slot.planner).index : slot.index;
}

/** A committee's own findings as it stands. */
export function slotFindings(slot: CommitteeSlot): readonly Finding[] {
  return slot.planner ? current(slot.planner).findings : slot.findings;
}

/** The council folder as it stands, unsaved edits included: what the timeline and its clashes are computed on. */
export function liveFolder(state: CouncilState): CouncilFolder {
  return {
    council: state.council,
    committees: state.committees.map((c) => ({ entry: c.entry, file: c.file, index: slotIndex(c) })),
  };
}

/** Every committee's meetings (a joint one once), the findings across committees, and those marking each meeting. */
export interface CouncilOverview {
  meetings: readonly CouncilMeeting[];
  findings: readonly CouncilFinding[];
  marks: ReadonlyMap<string, readonly CouncilFinding[]>;
}

let memo: { indexes: readonly ProgrammeIndex[]; council: Council; overview: CouncilOverview } | undefined;

/**
 * The council's meetings and clashes as they stand, computed by `@scrutineer/council`
 * (`councilMeetings`, `councilFindings`, `councilMeetingFindings`) on the live folder; computed
 * again only when a committee's programme changed.
 */
export function councilOverview(state: CouncilState): CouncilOverview {
  const folder = liveFolder(state);
  const indexes = folder.committees.map((c) => c.index);
  if (
    memo &&
    memo.council === state.council &&
    memo.indexes.length === indexes.length &&
    memo.indexes.every((x, i) => x === indexes[i])
  )
    return memo.overview;
  const meetings = councilMeetings(folder);
  const findings = councilFindings(folder);
  const overview = { meetings, findings, marks: councilMeetingFindings(meetings, findings) };
  memo = { indexes, council: state.council, overview };
  return overview;
}

/** Whether any committee has edits not saved. */
export function councilDirty(state: CouncilState): CommitteeSlot[] {
  return state.committees.filter((c) => c.planner && isDirty(c.planner));
}

/** "CYP (2), Scrutiny Panel (1)": the committees with unsaved edits. */
export function unsavedSummary(state: CouncilState): string {
  return councilDirty(state)
    .map((c) => `${slotIndex(c).programme.commission.shortName} (${unsavedCount(c.planner as PlannerState)})`)
    .join(", ");
}

// --- Changing it ---------------------------------------------------------------------------------

function say(state: CouncilState, text: string, tone: Message["tone"] = "info"): CouncilState {
  return { ...state, message: { text, tone } };
}

function withSlot(state: CouncilState, id: string, change: (slot: CommitteeSlot) => CommitteeSlot): CouncilState {
  return { ...state, committees: state.committees.map((c) => (c.entry.id === id ? change(c) : c)) };
}

/** Show a committee, opening its planner the first time (its journal's recovery question, if any, comes then). */
function open(state: CouncilState, id: string, meeting?: string): CouncilState {
  const at = state.committees.findIndex((c) => c.entry.id === id);
  const slot = state.committees[at];
  if (!slot) return say(state, `No committee ${id} in ${state.file}`, "error");
  let planner = slot.planner ?? initialState(slot.init);
  if (meeting !== undefined) planner = reduce({ ...planner, focus: "year" }, { type: "select-meeting", id: meeting });
  const s = withSlot(state, id, (c) => ({ ...c, planner }));
  return { ...s, cursor: at, view: { kind: "committee", id }, timeline: undefined, mode: { kind: "normal" } };
}

/** The timeline row to start on: the committee's selected meeting, else the first from today. */
function timelineStart(state: CouncilState): number {
  const { meetings } = councilOverview(state);
  const slot = activeSlot(state);
  const selected = slot?.planner?.meetingId;
  if (slot && selected !== undefined) {
    const at = meetings.findIndex((m) => m.meeting.id === selected && m.committees.includes(slot.entry.id));
    if (at >= 0) return at;
  }
  const ahead = meetings.findIndex((m) => m.date >= state.today);
  return ahead >= 0 ? ahead : Math.max(0, meetings.length - 1);
}

/** Ask every opened committee to quit this way; the council leaves when all have (none opened: at once). */
function beginQuit(state: CouncilState, how: QuitChoice | "clean"): CouncilState {
  let s: CouncilState = { ...state, mode: { kind: "normal" }, quitting: how };
  for (const slot of state.committees) {
    if (!slot.planner || slot.closed) continue;
    const action: Action =
      how !== "clean" && isDirty(slot.planner) ? { type: "quit-confirm", choice: how } : { type: "quit-request" };
    s = delegate(s, slot.entry.id, action);
  }
  return allClosed(s) ? { ...s, quit: true } : s;
}

function allClosed(state: CouncilState): boolean {
  return state.committees.every((c) => !c.planner || c.closed);
}

/**
 * One committee's planner action. While quitting, a committee that stops short (its save failed,
 * or its file changed on disk and it asks before overwriting) ends the quitting: it is shown,
 * with its question or its message, and nothing else quits.
 */
function delegate(state: CouncilState, id: string, action: Action): CouncilState {
  const slot = state.committees.find((c) => c.entry.id === id);
  if (!slot?.planner) return state;
  let planner = reduce(slot.planner, action);
  let s = withSlot(state, id, (c) => ({ ...c, planner }));
  if (s.quitting && !s.quit && !planner.quit && !planner.saving) {
    // Its own question (overwrite?) or message (why it was not saved) is what the officer sees; no quitting after it.
    if (planner.mode.kind === "confirm-overwrite") planner = { ...planner, mode: { kind: "confirm-overwrite" } };
    else
      planner = {
        ...planner,
        message: { text: `Not quitting: ${planner.message?.text ?? "the file was not saved"}`, tone: "error" },
      };
    s = withSlot(s, id, (c) => ({ ...c, planner }));
    return {
      ...s,
      quitting: undefined,
      view: { kind: "committee", id },
      timeline: undefined,
      mode: { kind: "normal" },
    };
  }
  return s;
}

function cycle(n: number, length: number): number {
  return ((n % length) + length) % length;
}

/** The council's reducer: the committees list, switching, the timeline, quitting; each committee's own actions go to its planner. */
export function reduceCouncil(state: CouncilState, action: CouncilAction): CouncilState {
  if (action.type === "planner") return delegate(state, action.id, action.action);
  if (action.type === "committee-closed") {
    const s = withSlot(state, action.id, (c) => ({ ...c, closed: true }));
    return s.quitting && allClosed(s) ? { ...s, quit: true } : s;
  }
  // A message lasts until the next key.
  const s: CouncilState = state.message ? { ...state, message: undefined } : state;
  switch (action.type) {
    case "council-cursor":
      return { ...s, cursor: clamp(s.cursor + action.delta, s.committees.length) };
    case "council-open": {
      const id = action.id ?? s.committees[s.cursor]?.entry.id;
      return id === undefined ? s : open(s, id, action.meeting);
    }
    case "council-list":
      return { ...s, view: { kind: "committees" }, timeline: undefined };
    case "council-switch": {
      const slot = activeSlot(s);
      const at = slot ? s.committees.indexOf(slot) : s.cursor;
      const next = s.committees[cycle(at + action.delta, s.committees.length)];
      return next ? open(s, next.entry.id) : s;
    }
    case "timeline-toggle":
      return s.timeline ? { ...s, timeline: undefined } : { ...s, timeline: { cursor: timelineStart(s) } };
    case "timeline-cursor": {
      if (!s.timeline) return s;
      const length = Math.max(1, councilOverview(s).meetings.length);
      return { ...s, timeline: { cursor: clamp(s.timeline.cursor + action.delta, length) } };
    }
    case "timeline-open": {
      const row = s.timeline ? councilOverview(s).meetings[s.timeline.cursor] : undefined;
      if (!row) return s;
      // A joint meeting opens in the committee shown, when it is one of its committees.
      const shown = activeSlot(s)?.entry.id;
      const id = shown !== undefined && row.committees.includes(shown) ? shown : row.committees[0];
      return id === undefined ? s : open(s, id, row.meeting.id);
    }
    case "council-help":
      return { ...s, mode: s.mode.kind === "help" ? { kind: "normal" } : { kind: "help", scroll: 0 } };
    case "council-help-scroll":
      return s.mode.kind === "help"
        ? { ...s, mode: { kind: "help", scroll: Math.max(0, s.mode.scroll + action.delta) } }
        : s;
    case "council-quit-request": {
      if (s.quitting) return s;
      if (s.mode.kind === "confirm-quit") return beginQuit(s, "keep"); // asked twice: keep the journals
      return councilDirty(s).length === 0 ? beginQuit(s, "clean") : { ...s, mode: { kind: "confirm-quit" } };
    }
    case "council-quit-confirm":
      return s.mode.kind === "confirm-quit" ? beginQuit(s, action.choice) : s;
    case "council-cancel":
      if (s.mode.kind !== "normal") return { ...s, mode: { kind: "normal" } };
      if (s.timeline) return { ...s, timeline: undefined };
      return s.view.kind === "committee" ? { ...s, view: { kind: "committees" } } : s;
    case "council-notice":
      return say(s, action.text, action.tone);
  }
}

/** "2 unsaved edits in CYP (2)": what the quit question says. */
export function quitQuestion(state: CouncilState): string {
  const dirty = councilDirty(state);
  const n = dirty.reduce((sum, c) => sum + unsavedCount(c.planner as PlannerState), 0);
  return `${plural(n, "unsaved edit")} in ${unsavedSummary(state)}.`;
}
