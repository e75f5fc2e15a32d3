import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { agendaOf, codes, meetingOf, run, source, start } from "../../../test/planner-state.fixtures.js";
import {
  agendaIds,
  current,
  isDirty,
  moveTargets,
  nextStatus,
  parseMinutesInput,
  programmeOf,
  selectedItem,
  selectedMeeting,
  stepMinutes,
  unsavedCount,
} from "./index.js";

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
