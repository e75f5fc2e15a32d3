import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { councilInit } from "../../../test/council-state.fixtures.js";
import { COUNCIL_KEYS, councilActionFor, councilEntryKeys } from "../input/council-keys.js";
import { NO_KEY } from "../input/keys.js";
import { committeeRows, timelineDetail, timelineRows } from "../view/council-view.js";
import {
  activeSlot,
  type CouncilAction,
  type CouncilState,
  councilInitialState,
  councilOverview,
  reduceCouncil,
} from "./council.js";
import { current, journalFor, type PlannerState, programmeOf, unsavedCount } from "./index.js";

const run = (s: CouncilState, ...actions: CouncilAction[]) => actions.reduce(reduceCouncil, s);
const start = () => councilInitialState(councilInit());
const planner = (s: CouncilState, id: string) => s.committees.find((c) => c.entry.id === id)?.planner as PlannerState;
const press = (s: CouncilState, input: string, key: Partial<Key> = {}) =>
  councilActionFor(s, input, { ...NO_KEY, ...key });
/** The Scrutiny Panel's April meeting moved to CYP's evening of 27 February 2023 (Cllr Gordon sits on both). */
const PLANT: CouncilAction = {
  type: "planner",
  id: "scrutiny-panel",
  action: { type: "edit", edit: { type: "move-meeting", meeting: "2023-04", date: "2023-02-27" } },
};

