import { agendaItemId, type Programme, type ProgrammeIndex } from "@scrutineer/model";
import type { PlannerState, Snapshot } from "./types.js";

/** What the screen and the reducers read from the state: the current version and the cursors. */

export function current(state: PlannerState): Snapshot {
  return state.history[state.index]!;
}

export function programmeOf(state: PlannerState): Programme {
  return current(state).programme;
}

export function indexOf(state: PlannerState): ProgrammeIndex {
  return current(state).index;
}

export function unsavedCount(state: PlannerState): number {
  if (state.savedIndex === null) return Math.max(1, state.index);
  return Math.abs(state.index - state.savedIndex);
}

export function isDirty(state: PlannerState): boolean {
  return state.savedIndex !== state.index;
}

export function selectedMeeting(state: PlannerState) {
  const index = indexOf(state);
  return (state.meetingId === undefined ? undefined : index.meetings.get(state.meetingId)) ?? index.meetingsInOrder[0];
}

/** Item ids on the selected meeting's agenda, in order. */
export function agendaIds(state: PlannerState): string[] {
  return selectedMeeting(state)?.agenda.map(agendaItemId) ?? [];
}

/**
 * The backlog pane's items: the backlog (ids that name an item), then the items on no agenda
 * and not in the backlog (`ProgrammeIndex.unplacedItems`), so that nothing gets lost.
 */
export function backlogPane(index: ProgrammeIndex): { listed: string[]; unplaced: string[] } {
  return {
    listed: index.programme.backlog.filter((id) => index.items.has(id)),
    unplaced: index.unplacedItems.map((i) => i.id),
  };
}

/** Backlog ids, then items on no agenda and not in the backlog (the backlog pane's rows). */
export function backlogIds(state: PlannerState): string[] {
  const { listed, unplaced } = backlogPane(indexOf(state));
  return [...listed, ...unplaced];
}

/** The item under the cursor, in the agenda or the backlog pane. */
export function selectedItem(state: PlannerState): string | undefined {
  if (state.focus === "agenda") return agendaIds(state)[state.item];
  if (state.focus === "backlog") return backlogIds(state)[state.backlog];
  return undefined;
}

/** Where an item can be moved: every meeting in date order, then the backlog. */
export function moveTargets(state: PlannerState): (string | "backlog")[] {
  return [...indexOf(state).meetingsInOrder.map((m) => m.id), "backlog"];
}
