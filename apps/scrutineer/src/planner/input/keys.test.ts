import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { early, proposalOf, reviewing, run, start, THREE } from "../../../test/planner-state.fixtures.js";
import { journalFor, PANES, type Pane, type PlannerState } from "../state/index.js";
import { CLOSE_FOOTER, FOOTER, REVIEW_FOOTER } from "./footer.js";
import type { ModeKind } from "./key-entry.js";
import { type KeyName, keyDisplay, keyEvent, NO_KEY } from "./key-names.js";
import { actionFor, entryKeys, HELP, KEY_TABLE, resolveKey } from "./keys.js";

// time-zone passes: out, it is about which key does what in each mode; the states' dates are checked by src/planner/state/*.test.ts

/** A state in each mode (and, in the normal mode, each pane) where every key of that mode has something to act on. */
function stateFor(mode: ModeKind, pane: Pane = "year"): PlannerState {
  const base = start();
  const agenda = run(base, { type: "open-meeting" }, { type: "cursor", delta: 1 }); // an item with one above it
  const edited = run(base, { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } });
  switch (mode) {
    case "normal":
      return pane === "agenda" ? agenda : run(base, { type: "focus", pane });
    case "help":
      return run(base, { type: "help" });
    case "move":
      return run(agenda, { type: "begin-move" });
    case "minutes":
      return run(agenda, { type: "begin-minutes" });
    case "date":
      return run(base, { type: "begin-date" });
    case "export":
      return run(base, { type: "export-menu" });
    case "confirm-quit":
      return run(edited, { type: "quit-request" });
    case "confirm-overwrite":
      return { ...edited, mode: { kind: "confirm-overwrite" } };
    case "recover":
      return { ...base, mode: { kind: "recover", journal: journalFor(edited)! } };
    case "refused":
      return { ...base, mode: { kind: "refused", reason: "it changed", keptAt: "/tmp/x.rejected" } };
    case "planning":
      return run(base, { type: "autoplan-request" });
    case "review": {
      const s = early();
      return reviewing(s, proposalOf(s, THREE));
    }
    case "form":
      return run(agenda, { type: "form-open", target: { kind: "item", item: "chscp-annual-report-2022" } });
    case "confirm-leave":
      return run(
        agenda,
        { type: "form-open", target: { kind: "item", item: "chscp-annual-report-2022" } },
        { type: "form-field", name: "title", value: "Changed" },
        { type: "form-leave" },
      );
    case "list":
      return run(base, { type: "list-open", list: { kind: "declarations", meeting: "2023-01" } });
    case "confirm-delete":
      return run(agenda, { type: "ask-delete", edit: { type: "delete-item", item: "fsm-letter" }, what: "the item" });
  }
}

const MODES: ModeKind[] = [
  "normal",
  "help",
  "move",
  "minutes",
  "date",
  "export",
  "confirm-quit",
  "confirm-overwrite",
  "recover",
  "refused",
  "planning",
  "review",
  "form",
  "confirm-leave",
  "list",
  "confirm-delete",
];

/** Every mode, and every pane of the normal mode and of planning (where the normal keys that only move around act). */
type Context = [ModeKind, Pane | undefined, PlannerState];
const CONTEXTS: Context[] = MODES.flatMap((mode): Context[] =>
  mode === "normal" || mode === "planning"
    ? PANES.map(
        (pane): Context => [
          mode,
          pane,
          mode === "planning" ? { ...stateFor("normal", pane), mode: stateFor("planning").mode } : stateFor(mode, pane),
        ],
      )
    : [[mode, undefined, stateFor(mode)]],
);

/** Every key a terminal can send that the planner could read: named keys, printable characters, Ctrl-letters. */
const NAMED: KeyName[] = [
  "up",
  "down",
  "shift-up",
  "shift-down",
  "left",
  "right",
  "pageup",
  "pagedown",
  "home",
  "end",
  "enter",
  "esc",
  "tab",
  "shift-tab",
  "backspace",
  "delete",
  "space",
];
const UNIVERSE: [string, Key][] = [
  ...NAMED.map(keyEvent),
  ...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => keyEvent(String.fromCharCode(0x21 + i))),
  ...Array.from({ length: 26 }, (_, i) => keyEvent(`ctrl-${String.fromCharCode(0x61 + i)}`)),
];

const where = (mode: ModeKind, pane: Pane | undefined) => `${mode}${pane ? `/${pane}` : ""}`;

