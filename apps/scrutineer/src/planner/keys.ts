import type { Key } from "ink";
import {
  type Action,
  agendaIds,
  nextStatus,
  type Pane,
  PLANNING_BUSY,
  type PlannerState,
  programmeOf,
  selectedItem,
  selectedMeeting,
  stepMinutes,
} from "./state.js";

/**
 * The keyboard: one table drives the key handling, the help overlay and the footer, so what
 * `?` lists is exactly what works.
 */

export interface KeyHelp {
  keys: string;
  does: string;
  /** Shown in the footer when this pane has the focus ("any" for every pane). */
  footer?: (Pane | "any")[];
}

export const HELP: { title: string; keys: KeyHelp[] }[] = [
  {
    title: "Moving around",
    keys: [
      { keys: "↑ ↓  k j", does: "previous / next row in the pane", footer: ["any"] },
      { keys: "PgUp PgDn  Home End", does: "jump ten rows / to the first or last" },
      { keys: "Tab  Shift-Tab", does: "next / previous pane (year, agenda, backlog, checks)", footer: ["any"] },
      { keys: "→  Enter  l", does: "year: open the meeting's agenda", footer: ["year"] },
      { keys: "←  Esc  h", does: "back to the year" },
      { keys: "Enter", does: "checks: go to the finding's meeting or item", footer: ["checks"] },
    ],
  },
  {
    title: "Items (agenda or backlog pane)",
    keys: [
      { keys: "m", does: "move the item to another meeting or the backlog", footer: ["agenda", "backlog"] },
      { keys: "Enter  i", does: "backlog: add the item to the selected meeting", footer: ["backlog"] },
      { keys: "b", does: "agenda: send the item to the backlog", footer: ["agenda"] },
      { keys: "+  -", does: "five minutes more / fewer (a range moves both ends)", footer: ["agenda", "backlog"] },
      { keys: "t", does: "type the minutes (45, or a range 30-45; empty clears)" },
      { keys: "c", does: "cycle status: confirmed, to be scoped, TBC, withdrawn", footer: ["agenda", "backlog"] },
      { keys: "K J  Shift-↑ ↓", does: "move the item up / down the agenda or backlog", footer: ["agenda"] },
      { keys: "a", does: "take the item alongside the one above it (again to undo)" },
    ],
  },
  {
    title: "Meetings (year pane)",
    keys: [
      { keys: "d", does: "move the meeting to another date (its deadlines recompute)", footer: ["year"] },
      { keys: "x", does: "cancel the meeting, or reinstate a cancelled one", footer: ["year"] },
    ],
  },
  {
    title: "Auto-plan (HiGHS)",
    keys: [
      { keys: "p", does: "propose a plan of the year under every rule (Esc stops it)", footer: ["year"] },
      { keys: "↑ ↓", does: "proposal: previous / next change (the selected one in full)" },
      { keys: "y  n  Space", does: "proposal: accept / reject / switch the change" },
      { keys: "a  r", does: "proposal: accept / reject every change" },
      { keys: "Enter", does: "proposal: apply the accepted changes (each one undoable)" },
      { keys: "Esc", does: "proposal: discard it; nothing changes" },
    ],
  },
  {
    title: "File",
    keys: [
      { keys: "u  Ctrl-Z", does: "undo the last edit", footer: ["any"] },
      { keys: "r  Ctrl-Y", does: "redo" },
      { keys: "s  Ctrl-S", does: "save the programme file (comments and layout kept)", footer: ["any"] },
      { keys: "e", does: "export: calendar feed, work programme, front sheet", footer: ["year"] },
      { keys: "?", does: "this list (↑ ↓ scroll it, any other key closes it)", footer: ["any"] },
      { keys: "q  Ctrl-C", does: "quit (asks first if anything is unsaved)", footer: ["any"] },
    ],
  },
];

/** Footer entries for a pane: short key and verb. */
export const FOOTER: Record<Pane, [string, string][]> = {
  year: [
    ["↑↓", "meeting"],
    ["→", "agenda"],
    ["d", "date"],
    ["x", "cancel"],
    ["Tab", "pane"],
    ["u", "undo"],
    ["s", "save"],
    ["e", "export"],
    ["p", "plan"],
    ["?", "help"],
    ["q", "quit"],
  ],
  agenda: [
    ["↑↓", "item"],
    ["m", "move"],
    ["b", "backlog"],
    ["+-", "min"],
    ["c", "status"],
    ["KJ", "order"],
    ["u", "undo"],
    ["s", "save"],
    ["?", "help"],
    ["q", "quit"],
  ],
  backlog: [
    ["↑↓", "item"],
    ["Enter", "add"],
    ["m", "move"],
    ["+-", "min"],
    ["c", "status"],
    ["u", "undo"],
    ["s", "save"],
    ["?", "help"],
    ["q", "quit"],
  ],
  checks: [
    ["↑↓", "finding"],
    ["Enter", "go to"],
    ["Tab", "pane"],
    ["u", "undo"],
    ["s", "save"],
    ["?", "help"],
    ["q", "quit"],
  ],
};

