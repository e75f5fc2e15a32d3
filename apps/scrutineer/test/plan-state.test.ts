import { readFileSync } from "node:fs";
import { agendaItemId, parseProgramme } from "@scrutineer/model";
import { changeEdit, highsSolver, type PlanChange, type Solver, verifyPlan } from "@scrutineer/planner";
import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { hashSource, type Journal } from "../src/io/journal.js";
import { AutoplanCancelled, changeText, propose } from "../src/planner/autoplan-job.js";
import { actionFor, NO_KEY } from "../src/planner/keys.js";
import { type Proposal, reviewRows } from "../src/planner/review.js";
import {
  type Action,
  agendaIds,
  backlogIds,
  current,
  initialState,
  isDirty,
  journalFor,
  moveTargets,
  nextStatus,
  PLANNING_BUSY,
  type PlannerState,
  parseMinutesInput,
  programmeOf,
  reduce,
  selectedItem,
  selectedMeeting,
  stepMinutes,
  unsavedCount,
} from "../src/planner/state.js";
import { example } from "./helpers.js";

const source = readFileSync(example, "utf8");
const TODAY = "2023-01-09";

function start(overrides: Partial<Parameters<typeof initialState>[0]> = {}): PlannerState {
  return initialState({ file: "programme.yaml", source, baseHash: hashSource(source), today: TODAY, ...overrides });
}

function run(state: PlannerState, ...actions: Action[]): PlannerState {
  return actions.reduce(reduce, state);
}

const meetingOf = (s: PlannerState, id: string) => programmeOf(s).meetings.find((m) => m.id === id)!;
const agendaOf = (s: PlannerState, id: string) =>
  meetingOf(s, id).agenda.map((e) => (typeof e === "string" ? e : e.item));
const codes = (s: PlannerState, meeting: string) =>
  current(s)
    .findings.filter((f) => f.meeting === meeting)
    .map((f) => f.code);

describe("opening", () => {
  it("opens on the next meeting after today, in the year pane, with nothing unsaved", () => {
    const s = start();
    expect(s.meetingId).toBe("2023-01");
    expect(s.focus).toBe("year");
    expect(isDirty(s)).toBe(false);
    expect(journalFor(s)).toBeNull();
    // The checks come from checkProgramme: the example's stated times disagree with the computed ones.
    expect(current(s).findings.length).toBeGreaterThan(0);
  });

  it("opens on the last meeting when the year is over", () => {
    expect(start({ today: "2023-06-01" }).meetingId).toBe("2023-04");
  });
});

describe("navigation", () => {
  it("moves between meetings in date order and panes in turn, clamped at the ends", () => {
    let s = run(start(), { type: "cursor", delta: 1 });
    expect(s.meetingId).toBe("2023-02");
    s = run(s, { type: "cursor", delta: 100 });
    expect(s.meetingId).toBe("2023-04");
    s = run(s, { type: "cursor-to", at: "first" });
    expect(s.meetingId).toBe("2022-07");
    s = run(s, { type: "focus-next", delta: 1 });
    expect(s.focus).toBe("agenda");
    s = run(s, { type: "focus-next", delta: 1 }, { type: "focus-next", delta: 1 }, { type: "focus-next", delta: 1 });
    expect(s.focus).toBe("year");
    s = run(s, { type: "focus-next", delta: -1 });
    expect(s.focus).toBe("checks");
  });

  it("opens a meeting's agenda and moves through its items", () => {
    let s = run(start(), { type: "open-meeting" });
    expect(s.focus).toBe("agenda");
    expect(selectedItem(s)).toBe("chscp-annual-report-2022");
    s = run(s, { type: "cursor", delta: 2 });
    expect(selectedItem(s)).toBe("exclusions-review-update");
    s = run(s, { type: "cursor", delta: 50 });
    expect(selectedItem(s)).toBe("previous-minutes-2023-01");
    s = run(s, { type: "cancel" });
    expect(s.focus).toBe("year");
  });

  it("lists the backlog, then items on no agenda", () => {
    const s = start();
    expect(backlogIds(s)).toEqual(["admissions-review", "residential-placements", "graduated-send-provision"]);
  });

  it("jumps from a finding to its meeting and item", () => {
    let s = run(start(), { type: "focus", pane: "checks" });
    const findings = current(s).findings;
    const at = findings.findIndex((f) => f.item === "camhs-accessibility");
    expect(at).toBeGreaterThanOrEqual(0);
    s = run(s, { type: "cursor", delta: at }, { type: "jump-to-finding" });
    expect(s.meetingId).toBe("2023-04");
    expect(s.focus).toBe("agenda");
    expect(selectedItem(s)).toBe("camhs-accessibility");
  });
});