describe("the council's state", () => {
  it("opens on the committees list: name, kind, year, meetings and findings of each", () => {
    const s = start();
    expect(s.view).toEqual({ kind: "committees" });
    const rows = committeeRows(s, 120);
    expect(rows.map((r) => r.id)).toEqual([
      "cyp",
      "scrutiny-panel",
      "living-in-hackney",
      "health-in-hackney",
      "skills-economy-growth",
      "child-q-joint",
    ]);
    expect(rows[0]?.text).toMatch(/^Children and Young People Scrutiny Commission\s+commission\s+2022\/23\s+8 /);
    // CYP's own checks on 9 January 2023, as `scrutineer check` counts them; no clash across committees.
    expect(rows[0]?.text).toContain("✖0 ⚠13");
    expect(rows[0]?.text).toContain("none");
    expect(rows[1]?.text).toMatch(/^Scrutiny Panel\s+panel\s+2022\/23\s+2 /);
    // Nothing is opened (checked and indexed for the planner) until the officer opens it.
    expect(s.committees.every((c) => c.planner === undefined)).toBe(true);
  });

  it("keeps each committee's planner, undo and unsaved edits while switching; each journal holds only its file's edits", () => {
    let s = run(start(), { type: "council-cursor", delta: 1 }, { type: "council-open" }, PLANT, {
      type: "council-switch",
      delta: -1,
    });
    expect(activeSlot(s)?.entry.id).toBe("cyp");
    s = run(s, {
      type: "planner",
      id: "cyp",
      action: { type: "edit", edit: { type: "set-minutes", item: "send-action-plan", minutes: 50 } },
    });
    // Back to the Panel: its planner is as it was left, its edit unsaved, and its undo its own.
    s = run(s, { type: "council-switch", delta: 1 });
    expect(activeSlot(s)?.entry.id).toBe("scrutiny-panel");
    const panel = planner(s, "scrutiny-panel");
    expect(unsavedCount(panel)).toBe(1);
    expect(unsavedCount(planner(s, "cyp"))).toBe(1);
    expect(journalFor(panel)?.file).toBe("scrutiny-panel.yaml");
    expect(journalFor(panel)?.edits).toEqual([
      PLANT.type === "planner" && PLANT.action.type === "edit" && PLANT.action.edit,
    ]);
    expect(journalFor(planner(s, "cyp"))?.edits.map((e) => e.type)).toEqual(["set-minutes"]);
    // Undo in the Panel undoes the Panel's edit, not CYP's.
    s = run(s, { type: "planner", id: "scrutiny-panel", action: { type: "undo" } });
    expect(unsavedCount(planner(s, "scrutiny-panel"))).toBe(0);
    expect(unsavedCount(planner(s, "cyp"))).toBe(1);
    // The committees list counts the unsaved edits per committee.
    s = run(s, { type: "council-list" });
    expect(committeeRows(s, 120)[0]?.unsaved).toBe(1);
    expect(committeeRows(s, 120)[1]?.unsaved).toBe(0);
  });

  it("reads each committee with the register: an edit keeps the people named by id", () => {
    const s = run(start(), { type: "council-open", id: "scrutiny-panel" }, PLANT);
    const p = planner(s, "scrutiny-panel");
    expect(p.message?.tone).toBe("success");
    expect(programmeOf(p).members.map((m) => m.name)).toContain("Cllr Margaret Gordon");
    expect(programmeOf(p).commission.council).toBe("London Borough of Hackney");
  });

  it("puts every committee's meetings on one timeline, marking the clash an unsaved edit makes on both meetings", () => {
    let s = run(start(), { type: "council-open", id: "scrutiny-panel" });
    expect(councilOverview(s).findings).toEqual([]);
    s = run(s, PLANT, { type: "timeline-toggle" });
    const { findings, meetings } = councilOverview(s);
    expect(findings.map((f) => `${f.code} ${f.committees.join("+")} ${f.person}`)).toEqual([
      "member-clash cyp+scrutiny-panel margaret-gordon",
    ]);
    const rows = timelineRows(s, 80);
    expect(rows).toHaveLength(meetings.length);
    const marked = rows.filter((r) => r.marks !== "");
    expect(marked.map((r) => [r.when, r.committees, r.marks, r.own])).toEqual([
      ["27 Feb 2023 19:00", "CYP", "⚠ member-clash", false],
      ["27 Feb 2023 19:00", "Scrutiny Panel", "⚠ member-clash", true],
    ]);
    // The timeline opens on the meeting selected in the committee shown: the one just moved.
    expect(meetings[s.timeline?.cursor ?? -1]?.key).toBe("scrutiny-panel/2023-04");
    expect(timelineDetail(s)[0]?.text).toMatch(/^⚠ member-clash: Cllr Margaret Gordon sits on CYP and Scrutiny Panel/);
    // Enter on CYP's meeting of that evening opens CYP's planner on it.
    s = run(s, { type: "timeline-cursor", delta: -1 }, { type: "timeline-open" });
    expect(s.timeline).toBeUndefined();
    expect(activeSlot(s)?.entry.id).toBe("cyp");
    expect(planner(s, "cyp").meetingId).toBe("2023-02");
    // Undoing the move in the Panel clears the clash.
    s = run(s, { type: "planner", id: "scrutiny-panel", action: { type: "undo" } });
    expect(councilOverview(s).findings).toEqual([]);
  });

  it("quits every committee together: asks when any has unsaved edits, and leaves when all have closed", () => {
    // Nothing unsaved: the opened committees quit clean, the council when each has closed.
    let s = run(start(), { type: "council-open", id: "cyp" }, { type: "council-quit-request" });
    expect(s.quitting).toBe("clean");
    expect(planner(s, "cyp").quit).toBe("clean");
    expect(s.quit).toBeUndefined();
    expect(run(s, { type: "committee-closed", id: "cyp" }).quit).toBe(true);
    // Unsaved edits in the Panel: asked; k keeps them in its journal, the clean CYP just closes.
    s = run(start(), { type: "council-open", id: "cyp" }, { type: "council-open", id: "scrutiny-panel" }, PLANT);
    s = run(s, { type: "council-quit-request" });
    expect(s.mode).toEqual({ kind: "confirm-quit" });
    s = run(s, { type: "council-quit-confirm", choice: "keep" });
    expect(planner(s, "scrutiny-panel").quit).toBe("keep");
    expect(planner(s, "cyp").quit).toBe("clean");
    s = run(s, { type: "committee-closed", id: "cyp" });
    expect(s.quit).toBeUndefined();
    expect(run(s, { type: "committee-closed", id: "scrutiny-panel" }).quit).toBe(true);
  });

  it("stops quitting when a committee's save fails, and shows that committee with why", () => {
    let s = run(
      start(),
      { type: "council-open", id: "scrutiny-panel" },
      PLANT,
      { type: "council-list" },
      { type: "council-quit-request" },
      { type: "council-quit-confirm", choice: "save" },
    );
    expect(planner(s, "scrutiny-panel").saving).toEqual({ index: 1, force: false, after: "quit" });
    s = run(s, { type: "planner", id: "scrutiny-panel", action: { type: "save-failed", error: "disk full" } });
    expect(s.quitting).toBeUndefined();
    expect(s.view).toEqual({ kind: "committee", id: "scrutiny-panel" });
    expect(planner(s, "scrutiny-panel").message?.text).toBe("Not quitting: Not saved: disk full");
    // A file changed on disk: its overwrite question is asked, and answering it saves without quitting.
    s = run(s, { type: "council-quit-request" }, { type: "council-quit-confirm", choice: "save" });
    s = run(s, { type: "planner", id: "scrutiny-panel", action: { type: "save-conflict" } });
    expect(s.quitting).toBeUndefined();
    expect(planner(s, "scrutiny-panel").mode).toEqual({ kind: "confirm-overwrite" });
  });
});

