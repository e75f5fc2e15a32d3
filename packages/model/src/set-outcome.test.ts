// Recording what became of an item at a meeting: the minutes of 30 Nov 2022 (seed 003) and a
// deferral as North Yorkshire minuted one ("will not be presented today and will be rescheduled
// to the 10th March 2023 meeting", 16 Dec 2022).
import { describe, expect, it } from "vitest";
import { edit, entryOf, example, source } from "../test/edits.js";
import { applyEditToSource, describeEdit, isModelError, ProgrammeEdit } from "./index.js";

describe("set-outcome", () => {
  it("turns a bare id into { item, outcome } on one line, changing nothing else", () => {
    const { diff } = edit({
      type: "set-outcome",
      meeting: "2023-01",
      item: "chscp-annual-report-2022",
      outcome: "taken",
    });
    expect(diff.removed).toEqual(['      - { item: chscp-annual-report-2022, statedStart: "19:05", pages: 9-200 }']);
    expect(diff.added).toEqual([
      '      - { item: chscp-annual-report-2022, statedStart: "19:05", pages: 9-200, outcome: taken }',
    ]);
    const bare = edit({ type: "set-outcome", meeting: "2023-02", item: "send-action-plan", outcome: "noted" });
    expect(entryOf(bare.text, "2023-02", "send-action-plan")).toEqual({ item: "send-action-plan", outcome: "noted" });
    expect(bare.diff.removed).toEqual([
      "    agenda: [cabinet-qa-woodley, send-action-plan, he-budget-monitoring-2023]",
    ]);
  });

  it("changes and clears a recorded outcome, keeping the resolutions and the comments", () => {
    const text = applyEditToSource(source, {
      type: "set-outcome",
      meeting: "2022-11",
      item: "child-q-letter",
      outcome: "taken",
    });
    expect(entryOf(text, "2022-11", "child-q-letter")).toMatchObject({
      outcome: "taken",
      resolutions: ["Members noted and agreed the letter."],
    });
    const cleared = applyEditToSource(text, {
      type: "set-outcome",
      meeting: "2022-11",
      item: "child-q-letter",
      outcome: null,
    });
    expect(entryOf(cleared, "2022-11", "child-q-letter")).not.toHaveProperty("outcome");
    expect(cleared).toContain('# "The meeting closed at 9.15pm" (seed 003 line 287)');
  });

  it("drops deferredTo when the outcome is no longer deferred", () => {
    const deferred = applyEditToSource(
      source
        .replace(
          '      - { item: fsm-letter, statedStart: "21:10", pages: 281-290 }',
          '      - { item: fsm-letter, statedStart: "21:10", pages: 281-290, outcome: deferred, deferredTo: 2023-02 }',
        )
        .replace(
          "agenda: [cabinet-qa-woodley, send-action-plan, he-budget-monitoring-2023]",
          "agenda: [cabinet-qa-woodley, send-action-plan, he-budget-monitoring-2023, fsm-letter]",
        ),
      { type: "set-outcome", meeting: "2023-01", item: "fsm-letter", outcome: "noted" },
    );
    // (The file is then invalid, the item on two agendas: the loader says so, the planner refuses it.)
    expect(deferred).toContain('      - { item: fsm-letter, statedStart: "21:10", pages: 281-290, outcome: noted }');
  });

  it("refuses an item that is not on that meeting's agenda", () => {
    try {
      applyEditToSource(source, { type: "set-outcome", meeting: "2023-01", item: "send-strategy", outcome: "taken" });
      expect.unreachable();
    } catch (error) {
      expect(isModelError(error) && error.code).toBe("unknown-item");
    }
  });

  it("describes itself in the officer's words and parses as an edit", () => {
    const e = ProgrammeEdit.parse({
      type: "set-outcome",
      meeting: "2022-11",
      item: "child-q-letter",
      outcome: "deferred",
    });
    expect(describeEdit(example, e)).toBe(
      "Record Child Q Safeguarding Practice Review as deferred at 30 Nov 2022 (was noted)",
    );
    expect(
      describeEdit(example, { type: "set-outcome", meeting: "2022-11", item: "send-strategy", outcome: null }),
    ).toBe("Clear the outcome of SEND Strategy at 30 Nov 2022 (was considered)");
    expect(ProgrammeEdit.safeParse({ ...e, outcome: "adjourned" }).success).toBe(false);
  });
});
