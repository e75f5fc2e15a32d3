import { meetingPhase } from "@scrutineer/deadlines";
import { snapshotFrom, snapshotOf } from "./snapshot.js";
import type { PlannerInit, PlannerState } from "./types.js";

/** Options of `initialState`. */
export interface OpeningOptions {
  /**
   * Open without running the checks: the first frame is drawn from the parse and the index, the
   * findings pane says "checking…", and the checks come in through `checks-ready` (the app's
   * `useChecks` hook). By default the file is checked before its first version is made.
   */
  deferChecks?: boolean;
}

/** The state on opening a file: its first version, the next meeting selected, any recovery question asked. */
export function initialState(init: PlannerInit, { deferChecks = false }: OpeningOptions = {}): PlannerState {
  const checked = !deferChecks;
  const first = init.parsed
    ? snapshotFrom(init.source, init.parsed, init.today, { checked })
    : snapshotOf(init.source, init.today, init.file, init.parse, { checked });
  if (!first.ok) throw new Error(first.error);
  const meetings = first.value.index.meetingsInOrder;
  // Open on the next meeting (today's or one still to come, not cancelled): the one the officer is working towards.
  const ahead = (phase: string) => phase === "today" || phase === "upcoming";
  const next = meetings.find((m) => ahead(meetingPhase(m, init.today))) ?? meetings[meetings.length - 1];
  const state: PlannerState = {
    file: init.file,
    today: init.today,
    ...(init.parse ? { parse: init.parse } : {}),
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