describe("edits", () => {
  it("moves an item to another meeting through the move picker, and the checks answer at once", () => {
    // SEND Action Plan (60 minutes) into 16 Jan, which has 135 of its 180 minutes used: it overruns.
    let s = run(
      start(),
      { type: "select-meeting", id: "2023-02" },
      { type: "open-meeting" },
      { type: "cursor", delta: 1 },
    );
    expect(selectedItem(s)).toBe("send-action-plan");
    expect(codes(s, "2023-01-16")).not.toContain("agenda-overrun");
    s = run(s, { type: "begin-move" });
    expect(s.mode).toEqual({ kind: "move", item: "send-action-plan", target: moveTargets(s).indexOf("backlog") });
    s = run(s, { type: "move-target", delta: -4 });
    expect(moveTargets(s)[s.mode.kind === "move" ? s.mode.target : -1]).toBe("2023-01");
    s = run(s, { type: "confirm-move" });
    expect(s.mode.kind).toBe("normal");
    expect(agendaOf(s, "2023-02")).toEqual(["cabinet-qa-woodley", "he-budget-monitoring-2023"]);
    expect(agendaOf(s, "2023-01")).toContain("send-action-plan");
    const overrun = current(s).findings.find((f) => f.code === "agenda-overrun" && f.meeting === "2023-01-16");
    expect(overrun?.severity).toBe("error");
    expect(s.message?.text).toMatch(/^Move SEND Action Plan from 27 Feb 2023 to 16 Jan 2023 · 1 new error/);
    expect(s.message?.tone).toBe("error");
    expect(isDirty(s)).toBe(true);
    expect(unsavedCount(s)).toBe(1);
  });

  it("sends an item to the backlog and adds one from it", () => {
    let s = run(start(), { type: "select-meeting", id: "2023-04" }, { type: "open-meeting" });
    s = run(s, { type: "edit", edit: { type: "move-item", item: "camhs-accessibility", to: "backlog" } });
    expect(programmeOf(s).backlog).toContain("camhs-accessibility");
    expect(agendaOf(s, "2023-04")).toEqual(["cabinet-qa-bramble"]);
    s = run(s, { type: "focus", pane: "backlog" }, { type: "cursor-to", at: "first" });
    expect(selectedItem(s)).toBe("admissions-review");
    s = run(s, { type: "edit", edit: { type: "move-item", item: "admissions-review", to: { meeting: "2023-04" } } });
    expect(agendaOf(s, "2023-04")).toEqual(["cabinet-qa-bramble", "admissions-review"]);
  });

  it("changes minutes, status, order and taken-alongside", () => {
    let s = run(start(), { type: "select-meeting", id: "2023-03" });
    s = run(s, { type: "edit", edit: { type: "set-minutes", item: "young-parents-support", minutes: 60 } });
    expect(programmeOf(s).items.find((i) => i.id === "young-parents-support")!.minutes).toBe(60);
    s = run(s, { type: "edit", edit: { type: "set-status", item: "young-parents-support", status: "confirmed" } });
    expect(programmeOf(s).items.find((i) => i.id === "young-parents-support")!.status).toBe("confirmed");
    s = run(s, { type: "edit", edit: { type: "reorder-item", item: "pupil-attainment-2023", delta: -1 } });
    expect(agendaOf(s, "2023-03")).toEqual(["pupil-attainment-2023", "young-parents-support"]);
    s = run(s, {
      type: "edit",
      edit: { type: "set-alongside", item: "young-parents-support", with: ["pupil-attainment-2023"] },
    });
    expect(programmeOf(s).items.find((i) => i.id === "pupil-attainment-2023")!.alongside).toEqual([
      "young-parents-support",
    ]);
    expect(unsavedCount(s)).toBe(4);
  });

  it("types minutes at the prompt, refusing what is not minutes", () => {
    let s = run(start(), { type: "open-meeting" }, { type: "begin-minutes" });
    expect(s.mode).toEqual({ kind: "minutes", item: "chscp-annual-report-2022", text: "45", fresh: true });
    // The first key typed replaces the current value.
    s = run(s, { type: "prompt-type", text: "50-40" });
    expect(s.mode).toMatchObject({ text: "50-40", fresh: false });
    s = run(s, { type: "prompt-submit" });
    expect(s.mode.kind).toBe("minutes"); // still asking
    expect(s.message?.tone).toBe("error");
    s = run(s, { type: "prompt-backspace" }, { type: "prompt-backspace" }, { type: "prompt-type", text: "60" });
    s = run(s, { type: "prompt-submit" });
    expect(s.mode.kind).toBe("normal");
    expect(programmeOf(s).items.find((i) => i.id === "chscp-annual-report-2022")!.minutes).toBe("50-60");
  });

  it("moves a meeting by date (its deadlines recompute), cancels and reinstates it", () => {
    let s = run(start(), { type: "select-meeting", id: "2023-03" }, { type: "begin-date" });
    expect(s.mode).toEqual({ kind: "date", meeting: "2023-03", text: "2023-03-20", fresh: true });
    s = run(s, { type: "prompt-step", days: 7 }, { type: "prompt-step", days: 1 }, { type: "prompt-step", days: -1 });
    expect(s.mode.kind === "date" && s.mode.text).toBe("2023-03-27");
    s = run(s, { type: "prompt-submit" });
    expect(meetingOf(s, "2023-03")).toMatchObject({ date: "2023-03-27", status: "moved", movedFrom: "2023-03-20" });
    expect(meetingOf(s, "2023-03").dispatch).toBeUndefined();
    expect(s.meetingId).toBe("2023-03"); // the selection follows the meeting
    s = run(s, { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-03" } });
    expect(meetingOf(s, "2023-03").status).toBe("cancelled");
    s = run(s, { type: "edit", edit: { type: "reinstate-meeting", meeting: "2023-03" } });
    expect(meetingOf(s, "2023-03").status).toBe("moved");
  });

  it("refuses an edit the model refuses, saying why, and changes nothing", () => {
    const before = start();
    const s = run(before, { type: "edit", edit: { type: "move-item", item: "send-strategy", to: "backlog" } });
    expect(s.history).toHaveLength(1);
    expect(s.message).toEqual({
      text: "Jo Macleod's declaration of interest at the meeting of 30 Nov 2022 names this item: change the declaration before moving it",
      tone: "error",
    });
  });
});

describe("undo and redo", () => {
  it("walks back and forth over every edit, and a new edit drops what was undone", () => {
    let s = run(
      start(),
      { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } },
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
    );
    expect(unsavedCount(s)).toBe(2);
    s = run(s, { type: "undo" });
    expect(meetingOf(s, "2023-04").status).toBe("scheduled");
    expect(s.message?.text).toBe("Undid: Cancel the meeting of 17 Apr 2023 · r redo");
    s = run(s, { type: "undo" });
    expect(current(s).source).toBe(source);
    expect(isDirty(s)).toBe(false);
    s = run(s, { type: "undo" });
    expect(s.message?.text).toBe("Nothing to undo");
    s = run(s, { type: "redo" }, { type: "redo" });
    expect(meetingOf(s, "2023-04").status).toBe("cancelled");
    s = run(s, { type: "redo" });
    expect(s.message?.text).toBe("Nothing to redo");
    s = run(
      s,
      { type: "undo" },
      { type: "edit", edit: { type: "set-status", item: "camhs-accessibility", status: "tbc" } },
    );
    expect(s.history).toHaveLength(3);
    s = run(s, { type: "redo" });
    expect(s.message?.text).toBe("Nothing to redo");
  });

  it("restores the checks with the text", () => {
    let s = run(start(), {
      type: "edit",
      edit: { type: "move-item", item: "send-action-plan", to: { meeting: "2023-01" } },
    });
    expect(codes(s, "2023-01-16")).toContain("agenda-overrun");
    s = run(s, { type: "undo" });
    expect(codes(s, "2023-01-16")).not.toContain("agenda-overrun");
    s = run(s, { type: "redo" });
    expect(codes(s, "2023-01-16")).toContain("agenda-overrun");
  });
});

describe("saving", () => {
  const edited = () =>
    run(start(), { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } });

  it("asks the edge to save the current text, then records what is on disk", () => {
    let s = run(edited(), { type: "save-request" });
    expect(s.saving).toEqual({ index: 1, force: false });
    // A second request while one is running is ignored.
    expect(run(s, { type: "save-request" }).saving).toBe(s.saving);
    s = run(s, { type: "save-finished", index: 1, hash: hashSource(current(s).source) });
    expect(s.saving).toBeUndefined();
    expect(isDirty(s)).toBe(false);
    expect(s.baseHash).toBe(hashSource(current(s).source));
    expect(journalFor(s)).toBeNull();
    expect(s.message).toEqual({ text: "Saved programme.yaml", tone: "success" });
  });

  it("says so when there is nothing to save", () => {
    expect(run(start(), { type: "save-request" }).message?.text).toBe("No changes to save in programme.yaml");
  });

  it("asks before overwriting a file changed on disk", () => {
    let s = run(edited(), { type: "save-request" }, { type: "save-conflict" });
    expect(s.mode.kind).toBe("confirm-overwrite");
    expect(s.saving).toBeUndefined();
    s = run(s, { type: "save-request", force: true });
    expect(s.saving).toEqual({ index: 1, force: true });
  });

  it("reports a failed save and keeps the edits", () => {
    const s = run(edited(), { type: "save-request" }, { type: "save-failed", error: "EACCES" });
    expect(s.message).toEqual({ text: "Not saved: EACCES", tone: "error" });
    expect(isDirty(s)).toBe(true);
  });

  it("undoing past a save leaves the edits unsaved, and the journal holds the text", () => {
    let s = run(edited(), { type: "save-request" });
    s = run(s, { type: "save-finished", index: 1, hash: hashSource(current(s).source) }, { type: "undo" });
    expect(isDirty(s)).toBe(true);
    const j = journalFor(s)!;
    expect(j.source).toBe(source);
    expect(j.edits).toEqual([]);
  });
});

