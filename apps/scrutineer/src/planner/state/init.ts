import { snapshotFrom, snapshotOf } from "./snapshot.js";
import type { PlannerInit, PlannerState } from "./types.js";

/** The state on opening a file: its first version, the next meeting selected, any recovery question asked. */
export function initialState(init: PlannerInit): PlannerState {
  const first = init.parsed
    ? snapshotFrom(init.source, init.parsed, init.today)
    : snapshotOf(init.source, init.today, init.file, init.parse);
  if (!first.ok) throw new Error(first.error);
  const { index, report } = first.value;
  const meetings = index.meetingsInOrder;
  // Open on the next meeting (today's or one still to come, not cancelled): the one the officer is working towards.
  const ahead = (id: string) => ["today", "upcoming"].includes(report.meetings.get(id)?.standing.phase ?? "");
  const next = meetings.find((m) => ahead(m.id)) ?? meetings[meetings.length - 1];
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
