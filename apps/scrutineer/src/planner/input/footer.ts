import type { Pane } from "../state/index.js";

/** Footer entries for a pane: short key and verb (each key is bound in that pane: keys.test.ts). */
export const FOOTER: Record<Pane, [string, string][]> = {
  year: [
    ["↑↓", "meeting"],
    ["→", "agenda"],
    ["n", "new"],
    ["e", "edit"],
    ["v", "night"],
    ["t", "date"],
    ["x", "cancel"],
    ["w", "people"],
    ["Tab", "pane"],
    ["u", "undo"],
    ["s", "save"],
    ["o", "export"],
    ["p", "plan"],
    ["?", "help"],
    ["q", "quit"],
  ],
  agenda: [
    ["↑↓", "item"],
    ["n", "new"],
    ["e", "edit"],
    ["m", "move"],
    ["b", "backlog"],
    ["+-", "min"],
    ["c", "status"],
    ["KJ", "order"],
    ["d", "delete"],
    ["u", "undo"],
    ["s", "save"],
    ["?", "help"],
    ["q", "quit"],
  ],
  backlog: [
    ["↑↓", "item"],
    ["Enter", "add"],
    ["n", "new"],
    ["e", "edit"],
    ["m", "move"],
    ["+-", "min"],
    ["c", "status"],
    ["d", "delete"],
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

/** The footer in a form. */
export const FORM_FOOTER: [string, string][] = [
  ["Tab", "next field"],
  ["End", "save"],
  ["Esc", "leave"],
];

/** The footer on a list screen. */
export const LIST_FOOTER: [string, string][] = [
  ["↑↓", "row"],
  ["n", "new"],
  ["e", "edit"],
  ["d", "delete"],
  ["Esc", "back"],
];

/** The footer on the recommendations' list (recorded, not added or deleted, here). */
export const RECOMMENDATIONS_FOOTER: [string, string][] = [
  ["↑↓", "row"],
  ["Enter", "record the response"],
  ["Esc", "back"],
];

/** The footer on the night's list (attendance as well). */
export const NIGHT_FOOTER: [string, string][] = [
  ["↑↓", "row"],
  ["a", "attendance"],
  ["n", "declaration"],
  ["e", "edit"],
  ["d", "delete"],
  ["Esc", "back"],
];