describe("the journal", () => {
  it("holds the base file's hash, every edit since it, their descriptions and the text", () => {
    const s = run(
      start(),
      { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } },
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
    );
    const j = journalFor(s)!;
    expect(j.baseHash).toBe(hashSource(source));
    expect(j.edits).toEqual([
      { type: "set-minutes", item: "camhs-accessibility", minutes: 45 },
      { type: "cancel-meeting", meeting: "2023-04" },
    ]);
    expect(j.descriptions).toEqual([
      "Give Accessibility of CAMHS 45 min (was no minutes)",
      "Cancel the meeting of 17 Apr 2023",
    ]);
    expect(j.source).toBe(current(s).source);
  });

  it("is offered back on the next start, replayed as separate undoable edits", () => {
    const before = run(
      start(),
      { type: "edit", edit: { type: "set-minutes", item: "camhs-accessibility", minutes: 45 } },
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
    );
    const journal = journalFor(before) as Journal;
    let s = start({ recovery: { kind: "offer", journal } });
    expect(s.mode.kind).toBe("recover");
    expect(s.journalling).toBe(false); // no journal writes until the officer answers
    s = run(s, { type: "recover", accept: true });
    expect(s.journalling).toBe(true);
    expect(current(s).source).toBe(journal.source);
    expect(unsavedCount(s)).toBe(2);
    expect(s.message?.text).toBe("Recovered 2 unsaved edits (not saved yet: s to save, u to undo)");
    s = run(s, { type: "undo" });
    expect(meetingOf(s, "2023-04").status).toBe("scheduled");
  });

  it("can be declined, which discards it", () => {
    const journal = journalFor(run(start(), { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } }))!;
    const s = run(start({ recovery: { kind: "offer", journal } }), { type: "recover", accept: false });
    expect(current(s).source).toBe(source);
    expect(s.journalling).toBe(true);
    expect(journalFor(s)).toBeNull();
  });

  it("falls back to the journal's text when its edits no longer replay", () => {
    const journal: Journal = {
      version: 1,
      file: "programme.yaml",
      baseHash: hashSource(source),
      edits: [],
      descriptions: ["Unsaved changes"],
      source: source.replace("minutes: 75 # the summary grid says 60", "minutes: 70 # the summary grid says 60"),
    };
    expect(journal.source).not.toBe(source);
    const s = run(start({ recovery: { kind: "offer", journal } }), { type: "recover", accept: true });
    expect(current(s).source).toBe(journal.source);
    expect(isDirty(s)).toBe(true);
  });

  it("explains a refusal and opens the file as it is", () => {
    let s = start({ recovery: { kind: "refused", reason: "it changed", keptAt: "/tmp/x.rejected" } });
    expect(s.mode).toEqual({ kind: "refused", reason: "it changed", keptAt: "/tmp/x.rejected" });
    s = run(s, { type: "cancel" });
    expect(s.mode.kind).toBe("normal");
  });
});

