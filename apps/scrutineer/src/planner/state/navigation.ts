import type { Finding } from "@scrutineer/model";
import { clamp, say } from "./common.js";
import { agendaIds, backlogIds, current, indexOf, programmeOf } from "./selectors.js";
import { concernReducer, PANES, type Pane, type PlannerState } from "./types.js";

/** Moving around: the cursor in each pane, the focused pane, the selected meeting, the help. */
export type NavigationAction =
  | { type: "cursor"; delta: number }
  | { type: "cursor-to"; at: "first" | "last" }
  | { type: "focus"; pane: Pane }
  | { type: "focus-next"; delta: 1 | -1 }
  | { type: "select-meeting"; id: string }
  | { type: "open-meeting" }
  | { type: "jump-to-finding" }
  | { type: "help" }
  | { type: "help-scroll"; delta: number };

function cursorIn(state: PlannerState, delta: number): PlannerState {
  switch (state.focus) {
    case "year": {
      const meetings = indexOf(state).meetingsInOrder;
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
  const index = indexOf(state);
  const meeting =
    (f.meetingId && index.meetings.get(f.meetingId)) || (f.item ? index.meetingOfItem(f.item) : undefined);
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

export const navigation = concernReducer<NavigationAction>({
  cursor: (s, a) => cursorIn(s, a.delta),
  "cursor-to": (s, a) => cursorIn(s, a.at === "first" ? -1e6 : 1e6),
  focus: (s, a) => ({ ...s, focus: a.pane }),
  "focus-next": (s, a) => {
    const at = PANES.indexOf(s.focus);
    return { ...s, focus: PANES[(at + a.delta + PANES.length) % PANES.length]! };
  },
  "select-meeting": (s, a) =>
    programmeOf(s).meetings.some((m) => m.id === a.id) ? { ...s, meetingId: a.id, item: 0 } : s,
  "open-meeting": (s) => ({ ...s, focus: "agenda", item: 0 }),
  "jump-to-finding": (s) => jumpTo(s, current(s).findings[s.check]),
  help: (s) => ({ ...s, mode: s.mode.kind === "help" ? { kind: "normal" } : { kind: "help", scroll: 0 } }),
  // The overlay clamps the scroll to what it has to show.
  "help-scroll": (s, a) =>
    s.mode.kind === "help" ? { ...s, mode: { kind: "help", scroll: Math.max(0, s.mode.scroll + a.delta) } } : s,
});