describe("the council's keys", () => {
  it("opens, switches, goes back and toggles the timeline; the planner's own keys reach the committee shown", () => {
    let s = start();
    expect(press(s, "", { downArrow: true })).toEqual({ type: "council-cursor", delta: 1 });
    expect(press(s, "", { return: true })).toEqual({ type: "council-open" });
    s = run(s, { type: "council-open", id: "cyp" });
    expect(press(s, "]")).toEqual({ type: "council-switch", delta: 1 });
    expect(press(s, "[")).toEqual({ type: "council-switch", delta: -1 });
    expect(press(s, "T")).toEqual({ type: "timeline-toggle" });
    expect(press(s, "", { escape: true })).toEqual({ type: "council-list" });
    expect(press(s, "q")).toEqual({ type: "council-quit-request" });
    expect(press(s, "j")).toEqual({ type: "planner", id: "cyp", action: { type: "cursor", delta: 1 } });
    // In the agenda, Esc is the planner's (back to the year), not the council's.
    s = run(s, { type: "planner", id: "cyp", action: { type: "open-meeting" } });
    expect(press(s, "", { escape: true })).toEqual({
      type: "planner",
      id: "cyp",
      action: { type: "focus", pane: "year" },
    });
    // In a prompt, every key is the planner's: "]" or "T" typed is not a switch.
    s = run(s, { type: "planner", id: "cyp", action: { type: "focus", pane: "year" } });
    s = run(s, { type: "planner", id: "cyp", action: { type: "begin-date" } });
    expect(press(s, "T")).toBeUndefined();
    expect(press(s, "]")).toBeUndefined();
    expect(press(s, "2")?.type).toBe("planner");
  });

  it("lists every key it binds in its help label", () => {
    for (const entry of COUNCIL_KEYS)
      for (const key of councilEntryKeys(entry)) expect(entry.label.split(/\s+/), entry.does).toContain(key);
  });

  it("a committee with a journal to recover asks first; the council's keys wait", () => {
    const init = councilInit();
    const cyp = init.committees[0]!;
    const journal = {
      version: 1 as const,
      file: "programme.yaml",
      baseHash: cyp.init.baseHash,
      edits: [],
      descriptions: ["Unsaved changes"],
      source: cyp.init.source,
    };
    const withJournal = {
      ...init,
      committees: [
        { ...cyp, init: { ...cyp.init, recovery: { kind: "offer" as const, journal } } },
        ...init.committees.slice(1),
      ],
    };
    const s = run(councilInitialState(withJournal), { type: "council-open", id: "cyp" });
    expect(planner(s, "cyp").mode.kind).toBe("recover");
    expect(press(s, "]")).toBeUndefined();
    expect(current(planner(s, "cyp")).source).toBe(cyp.init.source);
  });
});