describe("quitting", () => {
  it("quits at once with nothing unsaved", () => {
    expect(run(start(), { type: "quit-request" }).quit).toBe("clean");
  });

  it("asks first with unsaved edits: save, discard or keep for next time", () => {
    const s = run(
      start(),
      { type: "edit", edit: { type: "cancel-meeting", meeting: "2023-04" } },
      { type: "quit-request" },
    );
    expect(s.mode.kind).toBe("confirm-quit");
    expect(s.quit).toBeUndefined();
    expect(run(s, { type: "quit-confirm", choice: "discard" }).quit).toBe("discard");
    expect(run(s, { type: "quit-confirm", choice: "keep" }).quit).toBe("keep");
    expect(run(s, { type: "quit-request" }).quit).toBe("keep"); // Ctrl-C twice keeps the journal
    expect(run(s, { type: "cancel" }).mode.kind).toBe("normal");
    const saving = run(s, { type: "quit-confirm", choice: "save" });
    expect(saving.saving).toEqual({ index: 1, force: false, after: "quit" });
    const done = run(saving, { type: "save-finished", index: 1, hash: "f".repeat(64) });
    expect(done.quit).toBe("clean");
  });
});

describe("helpers", () => {
  it("steps minutes by five, ranges at both ends, never below zero", () => {
    expect(stepMinutes(45, 5)).toBe(50);
    expect(stepMinutes("30-45", 5)).toBe("35-50");
    expect(stepMinutes("0-5", -5)).toBe(0);
    expect(stepMinutes(undefined, 5)).toBe(5);
    expect(stepMinutes(0, -5)).toBe(0);
  });

  it("reads typed minutes", () => {
    expect(parseMinutesInput("45")).toEqual({ ok: true, value: 45 });
    expect(parseMinutesInput(" 30 - 45 ")).toEqual({ ok: true, value: "30-45" });
    expect(parseMinutesInput("")).toEqual({ ok: true, value: null });
    expect(parseMinutesInput("45-30").ok).toBe(false);
    expect(parseMinutesInput("lots").ok).toBe(false);
  });

  it("cycles status in the work programme's legend order", () => {
    expect(nextStatus("confirmed")).toBe("to-be-scoped");
    expect(nextStatus("to-be-scoped")).toBe("tbc");
    expect(nextStatus("tbc")).toBe("withdrawn");
    expect(nextStatus("withdrawn")).toBe("confirmed");
  });

  it("keeps the example parseable after every edit the planner makes", () => {
    let s = start();
    s = run(
      s,
      { type: "edit", edit: { type: "move-item", item: "residential-placements", to: { meeting: "2023-04" } } },
      { type: "edit", edit: { type: "set-status", item: "residential-placements", status: "to-be-scoped" } },
      { type: "edit", edit: { type: "move-meeting", meeting: "2023-04", date: "2023-04-24" } },
    );
    expect(parseProgramme(current(s).source).ok).toBe(true);
    expect(selectedMeeting(s)?.id).toBe("2023-01");
    expect(agendaIds({ ...s, meetingId: "2023-04" })).toEqual([
      "camhs-accessibility",
      "cabinet-qa-bramble",
      "residential-placements",
    ]);
  });
});

