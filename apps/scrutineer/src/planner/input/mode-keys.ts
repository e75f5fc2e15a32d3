import { act, type KeyEntry } from "./key-entry.js";

/**
 * The keys of every other mode: while planning, reviewing a proposal, reading this list, at a
 * prompt or the move picker, and answering a question (export, recover, quit, overwrite).
 */
export const MODE_KEYS: readonly KeyEntry[] = [
  // --- Auto-plan: planning and the proposal ----------------------------------------------
  {
    group: "Auto-plan (HiGHS)",
    label: "Esc",
    does: "while planning: stop it (moving around is fine meanwhile)",
    modes: ["planning"],
    bind: [{ keys: ["esc"], action: act({ type: "cancel" }) }],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "↑ ↓  k j  PgUp PgDn",
    does: "proposal: previous / next change (the selected one in full)",
    modes: ["review"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "review-cursor", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "review-cursor", delta: 1 }) },
      { keys: ["pageup"], action: act({ type: "review-cursor", delta: -10 }) },
      { keys: ["pagedown"], action: act({ type: "review-cursor", delta: 10 }) },
    ],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "Home End  g G",
    does: "proposal: the first / last change",
    modes: ["review"],
    bind: [
      { keys: ["home", "g"], action: act({ type: "review-cursor", delta: -1e6 }) },
      { keys: ["end", "G"], action: act({ type: "review-cursor", delta: 1e6 }) },
    ],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "y  n  Space",
    does: "proposal: accept / reject / switch the change",
    modes: ["review"],
    bind: [
      { keys: ["y"], action: act({ type: "review-decide", decision: "accept" }) },
      { keys: ["n"], action: act({ type: "review-decide", decision: "reject" }) },
      { keys: ["space"], action: act({ type: "review-decide", decision: "toggle" }) },
    ],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "a  r",
    does: "proposal: accept / reject every change",
    modes: ["review"],
    bind: [
      { keys: ["a"], action: act({ type: "review-all", decision: "accept" }) },
      { keys: ["r"], action: act({ type: "review-all", decision: "reject" }) },
    ],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "Enter",
    does: "proposal: apply the accepted changes (each one undoable)",
    modes: ["review"],
    bind: [{ keys: ["enter"], action: act({ type: "review-apply" }) }],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "Esc",
    does: "proposal: discard it; nothing changes",
    modes: ["review"],
    bind: [{ keys: ["esc"], action: act({ type: "cancel" }) }],
  },
  {
    group: "Auto-plan (HiGHS)",
    label: "Ctrl-C",
    does: "proposal: quit (asks first if anything is unsaved)",
    modes: ["review"],
    bind: [{ keys: ["ctrl-c"], action: act({ type: "quit-request" }) }],
  },
  // --- This list -------------------------------------------------------------------------------
  {
    group: "This list",
    label: "↑ ↓  k j  PgUp PgDn Space",
    does: "scroll it",
    modes: ["help"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "help-scroll", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "help-scroll", delta: 1 }) },
      { keys: ["pageup"], action: act({ type: "help-scroll", delta: -10 }) },
      { keys: ["pagedown", "space"], action: act({ type: "help-scroll", delta: 10 }) },
    ],
  },
  {
    group: "This list",
    label: "any other key",
    does: "close it",
    modes: ["help"],
    bind: [{ keys: ["any"], action: act({ type: "help" }) }],
  },
  // --- Prompts and the move picker ---------------------------------------------------------------
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "0-9 -",
    does: "type the minutes (30-45; a space is fine) or the date (YYYY-MM-DD)",
    modes: ["minutes", "date"],
    bind: [
      {
        keys: ["typing:0123456789 -"],
        // A date has no spaces; minutes may ("30 - 45").
        action: (s, input) =>
          s.mode.kind === "date" && input.includes(" ") ? undefined : { type: "prompt-type", text: input },
      },
    ],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "Backspace  Del",
    does: "rub out the last character",
    modes: ["minutes", "date"],
    bind: [{ keys: ["backspace", "delete"], action: act({ type: "prompt-backspace" }) }],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "← →  ↑ ↓",
    does: "date: a day / a week earlier or later",
    modes: ["date"],
    bind: [
      { keys: ["left"], action: act({ type: "prompt-step", days: -1 }) },
      { keys: ["right"], action: act({ type: "prompt-step", days: 1 }) },
      { keys: ["up"], action: act({ type: "prompt-step", days: -7 }) },
      { keys: ["down"], action: act({ type: "prompt-step", days: 7 }) },
    ],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "Enter",
    does: "set the minutes, or move the meeting to the date",
    modes: ["minutes", "date"],
    bind: [{ keys: ["enter"], action: act({ type: "prompt-submit" }) }],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "↑ ↓  k j",
    does: "move picker: the meeting (or the backlog) to move the item to",
    modes: ["move"],
    bind: [
      { keys: ["up", "k"], action: act({ type: "move-target", delta: -1 }) },
      { keys: ["down", "j"], action: act({ type: "move-target", delta: 1 }) },
    ],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "Enter",
    does: "move picker: move the item there",
    modes: ["move"],
    bind: [{ keys: ["enter"], action: act({ type: "confirm-move" }) }],
  },
  {
    group: "Prompts (minutes, date) and the move picker",
    label: "Esc",
    does: "leave the prompt or the picker; nothing changes",
    modes: ["minutes", "date", "move"],
    bind: [{ keys: ["esc"], action: act({ type: "cancel" }) }],
  },
  // --- Questions -------------------------------------------------------------------------------
  {
    group: "Questions",
    label: "1 2 3 4",
    does: "export: calendar feed / work programme / front sheet / all",
    modes: ["export"],
    bind: [
      { keys: ["1"], action: act({ type: "export-start", kind: "ical" }) },
      { keys: ["2"], action: act({ type: "export-start", kind: "work-programme" }) },
      { keys: ["3"], action: act({ type: "export-start", kind: "front-sheet" }) },
      { keys: ["4"], action: act({ type: "export-start", kind: "all" }) },
    ],
  },
  {
    group: "Questions",
    label: "Esc  q",
    does: "export: close the menu",
    modes: ["export"],
    bind: [{ keys: ["esc", "q"], action: act({ type: "cancel" }) }],
  },
  {
    group: "Questions",
    label: "y  Enter  /  n d Esc",
    does: "unsaved edits from last time: recover / discard them",
    modes: ["recover"],
    bind: [
      { keys: ["y", "enter"], action: act({ type: "recover", accept: true }) },
      { keys: ["n", "d", "esc"], action: act({ type: "recover", accept: false }) },
    ],
  },
  {
    group: "Questions",
    label: "Enter  Esc  Space",
    does: "edits not recovered: open the file as it is",
    modes: ["refused"],
    bind: [{ keys: ["enter", "esc", "space"], action: act({ type: "cancel" }) }],
  },
  {
    group: "Questions",
    label: "s  d  k",
    does: "quit: save / discard the edits / keep them for next time",
    modes: ["confirm-quit"],
    bind: [
      { keys: ["s"], action: act({ type: "quit-confirm", choice: "save" }) },
      { keys: ["d"], action: act({ type: "quit-confirm", choice: "discard" }) },
      { keys: ["k"], action: act({ type: "quit-confirm", choice: "keep" }) },
    ],
  },
  {
    group: "Questions",
    label: "Ctrl-C",
    does: "quit: at once, keeping the edits for next time",
    modes: ["confirm-quit"],
    bind: [{ keys: ["ctrl-c"], action: act({ type: "quit-request" }) }],
  },
  {
    group: "Questions",
    label: "o",
    does: "file changed on disk: overwrite it",
    modes: ["confirm-overwrite"],
    bind: [
      {
        keys: ["o"],
        action: (s) => ({
          type: "save-request",
          force: true,
          ...(s.mode.kind === "confirm-overwrite" && s.mode.after ? { after: s.mode.after } : {}),
        }),
      },
    ],
  },
  {
    group: "Questions",
    label: "Esc  n",
    does: "quit or overwrite: keep editing",
    modes: ["confirm-quit", "confirm-overwrite"],
    bind: [{ keys: ["esc", "n"], action: act({ type: "cancel" }) }],
  },
];
