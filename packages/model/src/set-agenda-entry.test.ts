// Recording what happened to an item at a meeting in the minutes' words: the CYP Commission's
// minutes of 30 Nov 2022 (seed 003), an answer owed in writing as Living in Hackney minuted one
// ("any outstanding questions … would be answered in writing after the meeting", seed 004 line
// 111), and a deferral as North Yorkshire minuted one (16 Dec 2022).
import { describe, expect, it } from "vitest";
import { edit, entryOf, example, refused, source } from "../test/edits.js";
import { applyEditToSource, describeEdit } from "./index.js";

describe("set-agenda-entry", () => {
  it("adds an action with its owner and due date, and a written answer, to a recorded item", () => {
    const { text } = edit({
      type: "set-agenda-entry",
      meeting: "2022-11",
      item: "send-strategy",
      fields: {
        resolutions: ["The Commission noted the SEND Strategy."],
        actions: [
          { id: "send-data", text: "That further data would be provided.", owner: "annie-gammon", due: "2023-01-06" },
        ],
        writtenAnswers: [
          { id: "send-questions", question: "Outstanding questions on SEND transport", due: "2022-12-14" },
        ],
      },
    });
    expect(entryOf(text, "2022-11", "send-strategy")).toEqual({
      item: "send-strategy",
      statedStart: "20:30",
      outcome: "taken",
      resolutions: ["The Commission noted the SEND Strategy."],
      actions: [
        { id: "send-data", text: "That further data would be provided.", owner: "annie-gammon", due: "2023-01-06" },
      ],
      writtenAnswers: [
        { id: "send-questions", question: "Outstanding questions on SEND transport", due: "2022-12-14" },
      ],
    });
    // The entry was one line; holding records, it is written as a block.
    expect(text).toContain('      - item: send-strategy\n        statedStart: "20:30"\n        outcome: taken\n');
  });

  it("turns a bare id into a record, and back into a bare id when the record is cleared", () => {
    const recorded = edit({
      type: "set-agenda-entry",
      meeting: "2023-02",
      item: "send-action-plan",
      fields: { outcome: "noted", resolutions: ["Members noted the plan."] },
    });
    expect(entryOf(recorded.text, "2023-02", "send-action-plan")).toEqual({
      item: "send-action-plan",
      outcome: "noted",
      resolutions: ["Members noted the plan."],
    });
    expect(recorded.text).toContain("    agenda:\n      - cabinet-qa-woodley\n      - item: send-action-plan\n");
    const cleared = applyEditToSource(recorded.text, {
      type: "set-agenda-entry",
      meeting: "2023-02",
      item: "send-action-plan",
      fields: { outcome: null, resolutions: [] },
    });
    expect(entryOf(cleared, "2023-02", "send-action-plan")).toBe("send-action-plan");
  });

  it("defers an item to a later meeting, putting it on that agenda too,", () => {
    const { text } = edit(
      {
        type: "set-agenda-entry",
        meeting: "2023-01",
        item: "fsm-letter",
        fields: { outcome: "deferred", deferredTo: "2023-02" },
      },
      source,
    );
    expect(entryOf(text, "2023-01", "fsm-letter")).toEqual({
      item: "fsm-letter",
      statedStart: "21:10",
      pages: "281-290",
      outcome: "deferred",
      deferredTo: "2023-02",
    });
    expect(entryOf(text, "2023-02", "fsm-letter")).toBe("fsm-letter");
    // Noted after all: deferredTo goes, and the item comes off the later agenda again.
    const noted = applyEditToSource(text, {
      type: "set-agenda-entry",
      meeting: "2023-01",
      item: "fsm-letter",
      fields: { outcome: "noted" },
    });
    expect(entryOf(noted, "2023-01", "fsm-letter")).not.toHaveProperty("deferredTo");
    expect(entryOf(noted, "2023-02", "fsm-letter")).toBeUndefined();
    // The same through set-outcome (the planner's O key).
    const cycled = applyEditToSource(text, {
      type: "set-outcome",
      meeting: "2023-01",
      item: "fsm-letter",
      outcome: "withdrawn",
    });
    expect(entryOf(cycled, "2023-02", "fsm-letter")).toBeUndefined();
    // Moved on from 27 Feb to 20 Mar: the deferral follows it; the 16 Jan record stays where it is.
    const moved = applyEditToSource(text, { type: "move-item", item: "fsm-letter", to: { meeting: "2023-03" } });
    expect(entryOf(moved, "2023-01", "fsm-letter")).toMatchObject({ outcome: "deferred", deferredTo: "2023-03" });
    expect(entryOf(moved, "2023-03", "fsm-letter")).toBe("fsm-letter");
    expect(entryOf(moved, "2023-02", "fsm-letter")).toBeUndefined();
    // Once 27 Feb records the item too, the deferral cannot be undone without clearing that first.
    const taken = applyEditToSource(text, {
      type: "set-outcome",
      meeting: "2023-02",
      item: "fsm-letter",
      outcome: "taken",
    });
    expect(
      refused({ type: "set-outcome", meeting: "2023-01", item: "fsm-letter", outcome: null }, taken),
    ).toMatchObject({
      code: "item-recorded",
    });
  });

  it("refuses what the loader would refuse, with a reason", () => {
    const at = { type: "set-agenda-entry", meeting: "2022-11" } as const;
    expect(refused({ ...at, item: "fsm-letter", fields: { outcome: "taken" } })).toEqual({
      code: "unknown-item",
      message: '"fsm-letter" is not on the agenda of the meeting "2022-11"',
    });
    expect(refused({ ...at, meeting: "2099-01", item: "fsm-letter", fields: {} })).toMatchObject({
      code: "unknown-meeting",
    });
    expect(refused({ ...at, item: "child-q-letter", fields: { outcome: "withdrawn" } })).toEqual({
      code: "invalid-field",
      message:
        'the record of "child-q-letter" at the meeting "2022-11": the item is withdrawn but has resolutions or actions recorded: an item not taken resolves nothing',
    });
    expect(
      refused({ ...at, item: "send-strategy", fields: { actions: [{ id: "x", text: "Y", owner: "nobody-at-all" }] } }),
    ).toEqual({ code: "unknown-person", message: 'no person has the id "nobody-at-all"' });
    expect(
      refused({ ...at, item: "send-strategy", fields: { outcome: "deferred", deferredTo: "2099-01" } }),
    ).toMatchObject({ code: "unknown-meeting" });
    expect(
      refused({ ...at, item: "send-strategy", fields: { outcome: "deferred", deferredTo: "2022-11" } }),
    ).toMatchObject({ code: "invalid-field" });
    expect(refused({ ...at, item: "send-strategy", fields: { statedStart: "25:00" } })).toMatchObject({
      code: "invalid-field",
    });
  });

  it("describes itself in the officer's words", () => {
    expect(
      describeEdit(example, {
        type: "set-agenda-entry",
        meeting: "2022-11",
        item: "child-q-letter",
        fields: { resolutions: ["Members noted and agreed the letter."], actions: [] },
      }),
    ).toBe("Record at 30 Nov 2022 on Child Q Safeguarding Practice Review: resolutions and actions");
  });
});