// --- The auto-plan (issue 8): p proposes, the officer accepts or rejects each change -----------

const BEFORE_THE_YEAR = "2022-05-01";
const highs = highsSolver();

const KEYS: Key = NO_KEY;
const press = (s: PlannerState, input: string, key: Partial<Key> = {}) => actionFor(s, input, { ...KEYS, ...key });

function early(text = source): PlannerState {
  return initialState({ file: "programme.yaml", source: text, baseHash: hashSource(text), today: BEFORE_THE_YEAR });
}

const placeOf = (s: PlannerState, item: string) =>
  programmeOf(s).meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === item))?.id ??
  (programmeOf(s).backlog.includes(item) ? "backlog" : "nowhere");

/** A proposal built by hand from changes to the real programme (the planner's own wording and edits). */
function proposalOf(s: PlannerState, changes: PlanChange[]): Proposal {
  return {
    ok: true,
    today: BEFORE_THE_YEAR,
    summary: "Verified: the plan keeps every rule.",
    changes: changes.map((change) => ({
      change,
      edit: changeEdit(change),
      text: changeText(programmeOf(s), change),
    })),
    waiting: [{ item: "admissions-review", text: "School Admissions: no minutes allotted" }],
    notes: [],
    solver: "HiGHS",
    seconds: 0.4,
  };
}

const THREE: PlanChange[] = [
  { kind: "add", item: "residential-placements", title: "Residential Placements", minutes: 0, to: "2023-04" },
  {
    kind: "move",
    item: "exam-results-2022",
    title: "School Exam Results 2022",
    minutes: 20,
    from: "2022-09",
    to: "2023-03",
  },
  {
    kind: "unschedule",
    item: "ehcp-demographics",
    title: "Demographics of EHCPs in Hackney",
    minutes: 40,
    from: "2022-09",
  },
];

function reviewing(s: PlannerState, proposal: Proposal): PlannerState {
  const asked = run(s, { type: "autoplan-request" });
  const at = asked.mode.kind === "planning" ? asked.mode.run : -1;
  return run(asked, { type: "autoplan-finished", run: at, proposal });
}

const decisionsOf = (s: PlannerState) => (s.mode.kind === "review" ? s.mode.decisions : []);
const cursorOf = (s: PlannerState) => (s.mode.kind === "review" ? s.mode.cursor : -1);