/** The footer while a proposal is under review. */
export const REVIEW_FOOTER: [string, string][] = [
  ["↑↓", "change"],
  ["y", "accept"],
  ["n", "reject"],
  ["a", "all"],
  ["r", "none"],
  ["Enter", "apply"],
  ["Esc", "discard"],
];

/** The footer for a proposal with nothing to decide (no plan, or no change). */
export const CLOSE_FOOTER: [string, string][] = [
  ["↑↓", "scroll"],
  ["Enter", "close"],
  ["Esc", "close"],
];

/** While the auto-planner works: moving around is fine, nothing that changes the programme. */
const WHILE_PLANNING: ReadonlySet<Action["type"]> = new Set([
  "cursor",
  "cursor-to",
  "focus",
  "focus-next",
  "select-meeting",
  "open-meeting",
  "jump-to-finding",
  "quit-request",
]);

function itemEdits(state: PlannerState, input: string, key: Key): Action | undefined {
  const id = selectedItem(state);
  if (!id) return undefined;
  const item = programmeOf(state).items.find((i) => i.id === id);
  if (!item) return undefined;
  if (input === "m") return { type: "begin-move" };
  if (input === "+" || input === "=")
    return { type: "edit", edit: { type: "set-minutes", item: id, minutes: stepMinutes(item.minutes, 5) } };
  if (input === "-" || input === "_")
    return { type: "edit", edit: { type: "set-minutes", item: id, minutes: stepMinutes(item.minutes, -5) } };
  if (input === "t") return { type: "begin-minutes" };
  if (input === "c") return { type: "edit", edit: { type: "set-status", item: id, status: nextStatus(item.status) } };
  if (input === "K" || (key.upArrow && key.shift))
    return { type: "edit", edit: { type: "reorder-item", item: id, delta: -1 } };
  if (input === "J" || (key.downArrow && key.shift))
    return { type: "edit", edit: { type: "reorder-item", item: id, delta: 1 } };
  if (state.focus === "agenda") {
    if (input === "b") return { type: "edit", edit: { type: "move-item", item: id, to: "backlog" } };
    if (input === "a") {
      const above = agendaIds(state)[state.item - 1];
      if (!above) return undefined;
      const linked = item.alongside.includes(above);
      return {
        type: "edit",
        edit: {
          type: "set-alongside",
          item: id,
          with: linked ? item.alongside.filter((x) => x !== above) : [...item.alongside, above],
        },
      };
    }
  }
  if (state.focus === "backlog" && (key.return || input === "i")) {
    const meeting = selectedMeeting(state);
    if (meeting) return { type: "edit", edit: { type: "move-item", item: id, to: { meeting: meeting.id } } };
  }
  return undefined;
}

