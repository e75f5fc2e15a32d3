// Recording on the night (or from the minutes) what became of an item: the minutes of 30 Nov 2022
// (seed 003) record the Child Q letter noted and agreed (line 259).
import { agendaOutcome } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { keyEvent } from "../input/key-names.js";
import { actionFor } from "../input/keys.js";
import { current, listRows, nextOutcome, programmeOf, selectedItem, unsavedCount } from "./index.js";

const [O, O_KEY] = keyEvent("O");

const outcomeOf = (s: ReturnType<typeof start>, meeting: string, item: string) => {
  const entry = programmeOf(s)
    .meetings.find((m) => m.id === meeting)
    ?.agenda.find((e) => (typeof e === "string" ? e : e.item) === item);
  return entry === undefined ? "not on the agenda" : agendaOutcome(entry);
};

describe("recording an item's outcome in the planner", () => {
  it("steps none → taken → noted → deferred → withdrawn → none", () => {
    expect([undefined, "taken", "noted", "deferred", "withdrawn"].map((o) => nextOutcome(o as never))).toEqual([
      "taken",
      "noted",
      "deferred",
      "withdrawn",
      null,
    ]);
  });

  it("records it with O (shift-o) on the agenda pane, as an undoable edit the checks see", () => {
    let s = run(start(), { type: "select-meeting", id: "2023-01" }, { type: "open-meeting" });
    expect(selectedItem(s)).toBe("chscp-annual-report-2022");
    const press = () => {
      const action = actionFor(s, O, O_KEY);
      expect(action).toBeDefined();
      s = run(s, action!);
    };
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("taken");
    expect(s.message?.text).toMatch(
      /^Record City & Hackney Safeguarding Children Partnership - Annual Report as considered at 16 Jan 2023 \(was not recorded\)/,
    );
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("noted");
    expect(unsavedCount(s)).toBe(2);
    s = run(s, { type: "undo" });
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("taken");
    // Deferred with no later agenda holding it: the checks say where it went, nowhere yet.
    press();
    press();
    expect(outcomeOf(s, "2023-01", "chscp-annual-report-2022")).toBe("deferred");
    expect(current(s).findings.map((f) => f.code)).toContain("deferred-item-unplaced");
  });

  it("changes the real record of 30 Nov 2022 and keeps its resolutions", () => {
    let s = run(start(), { type: "select-meeting", id: "2022-11" }, { type: "open-meeting" });
    s = run(s, {
      type: "edit",
      edit: { type: "set-outcome", meeting: "2022-11", item: "child-q-letter", outcome: "taken" },
    });
    const entry = programmeOf(s).meetings.find((m) => m.id === "2022-11")!.agenda[3]!;
    expect(entry).toMatchObject({
      item: "child-q-letter",
      outcome: "taken",
      resolutions: ["Members noted and agreed the letter."],
    });
  });

  it("does nothing outside the agenda pane", () => {
    const s = run(start(), { type: "focus", pane: "backlog" });
    expect(actionFor(s, O, O_KEY)).toBeUndefined();
  });
});