describe("the auto-plan: asking, progress and stopping", () => {
  it("p starts a run; progress changes its line, not the message; Esc stops it and its answer is ignored", () => {
    let s = early();
    expect(press(s, "p")).toEqual({ type: "autoplan-request" });
    s = run(s, { type: "autoplan-request" });
    expect(s.mode).toEqual({ kind: "planning", run: 1, from: 0, label: "starting HiGHS" });
    s = run(s, { type: "notice", text: "hello", tone: "info" });
    s = run(s, { type: "autoplan-progress", run: 1, label: "keeping items where they are" });
    expect(s.mode).toMatchObject({ label: "keeping items where they are" });
    expect(s.message?.text).toBe("hello");
    // Another run's progress is not this one's.
    expect(run(s, { type: "autoplan-progress", run: 7, label: "x" }).mode).toEqual(s.mode);
    // A second p while planning starts nothing.
    expect(run(s, { type: "autoplan-request" }).mode).toEqual(s.mode);

    expect(press(s, "", { escape: true })).toEqual({ type: "cancel" });
    s = run(s, { type: "cancel" });
    expect(s.mode.kind).toBe("normal");
    expect(s.message?.text).toBe("Auto-plan stopped: nothing changed");
    const after = run(s, { type: "autoplan-finished", run: 1, proposal: proposalOf(s, THREE) });
    expect(after.mode.kind).toBe("normal");
    expect(run(s, { type: "autoplan-failed", run: 1, error: "boom" }).message).toBeUndefined();
  });

  it("lets the officer move around while planning, but nothing that changes the programme", () => {
    let s = run(early(), { type: "autoplan-request" });
    expect(press(s, "j")).toEqual({ type: "cursor", delta: 1 });
    expect(press(s, "", { tab: true })).toEqual({ type: "focus-next", delta: 1 });
    expect(press(s, "", { rightArrow: true })).toEqual({ type: "open-meeting" });
    expect(press(s, "q")).toEqual({ type: "quit-request" });
    for (const key of ["x", "d", "u", "r", "s", "e", "?", "p"])
      expect(press(s, key)).toEqual({ type: "notice", text: PLANNING_BUSY, tone: "info" });
    s = run(s, { type: "cursor", delta: 1 });
    expect(s.meetingId).toBe("2022-09");
    // Edits that reach the reducer anyway are refused.
    const refused = run(s, { type: "edit", edit: { type: "cancel-meeting", meeting: "2022-09" } }, { type: "undo" });
    expect(refused.history).toHaveLength(1);
    expect(refused.message?.text).toBe(PLANNING_BUSY);
    expect(refused.mode.kind).toBe("planning");
  });

  it("opens the review when the current run answers; a failure says why", () => {
    const s = run(early(), { type: "autoplan-request" }, { type: "cancel" }, { type: "autoplan-request" });
    expect(s.mode).toMatchObject({ kind: "planning", run: 2 });
    const proposal = proposalOf(s, THREE);
    // The stopped run 1 answers late: ignored.
    expect(run(s, { type: "autoplan-finished", run: 1, proposal }).mode.kind).toBe("planning");
    const review = run(s, { type: "autoplan-finished", run: 2, proposal });
    expect(review.mode).toEqual({ kind: "review", proposal, cursor: 0, decisions: [undefined, undefined, undefined] });
    expect(review.message?.text).toBe("Planned by HiGHS in 0.4 s of solving");
    const failed = run(s, { type: "autoplan-failed", run: 2, error: "HiGHS worker stopped" });
    expect(failed.mode.kind).toBe("normal");
    expect(failed.message).toEqual({ text: "The auto-planner failed: HiGHS worker stopped", tone: "error" });
  });

  it("throws away a plan made for a programme that has since changed", () => {
    const edited = run(early(), { type: "edit", edit: { type: "cancel-meeting", meeting: "2022-09" } });
    // A run that began before the edit (at history 0).
    const s: PlannerState = { ...edited, autoplanRuns: 1, mode: { kind: "planning", run: 1, from: 0, label: "" } };
    const after = run(s, { type: "autoplan-finished", run: 1, proposal: proposalOf(s, THREE) });
    expect(after.mode.kind).toBe("normal");
    expect(after.message?.text).toMatch(/^The programme changed while the auto-planner worked/);
  });
});