describe("the key table", () => {
  it("does what the help says: every key of every entry reaches that entry's action, wherever it applies", () => {
    let pressed = 0;
    for (const entry of KEY_TABLE)
      for (const mode of entry.modes)
        for (const pane of mode === "normal" ? (entry.panes ?? PANES) : [undefined]) {
          const state = stateFor(mode, pane);
          for (const binding of entry.bind)
            for (const name of binding.keys) {
              const [input, key] = keyEvent(name);
              const expected = binding.action(state, input, key);
              const context = `${entry.label} (${entry.does}) in ${where(mode, pane)}, key ${name}`;
              expect(expected, context).toBeDefined();
              const resolved = resolveKey(state, input, key);
              expect(resolved?.entry.does, context).toBe(entry.does);
              expect(actionFor(state, input, key), context).toEqual(expected);
              pressed++;
            }
        }
    expect(pressed).toBeGreaterThan(150);
  });

  it("writes every key it binds in the entry's label, and the help lists every entry", () => {
    for (const entry of KEY_TABLE) {
      const words = entry.label === "any other key" ? [entry.label] : entry.label.split(/\s+/);
      for (const shown of entryKeys(entry)) expect(words, entry.label).toContain(shown);
    }
    const listed = HELP.flatMap((g) => g.keys.map((k) => `${g.title}: ${k.keys}: ${k.does}`));
    expect(listed).toEqual(expect.arrayContaining(KEY_TABLE.map((e) => `${e.group}: ${e.label}: ${e.does}`)));
    expect(listed).toHaveLength(KEY_TABLE.length);
  });

  it("misses no key from the help: any key that acts, in any mode or pane, is one the help lists there", () => {
    let acting = 0;
    for (const [mode, pane, state] of CONTEXTS)
      for (const [input, key] of UNIVERSE) {
        const resolved = resolveKey(state, input, key);
        if (!resolved) {
          expect(actionFor(state, input, key)).toBeUndefined();
          continue;
        }
        acting++;
        const { entry } = resolved;
        const context = `${JSON.stringify(input)} ${JSON.stringify(Object.entries(key).filter(([, v]) => v))} in ${where(mode, pane)}`;
        // The entry applies here (while planning, the normal mode's keys answer too).
        const applies = entry.modes.includes(mode) || (mode === "planning" && entry.modes.includes("normal"));
        expect(applies, context).toBe(true);
        if (pane && entry.panes) expect(entry.panes, context).toContain(pane);
        expect(entryKeys(entry), context).toContain(keyDisplay(resolved.key));
        expect(
          HELP.find((g) => g.title === entry.group)?.keys.some((k) => k.keys === entry.label && k.does === entry.does),
          context,
        ).toBe(true);
      }
    expect(acting).toBeGreaterThan(300);
  });

  it("acts on nothing it does not list: an unlisted key does nothing in the normal mode", () => {
    const year = stateFor("normal", "year");
    for (const input of ["z", "Z", "!", "y", "ctrl-q"]) {
      const [i, k] = input.startsWith("ctrl-") ? keyEvent(input) : [input, NO_KEY];
      expect(actionFor(year, i, k), input).toBeUndefined();
    }
  });
});

describe("the footers", () => {
  const byDisplay = new Map(NAMED.map((n) => [keyDisplay(n), n]));
  /** The keys a footer label stands for: "↑↓" is up and down, "+-" plus and minus, "Enter" the Enter key. */
  const keysOf = (label: string): KeyName[] =>
    byDisplay.has(label) ? [byDisplay.get(label)!] : [...label].map((c) => byDisplay.get(c) ?? c);

  it("name only keys that act in their pane or mode", () => {
    const check = (state: PlannerState, entries: readonly [string, string][], context: string) => {
      for (const [label, verb] of entries)
        for (const name of keysOf(label)) {
          const [input, key] = keyEvent(name);
          expect(actionFor(state, input, key), `${label} ${verb} in ${context}`).toBeDefined();
        }
    };
    for (const pane of PANES) check(stateFor("normal", pane), FOOTER[pane], pane);
    check(stateFor("review"), REVIEW_FOOTER, "review");
    const none = early();
    const noPlan = reviewing(none, {
      ok: false,
      today: "2022-05-01",
      headline: "No plan keeps every rule.",
      conflicts: ["a conflict"],
      complete: true,
      notes: [],
    });
    check(noPlan, CLOSE_FOOTER, "review of no plan");
  });
});
