import type { Key } from "ink";

/**
 * Keys by name, as the key table writes them: "up", "shift-tab", "enter", "ctrl-z", a single
 * character ("k", "?", "+"), "typing:0123456789-" for any run of those characters (what a
 * prompt accepts), or "any". Each name says which key events it matches, how the help writes
 * it, and (for the tests) the event a terminal sends for it.
 */
export type KeyName = string;

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

/** The named keys: what they match, how the help writes them, and the event they send. */
const NAMED: Record<string, { matches: (input: string, key: Key) => boolean; display: string; event: Partial<Key> }> = {
  up: { matches: (_, k) => k.upArrow && !k.shift, display: "↑", event: { upArrow: true } },
  down: { matches: (_, k) => k.downArrow && !k.shift, display: "↓", event: { downArrow: true } },
  "shift-up": { matches: (_, k) => k.upArrow && k.shift, display: "Shift-↑", event: { upArrow: true, shift: true } },
  "shift-down": {
    matches: (_, k) => k.downArrow && k.shift,
    display: "Shift-↓",
    event: { downArrow: true, shift: true },
  },
  left: { matches: (_, k) => k.leftArrow, display: "←", event: { leftArrow: true } },
  right: { matches: (_, k) => k.rightArrow, display: "→", event: { rightArrow: true } },
  pageup: { matches: (_, k) => k.pageUp, display: "PgUp", event: { pageUp: true } },
  pagedown: { matches: (_, k) => k.pageDown, display: "PgDn", event: { pageDown: true } },
  home: { matches: (_, k) => k.home, display: "Home", event: { home: true } },
  end: { matches: (_, k) => k.end, display: "End", event: { end: true } },
  enter: { matches: (_, k) => k.return, display: "Enter", event: { return: true } },
  esc: { matches: (_, k) => k.escape, display: "Esc", event: { escape: true } },
  tab: { matches: (_, k) => k.tab && !k.shift, display: "Tab", event: { tab: true } },
  "shift-tab": { matches: (_, k) => k.tab && k.shift, display: "Shift-Tab", event: { tab: true, shift: true } },
  backspace: { matches: (_, k) => k.backspace, display: "Backspace", event: { backspace: true } },
  delete: { matches: (_, k) => k.delete, display: "Del", event: { delete: true } },
  space: { matches: (input) => input === " ", display: "Space", event: {} },
};

const plain = (key: Key) => !key.ctrl && !key.meta;

/** Whether a key event is the named key. */
export function keyMatches(name: KeyName, input: string, key: Key): boolean {
  const named = NAMED[name];
  if (named) return named.matches(input, key);
  if (name === "any") return true;
  if (name.startsWith("ctrl-")) return key.ctrl && input === name.slice(5);
  if (name.startsWith("typing:")) {
    const chars = name.slice(7);
    return plain(key) && input.length > 0 && [...input].every((c) => chars.includes(c));
  }
  return plain(key) && input === name;
}

/** How the help writes a key: "↑", "Shift-Tab", "Ctrl-Z", "k", "0-9", "any other key". */
export function keyDisplay(name: KeyName): string {
  const named = NAMED[name];
  if (named) return named.display;
  if (name === "any") return "any other key";
  if (name.startsWith("ctrl-")) return `Ctrl-${name.slice(5).toUpperCase()}`;
  if (name.startsWith("typing:")) return "0-9";
  return name;
}

/** The event a terminal sends for a named key, as Ink hands it over (for the tests). */
export function keyEvent(name: KeyName): [string, Key] {
  const named = NAMED[name];
  if (named) return [name === "space" ? " " : "", { ...NO_KEY, ...named.event }];
  if (name === "any") return ["x", NO_KEY];
  if (name.startsWith("ctrl-")) return [name.slice(5), { ...NO_KEY, ctrl: true }];
  if (name.startsWith("typing:")) return [name.slice(7, 8), NO_KEY];
  return [name, { ...NO_KEY, shift: /[A-Z]/.test(name) }];
}

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
