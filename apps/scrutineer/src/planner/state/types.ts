import type { ProgrammeReport } from "@scrutineer/checks";
import type { Finding, ParseOptions, ParseResult, Programme, ProgrammeEdit, ProgrammeIndex } from "@scrutineer/model";
import type { Document } from "yaml";
import type { Journal, Recovery } from "../../io/journal.js";
import type { FormState, ListTarget } from "../forms/index.js";
import type { Decision, Proposal } from "./proposal.js";

/**
 * The planner's state: the programme's versions (a list of snapshots of the file's text, for
 * undo and redo), the cursors, the mode the keyboard is in, and the jobs under way. Every key
 * press becomes an `Action`, handled by the reducer of its concern (navigation, editing,
 * persistence, export, review) through `reduce`.
 */

/** One version of the programme: its text, parsed, indexed and checked once. */
export interface Snapshot {
  source: string;
  /** The parse of `source`: the next edit starts from it, so each edit parses its new text once. */
  document: Document;
  programme: Programme;
  /** The programme's lookups, built once per version. */
  index: ProgrammeIndex;
  /**
   * What the checks computed, once per version: findings and each meeting's timing, deadlines and
   * standing. Absent only on the file as opened until its first check is in (`checks-ready`): the
   * first frame is drawn without it.
   */
  report?: ProgrammeReport;
  /** `report.findings`; none while the report is absent. */
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
  | { kind: "review"; proposal: Proposal; cursor: number; decisions: (Decision | undefined)[] }
  /** A form (forms/): `back` is where saving or leaving it returns. */
  | { kind: "form"; form: FormState; back: Mode }
  /** Leaving a form with changes: save them, drop them, or go on editing. */
  | { kind: "confirm-leave"; form: FormState; back: Mode }
  /** A list of records with a screen of its own (lists/): people, a meeting's night, an item's preparation. */
  | { kind: "list"; list: ListTarget; cursor: number; back: Mode }
  /** Deleting something, asked first. */
  | { kind: "confirm-delete"; edit: ProgrammeEdit; what: string; back: Mode };

export interface Message {
  text: string;
  tone: "info" | "success" | "error";
}

export interface PlannerState {
  file: string;
  today: string;
  /** How every version of the file is read: a council folder's committee with its register (`parseCommittee`). */
  parse?: ParseOptions;
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

/** Actions every concern shares: leave the current mode, say something. */
export type CommonAction = { type: "cancel" } | { type: "notice"; text: string; tone: Message["tone"] };

export interface PlannerInit {
  file: string;
  source: string;
  baseHash: string;
  today: string;
  recovery?: Recovery;
  /** `source` already parsed by the caller (`scrutineer plan` reads the file first), so opening parses it once. */
  parsed?: ParseResult;
  /** How the file is read (a council committee: `{ register }` from council.yaml); absent, it stands alone. */
  parse?: ParseOptions;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** One handler per action type of a concern's union: the concern's reducer, keyed by type. */
export type Handlers<A extends { type: string }> = {
  [T in A["type"]]: (state: PlannerState, action: Extract<A, { type: T }>) => PlannerState;
};

/** A concern's reducer: its handlers, applied to the actions of its union. */
export interface ConcernReducer<A extends { type: string }> {
  (state: PlannerState, action: A): PlannerState;
  /** The action types this concern handles. */
  readonly handles: ReadonlySet<string>;
}

export function concernReducer<A extends { type: string }>(handlers: Handlers<A>): ConcernReducer<A> {
  const reduce = (state: PlannerState, action: A): PlannerState =>
    (handlers[action.type as A["type"]] as (s: PlannerState, a: A) => PlannerState)(state, action);
  return Object.assign(reduce, { handles: new Set(Object.keys(handlers)) });
}