describe("the minutes' record of an item (M): outcome, resolutions, actions, written answers", () => {
  const [M, M_KEY] = keyEvent("M");
  /** 30 Nov 2022's agenda with SEND Strategy selected (item 3 of the minutes). */
  function onSendStrategy() {
    let s = run(start(), { type: "select-meeting", id: "2022-11" }, { type: "open-meeting" });
    while (selectedItem(s) !== "send-strategy") s = run(s, { type: "cursor", delta: 1 });
    return s;
  }
  const entry = (s: ReturnType<typeof start>, meeting: string, item: string) =>
    programmeOf(s)
      .meetings.find((m) => m.id === meeting)!
      .agenda.find((e) => (typeof e === "string" ? e : e.item) === item);

  it("opens the item's record with its outcome and resolutions, and saves resolutions typed with | between them", () => {
    let s = onSendStrategy();
    s = run(s, actionFor(s, M, M_KEY)!);
    expect(s.mode).toMatchObject({
      kind: "form",
      form: { target: { kind: "outcome", meeting: "2022-11", item: "send-strategy" }, values: { outcome: "taken" } },
    });
    s = run(
      s,
      {
        type: "form-field",
        name: "resolutions",
        value: "The Commission noted the strategy. | Members asked for data.",
      },
      { type: "form-submit" },
    );
    expect(s.message?.text).toMatch(/^Record at 30 Nov 2022 on SEND Strategy: resolutions · u undo/);
    expect(entry(s, "2022-11", "send-strategy")).toMatchObject({
      outcome: "taken",
      resolutions: ["The Commission noted the strategy.", "Members asked for data."],
    });
  });

  it("adds an action with its owner and due date from the record's list, and it is overdue in the checks", () => {
    let s = onSendStrategy();
    s = run(s, actionFor(s, M, M_KEY)!);
    // The Actions field opens the list of actions; n a new one.
    s = run(s, { type: "list-open", list: { kind: "actions", meeting: "2022-11", item: "send-strategy" } });
    s = run(s, { type: "list-new" });
    expect(s.mode).toMatchObject({ kind: "form", form: { target: { kind: "action", meeting: "2022-11" } } });
    s = run(
      s,
      { type: "form-field", name: "text", value: "That the SEND data would be provided." },
      { type: "form-field", name: "owner", value: "annie-gammon" },
      { type: "form-field", name: "due", value: "2022-12-14" },
      { type: "form-submit" },
    );
    expect(s.mode).toMatchObject({ kind: "list", list: { kind: "actions" } });
    expect(listRows(s).map((r) => r.text)).toEqual([
      "That the SEND data would be provided. · Annie Gammon · due 14 Dec 2022",
    ]);
    expect(entry(s, "2022-11", "send-strategy")).toMatchObject({
      actions: [{ id: "that-the-send-data-would-be-provided", owner: "annie-gammon", due: "2022-12-14" }],
    });
    // Today is 9 Jan 2023 in the fixtures: the action is past its due date and not done.
    expect(current(s).findings.map((f) => f.code)).toContain("action-overdue");
  });

  it("a question owed in writing, then deleting it from its list (asked first)", () => {
    let s = run(start(), {
      type: "list-open",
      list: { kind: "written-answers", meeting: "2022-11", item: "send-strategy" },
    });
    s = run(s, { type: "list-new" });
    s = run(
      s,
      { type: "form-field", name: "question", value: "Outstanding questions on SEND transport" },
      { type: "form-field", name: "owedBy", value: "annie-gammon" },
      { type: "form-submit" },
    );
    expect(entry(s, "2022-11", "send-strategy")).toMatchObject({
      writtenAnswers: [{ question: "Outstanding questions on SEND transport", owedBy: "annie-gammon" }],
    });
    s = run(s, { type: "list-delete" }, { type: "delete-answer", yes: true });
    expect(entry(s, "2022-11", "send-strategy")).not.toHaveProperty("writtenAnswers");
  });

  it("refuses what the loader would refuse, beside the form: a withdrawn item resolves nothing", () => {
    let s = run(start(), {
      type: "form-open",
      target: { kind: "outcome", meeting: "2022-11", item: "child-q-letter" },
    });
    s = run(s, { type: "form-field", name: "outcome", value: "withdrawn" }, { type: "form-submit" });
    if (s.mode.kind !== "form") throw new Error("the form closed");
    expect(s.mode.form.errors.form).toMatch(
      /the item is withdrawn but has resolutions or actions recorded: an item not taken resolves nothing$/,
    );
    expect(unsavedCount(s)).toBe(0);
  });

  it("the move of an item whose outcome is recorded is refused with the model's reason", () => {
    let s = run(start(), { type: "select-meeting", id: "2022-11" }, { type: "open-meeting" });
    s = run(s, { type: "edit", edit: { type: "move-item", item: "child-q-letter", to: "backlog" } });
    expect(s.message).toEqual({
      text: "the outcome of this item at the meeting of 30 Nov 2022 is recorded: clear it first before moving it",
      tone: "error",
    });
    expect(unsavedCount(s)).toBe(0);
  });
});
