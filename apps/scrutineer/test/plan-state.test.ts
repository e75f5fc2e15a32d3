import { readFileSync } from "node:fs";
import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { hashSource, type Journal } from "../src/io/journal.js";
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
