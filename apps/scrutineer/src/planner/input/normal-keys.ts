import { agendaItemId, agendaOutcome } from "@scrutineer/model";
import { agendaIds, nextOutcome, nextStatus, selectedMeeting, stepMinutes } from "../state/index.js";
import {
  act,
  deleteTarget,
  edit,
  editTarget,
  ITEM_PANES,
  type KeyEntry,
  NORMAL,
  newTarget,
  withItem,
} from "./key-entry.js";

/** The keys of the normal mode: moving around, items, meetings, the auto-plan, the file. */
export const NORMAL_KEYS: readonly KeyEntry[] = [
  // --- Moving around ---------------------------------------------------------------------------
  {
    group: "Moving around",
    label: "↑ ↓  k j",
    does: "previous / next row in the pane",
    modes: NORMAL,
    bind: [
      { keys: ["up", "k"], action: act({ type: "cursor", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "cursor", delta: 1 }) },
    ],
  },
  {
    group: "Moving around",
    label: "PgUp PgDn  Home End  g G",
    does: "jump ten rows / to the first or last",
    modes: NORMAL,
    bind: [
      { keys: ["pageup"], action: act({ type: "cursor", delta: -10 }) },
      { keys: ["pagedown"], action: act({ type: "cursor", delta: 10 }) },
      { keys: ["home", "g"], action: act({ type: "cursor-to", at: "first" }) },
      { keys: ["end", "G"], action: act({ type: "cursor-to", at: "last" }) },
    ],
  },
  {
    group: "Moving around",
    label: "Tab  Shift-Tab",
    does: "next / previous pane (year, agenda, backlog, checks)",
    modes: NORMAL,
    bind: [
      { keys: ["tab"], action: act({ type: "focus-next", delta: 1 }) },
      { keys: ["shift-tab"], action: act({ type: "focus-next", delta: -1 }) },
    ],
  },
  {
    group: "Moving around",
    label: "→  Enter  l",
    does: "year: open the meeting's agenda",
    modes: NORMAL,
    panes: ["year"],
    bind: [{ keys: ["right", "enter", "l"], action: act({ type: "open-meeting" }) }],
  },
  {
    group: "Moving around",
    label: "←  Esc  h",
    does: "back to the year",
    modes: NORMAL,
    panes: ["agenda", "backlog", "checks"],
    bind: [{ keys: ["left", "esc", "h"], action: act({ type: "focus", pane: "year" }) }],
  },
  {
    group: "Moving around",
    label: "Enter",
    does: "checks: go to the finding's meeting or item",
    modes: NORMAL,
    panes: ["checks"],
    bind: [{ keys: ["enter"], action: act({ type: "jump-to-finding" }) }],
  },
  // --- Creating, editing, deleting ----------------------------------------------------------------
  {
    group: "Create, edit, delete",
    label: "n",
    does: "new: an item after the selected one (agenda) or in the backlog; a meeting (year)",
    modes: NORMAL,
    panes: ["year", "agenda", "backlog"],
    bind: [{ keys: ["n"], action: (s) => ({ type: "form-open", target: newTarget(s) }) }],
  },
  {
    group: "Create, edit, delete",
    label: "e",
    does: "edit the selected item or meeting (every field)",
    modes: NORMAL,
    panes: ["year", "agenda", "backlog"],
    bind: [{ keys: ["e"], action: (s) => editTarget(s) }],
  },
  {
    group: "Create, edit, delete",
    label: "d  Del",
    does: "delete the selected item or meeting (asks first)",
    modes: NORMAL,
    panes: ["year", "agenda", "backlog"],
    bind: [{ keys: ["d", "delete"], action: (s) => deleteTarget(s) }],
  },
  {
    group: "Create, edit, delete",
    label: "v",
    does: "the meeting's night: attendance, declarations, the interest rules as they apply",
    modes: NORMAL,
    panes: ["year", "agenda"],
    bind: [
      {
        keys: ["v"],
        action: (s) => {
          const meeting = selectedMeeting(s);
          return meeting ? { type: "list-open", list: { kind: "declarations", meeting: meeting.id } } : undefined;
        },
      },
    ],
  },
  {
    group: "Create, edit, delete",
    label: "w",
    does: "who: members, co-optees, substitutes, officers and Cabinet members",
    modes: NORMAL,
    bind: [{ keys: ["w"], action: act({ type: "list-open", list: { kind: "people" } }) }],
  },
  {
    group: "Create, edit, delete",
    label: "E",
    does: "events: briefings, site visits, workshops and other sessions that are not meetings",
    modes: NORMAL,
    bind: [{ keys: ["E"], action: act({ type: "list-open", list: { kind: "events" } }) }],
  },
  {
    group: "Create, edit, delete",
    label: "R",
    does: "recommendations: each review's, with the response due; Enter records the response and what came of it",
    modes: NORMAL,
    bind: [{ keys: ["R"], action: act({ type: "list-open", list: { kind: "recommendations" } }) }],
  },
  {
    group: "Create, edit, delete",
    label: "C",
    does: "the commission: names, kind, jurisdiction, venue, usual times, contact, quorum, deadline rules",
    modes: NORMAL,
    bind: [{ keys: ["C"], action: act({ type: "form-open", target: { kind: "commission" } }) }],
  },
  // --- Items -----------------------------------------------------------------------------------
  {
    group: "Items (agenda or backlog pane)",
    label: "m",
    does: "move the item to another meeting or the backlog",
    modes: NORMAL,
    panes: ITEM_PANES,
    bind: [{ keys: ["m"], action: (s) => withItem(s, () => ({ type: "begin-move" })) }],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "Enter  i",
    does: "backlog: add the item to the selected meeting",
    modes: NORMAL,
    panes: ["backlog"],
    bind: [
      {
        keys: ["enter", "i"],
        action: (s) =>
          withItem(s, (id) => {
            const meeting = selectedMeeting(s);
            return meeting ? edit({ type: "move-item", item: id, to: { meeting: meeting.id } }) : undefined;
          }),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "b",
    does: "agenda: send the item to the backlog",
    modes: NORMAL,
    panes: ["agenda"],
    bind: [{ keys: ["b"], action: (s) => withItem(s, (id) => edit({ type: "move-item", item: id, to: "backlog" })) }],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "+ =  - _",
    does: "five minutes more / fewer (a range moves both ends)",
    modes: NORMAL,
    panes: ITEM_PANES,
    bind: [
      {
        keys: ["+", "="],
        action: (s) =>
          withItem(s, (id, item) => edit({ type: "set-minutes", item: id, minutes: stepMinutes(item.minutes, 5) })),
      },
      {
        keys: ["-", "_"],
        action: (s) =>
          withItem(s, (id, item) => edit({ type: "set-minutes", item: id, minutes: stepMinutes(item.minutes, -5) })),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "t",
    does: "type the minutes (45, or a range 30-45; empty clears)",
    modes: NORMAL,
    panes: ITEM_PANES,
    bind: [{ keys: ["t"], action: (s) => withItem(s, () => ({ type: "begin-minutes" })) }],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "c",
    does: "cycle status: confirmed, to be scoped, TBC, withdrawn",
    modes: NORMAL,
    panes: ITEM_PANES,
    bind: [
      {
        keys: ["c"],
        action: (s) =>
          withItem(s, (id, item) => edit({ type: "set-status", item: id, status: nextStatus(item.status) })),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "O",
    does: "agenda: record what became of the item: considered, noted, deferred, withdrawn, none",
    modes: NORMAL,
    panes: ["agenda"],
    bind: [
      {
        keys: ["O"],
        action: (s) =>
          withItem(s, (id) => {
            const meeting = selectedMeeting(s);
            const entry = meeting?.agenda.find((e) => agendaItemId(e) === id);
            if (!meeting || entry === undefined) return undefined;
            return edit({
              type: "set-outcome",
              meeting: meeting.id,
              item: id,
              outcome: nextOutcome(agendaOutcome(entry)),
            });
          }),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "M",
    does: "agenda: the minutes' record of the item: outcome, resolutions, actions, answers owed in writing",
    modes: NORMAL,
    panes: ["agenda"],
    bind: [
      {
        keys: ["M"],
        action: (s) =>
          withItem(s, (id) => {
            const meeting = selectedMeeting(s);
            if (!meeting?.agenda.some((e) => agendaItemId(e) === id)) return undefined;
            return { type: "form-open", target: { kind: "outcome", meeting: meeting.id, item: id } };
          }),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "K J  Shift-↑ Shift-↓",
    does: "move the item up / down the agenda or backlog",
    modes: NORMAL,
    panes: ITEM_PANES,
    bind: [
      {
        keys: ["K", "shift-up"],
        action: (s) => withItem(s, (id) => edit({ type: "reorder-item", item: id, delta: -1 })),
      },
      {
        keys: ["J", "shift-down"],
        action: (s) => withItem(s, (id) => edit({ type: "reorder-item", item: id, delta: 1 })),
      },
    ],
  },
  {
    group: "Items (agenda or backlog pane)",
    label: "a",
    does: "agenda: take the item alongside the one above it (again to undo)",
    modes: NORMAL,
    panes: ["agenda"],
    bind: [
      {
        keys: ["a"],
        action: (s) =>
          withItem(s, (id, item) => {
            const above = agendaIds(s)[s.item - 1];
            if (!above) return undefined;
            const linked = item.alongside.includes(above);
            const alongside = linked ? item.alongside.filter((x) => x !== above) : [...item.alongside, above];
            return edit({ type: "set-alongside", item: id, with: alongside });
          }),
      },
    ],
  },
  // --- Meetings --------------------------------------------------------------------------------
  {
    group: "Meetings (year pane)",
    label: "t",
    does: "type a new date for the meeting (its deadlines recompute)",
    modes: NORMAL,
    panes: ["year"],
    bind: [{ keys: ["t"], action: (s) => (selectedMeeting(s) ? { type: "begin-date" } : undefined) }],
  },
  {
    group: "Meetings (year pane)",
    label: "x",
    does: "cancel the meeting, or reinstate a cancelled one",
    modes: NORMAL,
    panes: ["year"],
    bind: [
      {
        keys: ["x"],
        action: (s) => {
          const meeting = selectedMeeting(s);
          if (!meeting) return undefined;
          const type = meeting.status === "cancelled" ? "reinstate-meeting" : "cancel-meeting";
          return edit({ type, meeting: meeting.id });
        },
      },
    ],
  },
  // --- Auto-plan -------------------------------------------------------------------------------
  {
    group: "Auto-plan (HiGHS)",
    label: "p",
    does: "propose a plan of the year under every rule",
    modes: NORMAL,
    bind: [{ keys: ["p"], action: act({ type: "autoplan-request" }) }],
  },
  // --- File ------------------------------------------------------------------------------------
  {
    group: "File",
    label: "u  Ctrl-Z",
    does: "undo the last edit",
    modes: NORMAL,
    bind: [{ keys: ["u", "ctrl-z"], action: act({ type: "undo" }) }],
  },
  {
    group: "File",
    label: "r  Ctrl-Y  Ctrl-R",
    does: "redo",
    modes: NORMAL,
    bind: [{ keys: ["r", "ctrl-y", "ctrl-r"], action: act({ type: "redo" }) }],
  },
  {
    group: "File",
    label: "s  Ctrl-S",
    does: "save the programme file (comments and layout kept)",
    modes: NORMAL,
    bind: [{ keys: ["s", "ctrl-s"], action: act({ type: "save-request" }) }],
  },
  {
    group: "File",
    label: "o",
    does: "output (export): calendar feed, work programme, front sheet",
    modes: NORMAL,
    bind: [{ keys: ["o"], action: act({ type: "export-menu" }) }],
  },
  {
    group: "File",
    label: "?",
    does: "this list",
    modes: NORMAL,
    bind: [{ keys: ["?"], action: act({ type: "help" }) }],
  },
  {
    group: "File",
    label: "q  Ctrl-C",
    does: "quit (asks first if anything is unsaved)",
    modes: NORMAL,
    bind: [{ keys: ["q", "ctrl-c"], action: act({ type: "quit-request" }) }],
  },
];