describe("the auto-plan: reviewing and applying", () => {
  it("y and n answer the change under the cursor and move on; Space switches it; a and r answer them all", () => {
    const s0 = early();
    let s = reviewing(s0, proposalOf(s0, THREE));
    expect(press(s, "y")).toEqual({ type: "review-decide", decision: "accept" });
    expect(press(s, "n")).toEqual({ type: "review-decide", decision: "reject" });
    expect(press(s, " ")).toEqual({ type: "review-decide", decision: "toggle" });
    expect(press(s, "a")).toEqual({ type: "review-all", decision: "accept" });
    expect(press(s, "r")).toEqual({ type: "review-all", decision: "reject" });
    expect(press(s, "", { return: true })).toEqual({ type: "review-apply" });
    expect(press(s, "", { escape: true })).toEqual({ type: "cancel" });
    expect(press(s, "j")).toEqual({ type: "review-cursor", delta: 1 });

    s = run(s, { type: "review-decide", decision: "accept" });
    expect(decisionsOf(s)).toEqual(["accept", undefined, undefined]);
    expect(cursorOf(s)).toBe(1);
    s = run(s, { type: "review-decide", decision: "reject" });
    expect(decisionsOf(s)).toEqual(["accept", "reject", undefined]);
    expect(cursorOf(s)).toBe(2);
    s = run(s, { type: "review-decide", decision: "toggle" });
    expect(decisionsOf(s)).toEqual(["accept", "reject", "accept"]);
    expect(cursorOf(s)).toBe(2); // Space stays put
    s = run(s, { type: "review-decide", decision: "toggle" });
    expect(decisionsOf(s)[2]).toBe("reject");
    s = run(s, { type: "review-decide", decision: "accept" });
    expect(cursorOf(s)).toBe(2); // the last change: nowhere to move on to
    // The row after the changes is an item left in the backlog: nothing to decide there.
    s = run(s, { type: "review-cursor", delta: 1 });
    expect(cursorOf(s)).toBe(3);
    const waiting = run(s, { type: "review-decide", decision: "accept" });
    expect(decisionsOf(waiting)).toEqual(decisionsOf(s));
    expect(waiting.message?.text).toMatch(/^An item left in the backlog stays there/);
    expect(cursorOf(run(s, { type: "review-cursor", delta: 100 }))).toBe(3);
    expect(cursorOf(run(s, { type: "review-cursor", delta: -100 }))).toBe(0);
    expect(decisionsOf(run(s, { type: "review-all", decision: "reject" }))).toEqual(["reject", "reject", "reject"]);
    expect(decisionsOf(run(s, { type: "review-all", decision: "accept" }))).toEqual(["accept", "accept", "accept"]);
  });

  it("applies the accepted changes as ordinary edits, one undo step each, journalled; rejected ones stay", () => {
    const s0 = early();
    const proposal = proposalOf(s0, THREE);
    let s = reviewing(s0, proposal);
    s = run(
      s,
      { type: "review-decide", decision: "accept" },
      { type: "review-decide", decision: "reject" },
      { type: "review-decide", decision: "accept" },
      { type: "review-apply" },
    );
    expect(s.mode.kind).toBe("normal");
    expect(s.history).toHaveLength(3);
    expect(s.history.slice(1).map((h) => h.edit)).toEqual([
      { type: "move-item", item: "residential-placements", to: { meeting: "2023-04" } },
      { type: "move-item", item: "ehcp-demographics", to: "backlog" },
    ]);
    expect(placeOf(s, "residential-placements")).toBe("2023-04");
    expect(placeOf(s, "ehcp-demographics")).toBe("backlog");
    expect(placeOf(s, "exam-results-2022")).toBe("2022-09"); // rejected
    expect(s.message).toEqual({
      text: "Applied 2 of 3 proposed changes · u undoes them one at a time",
      tone: "success",
    });
    // The checks answered: Residential Placements has no minutes, and now sits on an agenda.
    expect(current(s).findings.some((f) => f.item === "residential-placements" && f.code === "item-no-minutes")).toBe(
      true,
    );
    expect(journalFor(s)?.edits).toHaveLength(2);
    s = run(s, { type: "undo" });
    expect(placeOf(s, "ehcp-demographics")).toBe("2022-09");
    expect(placeOf(s, "residential-placements")).toBe("2023-04");
    s = run(s, { type: "undo" });
    expect(current(s).source).toBe(source);
  });

  it("keeps the review open when Enter finds nothing accepted; Esc discards it", () => {
    const s0 = early();
    const s = reviewing(s0, proposalOf(s0, THREE));
    const nothing = run(s, { type: "review-decide", decision: "reject" }, { type: "review-apply" });
    expect(nothing.mode.kind).toBe("review");
    expect(nothing.message?.text).toMatch(/^Nothing accepted yet: y accepts/);
    expect(nothing.history).toHaveLength(1);
    const discarded = run(s, { type: "review-all", decision: "accept" }, { type: "cancel" });
    expect(discarded.mode.kind).toBe("normal");
    expect(discarded.history).toHaveLength(1);
    expect(discarded.message?.text).toBe("Auto-plan discarded: nothing changed");
  });

  it("says which accepted change could not be made, and makes the others", () => {
    const s0 = early();
    const changes: PlanChange[] = [
      { kind: "unschedule", item: "send-strategy", title: "SEND Strategy", minutes: 30, from: "2022-11" },
      THREE[1]!,
    ];
    const s = run(
      reviewing(s0, proposalOf(s0, changes)),
      { type: "review-all", decision: "accept" },
      { type: "review-apply" },
    );
    expect(s.history).toHaveLength(2);
    expect(placeOf(s, "send-strategy")).toBe("2022-11");
    expect(placeOf(s, "exam-results-2022")).toBe("2023-03");
    expect(s.message?.tone).toBe("error");
    expect(s.message?.text).toBe(
      "Applied 1 of 2 proposed changes · u undo · 1 not applied: Jo Macleod's declaration of interest at the meeting of 30 Nov 2022 names this item: change the declaration before moving it",
    );
  });

  it("has nothing to accept when no plan exists: Enter closes, nothing changes", () => {
    const proposal: Proposal = {
      ok: false,
      today: BEFORE_THE_YEAR,
      headline: "No plan keeps every rule.",
      conflicts: ["October has 155 minutes; …", "Only one Cabinet Q&A …"],
      complete: true,
      repair: "Smallest repair: unpin Annual report (it can then go to September).",
      notes: ["⚠ a note"],
    };
    let s = reviewing(early(), proposal);
    expect(reviewRows(proposal).map((r) => r.kind)).toEqual(["conflict", "conflict", "repair", "note"]);
    expect(decisionsOf(s)).toEqual([]);
    s = run(s, { type: "review-cursor", delta: 10 });
    expect(cursorOf(s)).toBe(3);
    const y = run(s, { type: "review-decide", decision: "accept" }, { type: "review-all", decision: "accept" });
    expect(y.mode).toEqual(s.mode);
    s = run(s, { type: "review-apply" });
    expect(s.mode.kind).toBe("normal");
    expect(s.history).toHaveLength(1);
  });
});