/** A key event with nothing held: what each character of a burst of typing is read as. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * One key per character. While the planner is busy (re-checking after an edit) keys typed
 * quickly arrive together, and Ink hands a run of plain characters over as one piece of text
 * ("jj", "\rq"): each is a key of its own here, so none is lost.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const chars = [...input];
  if (chars.length <= 1 || key.meta) return [[input, key]];
  return chars.map((ch): [string, Key] => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\r" || ch === "\n") return ["", { ...NO_KEY, return: true }];
    if (ch === "\t") return ["", { ...NO_KEY, tab: true }];
    if (ch === "\x7f" || ch === "\b") return ["", { ...NO_KEY, backspace: true }];
    if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
    return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
  });
}

/** The action a key press means in this state, if any. */
export function actionFor(state: PlannerState, input: string, key: Key): Action | undefined {
  const mode = state.mode;
  switch (mode.kind) {
    case "help":
      // Arrows scroll the list in a small terminal; any other key closes it.
      if (key.upArrow || input === "k") return { type: "help-scroll", delta: -1 };
      if (key.downArrow || input === "j") return { type: "help-scroll", delta: 1 };
      if (key.pageUp) return { type: "help-scroll", delta: -10 };
      if (key.pageDown || input === " ") return { type: "help-scroll", delta: 10 };
      return { type: "help" };
    case "recover":
      if (input === "y" || key.return) return { type: "recover", accept: true };
      if (input === "n" || input === "d" || key.escape) return { type: "recover", accept: false };
      return undefined;
    case "refused":
      return key.return || key.escape || input === " " ? { type: "cancel" } : undefined;
    case "confirm-quit":
      if (input === "s") return { type: "quit-confirm", choice: "save" };
      if (input === "d") return { type: "quit-confirm", choice: "discard" };
      if (input === "k") return { type: "quit-confirm", choice: "keep" };
      if (key.ctrl && input === "c") return { type: "quit-request" };
      if (key.escape || input === "n") return { type: "cancel" };
      return undefined;
    case "confirm-overwrite":
      if (input === "o") return { type: "save-request", force: true, ...(mode.after ? { after: mode.after } : {}) };
      if (key.escape || input === "n") return { type: "cancel" };
      return undefined;
    case "export":
      if (input === "1") return { type: "export-start", kind: "ical" };
      if (input === "2") return { type: "export-start", kind: "work-programme" };
      if (input === "3") return { type: "export-start", kind: "front-sheet" };
      if (input === "4") return { type: "export-start", kind: "all" };
      if (key.escape || input === "q") return { type: "cancel" };
      return undefined;
    case "move":
      if (key.upArrow || input === "k") return { type: "move-target", delta: -1 };
      if (key.downArrow || input === "j") return { type: "move-target", delta: 1 };
      if (key.return) return { type: "confirm-move" };
      if (key.escape) return { type: "cancel" };
      return undefined;
    case "minutes":
    case "date":
      if (key.return) return { type: "prompt-submit" };
      if (key.escape) return { type: "cancel" };
      if (key.backspace || key.delete) return { type: "prompt-backspace" };
      if (mode.kind === "date") {
        if (key.leftArrow) return { type: "prompt-step", days: -1 };
        if (key.rightArrow) return { type: "prompt-step", days: 1 };
        if (key.upArrow) return { type: "prompt-step", days: -7 };
        if (key.downArrow) return { type: "prompt-step", days: 7 };
        if (/^[0-9-]+$/.test(input)) return { type: "prompt-type", text: input };
      } else if (/^[0-9 -]+$/.test(input)) return { type: "prompt-type", text: input };
      return undefined;
    case "planning": {
      // Esc stops the plan (← and h still go back to the year).
      if (key.escape) return { type: "cancel" };
      const action = actionFor({ ...state, mode: { kind: "normal" } }, input, key);
      if (!action || WHILE_PLANNING.has(action.type)) return action;
      return { type: "notice", text: PLANNING_BUSY, tone: "info" };
    }
    case "review":
      if (key.upArrow || input === "k") return { type: "review-cursor", delta: -1 };
      if (key.downArrow || input === "j") return { type: "review-cursor", delta: 1 };
      if (key.pageUp) return { type: "review-cursor", delta: -10 };
      if (key.pageDown) return { type: "review-cursor", delta: 10 };
      if (key.home || input === "g") return { type: "review-cursor", delta: -1e6 };
      if (key.end || input === "G") return { type: "review-cursor", delta: 1e6 };
      if (input === "y") return { type: "review-decide", decision: "accept" };
      if (input === "n") return { type: "review-decide", decision: "reject" };
      if (input === " ") return { type: "review-decide", decision: "toggle" };
      if (input === "a") return { type: "review-all", decision: "accept" };
      if (input === "r") return { type: "review-all", decision: "reject" };
      if (key.return) return { type: "review-apply" };
      if (key.escape) return { type: "cancel" };
      if (key.ctrl && input === "c") return { type: "quit-request" };
      return undefined;
    case "normal":
      break;
  }

  // Everywhere.
  if (input === "?") return { type: "help" };
  if (input === "q" || (key.ctrl && input === "c")) return { type: "quit-request" };
  if (input === "s" || (key.ctrl && input === "s")) return { type: "save-request" };
  if (input === "u" || (key.ctrl && input === "z")) return { type: "undo" };
  if (input === "r" || (key.ctrl && (input === "y" || input === "r"))) return { type: "redo" };
  if (input === "e") return { type: "export-menu" };
  if (input === "p") return { type: "autoplan-request" };
  if (key.tab) return { type: "focus-next", delta: key.shift ? -1 : 1 };
  if (key.pageUp) return { type: "cursor", delta: -10 };
  if (key.pageDown) return { type: "cursor", delta: 10 };
  if (key.home || input === "g") return { type: "cursor-to", at: "first" };
  if (key.end || input === "G") return { type: "cursor-to", at: "last" };

  const focus = state.focus;
  if (focus === "agenda" || focus === "backlog") {
    const edit = itemEdits(state, input, key);
    if (edit) return edit;
  }
  if ((key.upArrow && !key.shift) || input === "k") return { type: "cursor", delta: -1 };
  if ((key.downArrow && !key.shift) || input === "j") return { type: "cursor", delta: 1 };

  switch (focus) {
    case "year": {
      if (key.rightArrow || key.return || input === "l") return { type: "open-meeting" };
      const meeting = selectedMeeting(state);
      if (!meeting) return undefined;
      if (input === "d") return { type: "begin-date" };
      if (input === "x")
        return {
          type: "edit",
          edit: { type: meeting.status === "cancelled" ? "reinstate-meeting" : "cancel-meeting", meeting: meeting.id },
        };
      return undefined;
    }
    case "agenda":
    case "backlog":
      if (key.leftArrow || key.escape || input === "h") return { type: "focus", pane: "year" };
      return undefined;
    case "checks":
      if (key.return) return { type: "jump-to-finding" };
      if (key.leftArrow || key.escape || input === "h") return { type: "focus", pane: "year" };
      return undefined;
  }
}
