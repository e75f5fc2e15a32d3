import type { Key } from "ink";
import type { HelpGroup } from "../components/chrome.js";
import { activeSlot, type CouncilAction, type CouncilState } from "../state/council.js";
import { keyDisplay, keyMatches } from "./key-names.js";
import { actionFor, helpGroups } from "./keys.js";

/**
 * The keys of a council folder around the committees' planners: the committees list, switching
 * committee, the timeline of every committee's meetings, and quitting them all. One table, read
 * by the key handling (`councilActionFor`) and the help (`COUNCIL_HELP`), as the planner's own.
 */

/** Where a council key applies: the committees list, a committee's planner (its normal mode), the timeline, a question. */
export type CouncilPlace = "committees" | "committee" | "timeline" | "confirm-quit";

export interface CouncilKeyEntry {
  group: string;
  label: string;
  does: string;
  places: readonly CouncilPlace[];
  bind: { keys: string[]; action: (state: CouncilState) => CouncilAction | undefined }[];
}

const act = (action: CouncilAction) => () => action;

export const COUNCIL_KEYS: readonly CouncilKeyEntry[] = [
  {
    group: "Council: committees",
    label: "↑ ↓  k j",
    does: "committees list: previous / next committee",
    places: ["committees"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "council-cursor", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "council-cursor", delta: 1 }) },
    ],
  },
  {
    group: "Council: committees",
    label: "Enter  →  l",
    does: "committees list: open the committee's programme in the planner",
    places: ["committees"],
    bind: [{ keys: ["enter", "right", "l"], action: act({ type: "council-open" }) }],
  },
  {
    group: "Council: committees",
    label: "Esc",
    does: "in a committee's year: back to the committees list (its edits are kept)",
    places: ["committee"],
    bind: [
      {
        keys: ["esc"],
        action: (s) => (activeSlot(s)?.planner?.focus === "year" ? { type: "council-list" } : undefined),
      },
    ],
  },
  {
    group: "Council: committees",
    label: "[ ]",
    does: "previous / next committee (each keeps its undo, journal and unsaved edits)",
    places: ["committee"],
    bind: [
      { keys: ["["], action: act({ type: "council-switch", delta: -1 }) },
      { keys: ["]"], action: act({ type: "council-switch", delta: 1 }) },
    ],
  },
  {
    group: "Council: timeline",
    label: "T",
    does: "every committee's meetings on one timeline, clashes marked (again to leave it)",
    places: ["committees", "committee", "timeline"],
    bind: [{ keys: ["T"], action: act({ type: "timeline-toggle" }) }],
  },
  {
    group: "Council: timeline",
    label: "↑ ↓  k j  PgUp PgDn",
    does: "timeline: previous / next meeting, ten up or down",
    places: ["timeline"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "timeline-cursor", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "timeline-cursor", delta: 1 }) },
      { keys: ["pageup"], action: act({ type: "timeline-cursor", delta: -10 }) },
      { keys: ["pagedown"], action: act({ type: "timeline-cursor", delta: 10 }) },
    ],
  },
  {
    group: "Council: timeline",
    label: "Home End  g G",
    does: "timeline: first / last meeting",
    places: ["timeline"],
    bind: [
      { keys: ["home", "g"], action: act({ type: "timeline-cursor", delta: -1e6 }) },
      { keys: ["end", "G"], action: act({ type: "timeline-cursor", delta: 1e6 }) },
    ],
  },
  {
    group: "Council: timeline",
    label: "Enter",
    does: "timeline: open the meeting in its committee's planner",
    places: ["timeline"],
    bind: [{ keys: ["enter"], action: act({ type: "timeline-open" }) }],
  },
  {
    group: "Council: timeline",
    label: "Esc",
    does: "timeline: back to where you were",
    places: ["timeline"],
    bind: [{ keys: ["esc"], action: act({ type: "council-cancel" }) }],
  },
  {
    group: "Council: the folder",
    label: "?",
    does: "committees list, timeline: the keys",
    places: ["committees", "timeline"],
    bind: [{ keys: ["?"], action: act({ type: "council-help" }) }],
  },
  {
    group: "Council: the folder",
    label: "q  Ctrl-C",
    does: "quit every committee (asks first if any has unsaved edits)",
    places: ["committees", "timeline", "confirm-quit"],
    bind: [{ keys: ["q", "ctrl-c"], action: act({ type: "council-quit-request" }) }],
  },
  {
    group: "Council: the folder",
    label: "s  d  k  Esc",
    does: "quitting with unsaved edits: save them all, discard them all, keep them in the journals, carry on",
    places: ["confirm-quit"],
    bind: [
      { keys: ["s"], action: act({ type: "council-quit-confirm", choice: "save" }) },
      { keys: ["d"], action: act({ type: "council-quit-confirm", choice: "discard" }) },
      { keys: ["k"], action: act({ type: "council-quit-confirm", choice: "keep" }) },
      { keys: ["esc"], action: act({ type: "council-cancel" }) },
    ],
  },
];

/** Where the council's keys are read now; undefined while a committee's planner is not in its normal mode. */
export function councilPlace(state: CouncilState): CouncilPlace | undefined {
  if (state.mode.kind === "confirm-quit") return "confirm-quit";
  if (state.timeline) return "timeline";
  if (state.view.kind === "committees") return "committees";
  return activeSlot(state)?.planner?.mode.kind === "normal" ? "committee" : undefined;
}

function lookup(state: CouncilState, place: CouncilPlace, input: string, key: Key): CouncilAction | undefined {
  for (const entry of COUNCIL_KEYS) {
    if (!entry.places.includes(place)) continue;
    for (const binding of entry.bind) {
      if (!binding.keys.some((k) => keyMatches(k, input, key))) continue;
      const action = binding.action(state);
      if (action) return action;
    }
  }
  return undefined;
}

/**
 * What a key means in the council's state: the council's own keys first, then, in a committee,
 * its planner's (its quit becomes the council's, which asks about every committee). Elsewhere
 * a key the council does not bind says so.
 */
export function councilActionFor(state: CouncilState, input: string, key: Key): CouncilAction | undefined {
  if (state.quitting) return undefined;
  if (state.mode.kind === "help") {
    if (keyMatches("up", input, key) || keyMatches("k", input, key)) return { type: "council-help-scroll", delta: -1 };
    if (keyMatches("down", input, key) || keyMatches("j", input, key)) return { type: "council-help-scroll", delta: 1 };
    return { type: "council-help" };
  }
  const place = councilPlace(state);
  const own = place ? lookup(state, place, input, key) : undefined;
  if (own || place === "committees" || place === "timeline" || place === "confirm-quit") return own;
  const slot = activeSlot(state);
  if (!slot?.planner) return undefined;
  const action = actionFor(slot.planner, input, key);
  if (!action) return undefined;
  if (action.type === "quit-request") return { type: "council-quit-request" };
  return { type: "planner", id: slot.entry.id, action };
}

/** The council's keys for the help, by section (the planner's own follow in a committee). */
export const COUNCIL_HELP: readonly HelpGroup[] = helpGroups(COUNCIL_KEYS);

/** How the help writes each key an entry binds (every one appears in its label: the tests check it). */
export function councilEntryKeys(entry: CouncilKeyEntry): string[] {
  return entry.bind.flatMap((b) => b.keys.map(keyDisplay));
}

/** The footer's council keys in a committee's year: back to the list, switch, the timeline. */
export const COMMITTEE_FOOTER: readonly [string, string][] = [
  ["Esc", "committees"],
  ["[]", "committee"],
  ["T", "timeline"],
];