describe("the auto-plan: the real planner on the real programme", () => {
  const backlogged = (items: string[]) => {
    let s = early();
    for (const item of items) s = run(s, { type: "edit", edit: { type: "move-item", item, to: "backlog" } });
    return s;
  };

  it("proposes adding back an item sent to the backlog, in the planner's words, reporting each solve", async () => {
    const s = backlogged(["ehcp-demographics"]);
    const labels: string[] = [];
    const proposal = await propose(programmeOf(s), {
      today: BEFORE_THE_YEAR,
      solver: highs,
      onProgress: (l) => labels.push(l),
    });
    expect(labels).toEqual([
      "scheduling the most priority",
      "keeping items where they are",
      "evening out the spare time",
    ]);
    if (!proposal.ok) throw new Error(JSON.stringify(proposal));
    expect(proposal.summary).toBe(
      "Verified: the plan keeps every rule. Priority scheduled 24 of at most 24 (proven gap 0.0 %); 1 change to the current plan.",
    );
    expect(proposal.changes.map((c) => [c.text, c.edit])).toEqual([
      [
        "+ add   Demographics of EHCPs in Hackney (40) → Mon 17 Apr 2023",
        { type: "move-item", item: "ehcp-demographics", to: { meeting: "2023-04" } },
      ],
    ]);
    expect(proposal.waiting.map((w) => w.item)).toEqual([
      "admissions-review",
      "graduated-send-provision",
      "residential-placements",
    ]);
    expect(proposal.waiting[0]!.text).toBe(
      "School Admissions [admissions-review]: no minutes allotted: allot it minutes to have it planned",
    );
    // With nothing to change, the plan says so.
    const same = await propose(programmeOf(early()), { today: BEFORE_THE_YEAR, solver: highs });
    expect(same.ok && same.changes).toEqual([]);
    expect(same.ok && same.summary).toMatch(/No changes: the current plan already schedules the most it can\.$/);
    const closed = run(reviewing(early(), same), { type: "review-apply" });
    expect(closed.message?.text).toBe("Nothing to change: the plan is the current one");
  });

  it("accepting every change of a plan for emptied meetings gives the plan: every rule kept, every item where planned", async () => {
    // Four meetings' topics to the backlog (30 Nov keeps its own: a declaration ties SEND Strategy there).
    const emptied = ["2022-09", "2022-10", "2023-02", "2023-03"].flatMap((id) =>
      programmeOf(early())
        .meetings.find((m) => m.id === id)!
        .agenda.map(agendaItemId)
        .filter((item) => !programmeOf(early()).items.find((i) => i.id === item)!.procedural),
    );
    const s = backlogged(emptied);
    expect(emptied.length).toBeGreaterThan(8);
    const proposal = await propose(programmeOf(s), { today: BEFORE_THE_YEAR, solver: highs });
    if (!proposal.ok) throw new Error(JSON.stringify(proposal));
    expect(proposal.changes.length).toBeGreaterThanOrEqual(emptied.length - 1);
    const applied = run(reviewing(s, proposal), { type: "review-all", decision: "accept" }, { type: "review-apply" });
    expect(applied.history.length - s.history.length).toBe(proposal.changes.length);
    for (const { change } of proposal.changes) expect(placeOf(applied, change.item)).toBe(change.to ?? "backlog");
    expect(verifyPlan(programmeOf(s), programmeOf(applied), { today: BEFORE_THE_YEAR })).toEqual([]);
    // Standing items are back in their meetings, and the agendas fit: no error in the checks.
    expect(current(applied).findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 120_000);

  it("words the conflicts and the smallest repair when no plan keeps every rule, each finding once", async () => {
    const text = source
      .replace(
        "    title: Cabinet Q&A - Cllr Woodley\n",
        "    title: Cabinet Q&A - Cllr Woodley\n    pinned: 2023-02\n",
      )
      .replace(
        "    title: Cabinet Q&A - Cllr Bramble\n",
        "    title: Cabinet Q&A - Cllr Bramble\n    pinned: 2023-02\n",
      );
    const labels: string[] = [];
    const proposal = await propose(programmeOf(early(text)), {
      today: BEFORE_THE_YEAR,
      solver: highs,
      onProgress: (l) => labels.push(l),
    });
    if (proposal.ok) throw new Error("expected no plan");
    expect(proposal.headline).toBe("No plan keeps every rule.");
    expect(proposal.conflicts).toContain(
      "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to February.",
    );
    expect(proposal.repair).toBe("Smallest repair: unpin Cabinet Q&A - Cllr Bramble (it can then go to April).");
    // The check before solving that says what a conflict says is not said twice.
    expect(proposal.notes.some((n) => n.includes("are both pinned to February"))).toBe(false);
    expect(labels[0]).toBe("scheduling the most priority");
    expect(labels[1]).toMatch(
      /^no plan keeps every rule: finding which rules conflict and the smallest repair \(solve 2\)$/,
    );
  });

  it("stops at the next solve once the officer has cancelled", async () => {
    let solves = 0;
    let live = true;
    const counting: Solver = {
      name: "HiGHS (counted)",
      async solve(request) {
        solves++;
        live = false; // the officer presses Esc during the first solve
        return highs.solve(request);
      },
    };
    await expect(
      propose(programmeOf(backlogged(["ehcp-demographics"])), {
        today: BEFORE_THE_YEAR,
        solver: counting,
        isLive: () => live,
      }),
    ).rejects.toBeInstanceOf(AutoplanCancelled);
    expect(solves).toBe(1);
  });
});
