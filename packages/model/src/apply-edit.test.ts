import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { agenda, edit, example, exampleComments, load, source } from "../test/edits.js";
import { applyEdit } from "./apply-edit.js";
import { isModelError, ProgrammeEditError } from "./errors.js";
import { moveMeeting, reinstateMeeting } from "./move-meeting.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { applyEditToSource } from "./splice-source.js";

function refusalOf(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return isModelError(error) ? [error.code, error.value] : error;
  }
  return "nothing thrown";
}

describe("the example's comments", () => {
  it("are found by the test's own comment reader", () => {
    expect(exampleComments).toContain("Standing orders: meetings close at 22.00 unless the meeting agrees to go on");
    expect(exampleComments).toContain('"David Court TBC"');
    expect(exampleComments).toContain("--- Meeting 5: Monday 16 January 2023 (times from the front sheet) ---");
    expect(exampleComments.length).toBeGreaterThan(30);
  });
});

describe("move-item", () => {
  it("moves the Child Q letter from 30 Nov to 16 Jan once its outcome is cleared, dropping the time stated on the old front sheet", () => {
    // The minutes of 30 Nov record the letter noted and agreed: that record is cleared first.
    const cleared = applyEditToSource(source, {
      type: "set-agenda-entry",
      meeting: "2022-11",
      item: "child-q-letter",
      fields: { outcome: null, resolutions: null },
    });
    const { programme, diff } = edit(
      { type: "move-item", item: "child-q-letter", to: { meeting: "2023-01" } },
      cleared,
    );
    expect(agenda(programme, "2022-11")).not.toContain("child-q-letter");
    // Without an index it goes before the closing procedural items (work programme, minutes).
    expect(agenda(programme, "2023-01")).toEqual([
      "chscp-annual-report-2022",
      "unregistered-settings-update",
      "exclusions-review-update",
      "fsm-letter",
      "child-q-letter",
      "work-programme-2023-01",
      "previous-minutes-2023-01",
    ]);
    const entry = programme.meetings.find((m) => m.id === "2023-01")!.agenda[4];
    expect(entry).toBe("child-q-letter");
    // One entry out of the 30 Nov agenda (with the time stated there), one line into the 16 Jan agenda.
    expect(diff.removed).toEqual(["      - item: child-q-letter", '        statedStart: "21:20"']);
    expect(diff.added).toEqual(["      - child-q-letter"]);
  });

  it("refuses to move an item whose outcome is recorded at its meeting, which the move would drop", () => {
    for (const to of [{ meeting: "2023-01" }, "backlog"] as const) {
      try {
        applyEdit(parseDocument(source), { type: "move-item", item: "child-q-letter", to });
        expect.unreachable();
      } catch (error) {
        expect(isModelError(error) && error.code).toBe("item-recorded");
        expect((error as Error).message).toBe(
          "the outcome of this item at the meeting of 30 Nov 2022 is recorded: clear it first before moving it",
        );
      }
    }
    // Within its meeting it may still change place: the record goes with it.
    const { programme } = edit({ type: "move-item", item: "child-q-letter", to: { meeting: "2022-11", index: 0 } });
    expect(programme.meetings.find((m) => m.id === "2022-11")!.agenda[0]).toMatchObject({
      item: "child-q-letter",
      outcome: "noted",
    });
    // Deleting the item would drop it too.
    expect(() => applyEdit(parseDocument(source), { type: "delete-item", item: "child-q-letter" })).toThrow(
      "clear it first before deleting it",
    );
  });

  it("refuses to move an item a declaration of interest at its meeting names", () => {
    // Jo Macleod declared an interest in SEND Strategy at 30 Nov 2022: the minutes record it there.
    expect(() =>
      applyEdit(parseDocument(source), { type: "move-item", item: "send-strategy", to: { meeting: "2023-01" } }),
    ).toThrow("Jo Macleod's declaration of interest at the meeting of 30 Nov 2022 names this item");
    expect(() => applyEdit(parseDocument(source), { type: "move-item", item: "send-strategy", to: "backlog" })).toThrow(
      ProgrammeEditError,
    );
    // Moving it within its own meeting is fine.
    const { programme } = edit({ type: "move-item", item: "send-strategy", to: { meeting: "2022-11", index: 0 } });
    expect(agenda(programme, "2022-11")[0]).toBe("send-strategy");
  });

  it("moves into a flow-style agenda at a given index, rewriting only that line", () => {
    const { programme, diff } = edit({ type: "move-item", item: "fsm-letter", to: { meeting: "2023-03", index: 0 } });
    expect(agenda(programme, "2023-03")).toEqual(["fsm-letter", "young-parents-support", "pupil-attainment-2023"]);
    expect(diff.added).toEqual(["    agenda: [fsm-letter, young-parents-support, pupil-attainment-2023]"]);
    expect(diff.removed.sort()).toEqual([
      '      - { item: fsm-letter, statedStart: "21:10", pages: 281-290 }',
      "    agenda: [young-parents-support, pupil-attainment-2023]",
    ]);
  });

  it("moves an item to the backlog and one from the backlog onto an agenda", () => {
    const out = edit({ type: "move-item", item: "camhs-accessibility", to: "backlog" });
    expect(agenda(out.programme, "2023-04")).toEqual(["cabinet-qa-bramble"]);
    expect(out.programme.backlog).toEqual([
      "admissions-review",
      "residential-placements",
      "graduated-send-provision",
      "camhs-accessibility",
    ]);
    const back = edit({ type: "move-item", item: "admissions-review", to: { meeting: "2023-04" } }, out.text);
    expect(back.programme.backlog).toEqual([
      "residential-placements",
      "graduated-send-provision",
      "camhs-accessibility",
    ]);
    expect(agenda(back.programme, "2023-04")).toEqual(["cabinet-qa-bramble", "admissions-review"]);
  });

  it("within the same meeting changes the position and keeps the stated time", () => {
    const { programme } = edit({ type: "move-item", item: "fsm-letter", to: { meeting: "2023-01", index: 0 } });
    const first = programme.meetings.find((m) => m.id === "2023-01")!.agenda[0];
    expect(first).toEqual({ item: "fsm-letter", statedStart: "21:10", pages: "281-290" });
  });

  it("adds a field when the meeting has no agenda or the file no backlog", () => {
    const text = source
      .replace("    agenda: [camhs-accessibility, cabinet-qa-bramble]\n", "")
      .replace("backlog: [admissions-review, residential-placements, graduated-send-provision]\n", "")
      .replace('# "Possible items noted for 2023/24"\n', "");
    const bare = load(text);
    expect(bare.backlog).toEqual([]);
    const one = edit({ type: "move-item", item: "camhs-accessibility", to: { meeting: "2023-04" } }, text);
    expect(agenda(one.programme, "2023-04")).toEqual(["camhs-accessibility"]);
    expect(one.text).toContain(
      "    dispatch: 2023-04-05 # across Easter: Good Friday 7 and Easter Monday 10 April 2023\n    agenda: [camhs-accessibility]\n",
    );
    const two = edit({ type: "move-item", item: "ofsted-focused-visit", to: "backlog" }, one.text);
    expect(two.programme.backlog).toEqual(["ofsted-focused-visit"]);
    expect(two.text).toContain("\nbacklog: [ofsted-focused-visit]\n");
  });

  it("refuses an unknown item or meeting", () => {
    const doc = parseDocument(source);
    expect(() => applyEdit(doc, { type: "move-item", item: "nope", to: "backlog" })).toThrow(ProgrammeEditError);
    expect(() => applyEdit(doc, { type: "move-item", item: "send-strategy", to: { meeting: "2031-01" } })).toThrow(
      /no meeting has the id "2031-01"/,
    );
  });
});

describe("set-minutes", () => {
  it("changes an item's minutes in place, keeping the comment on that line", () => {
    const { programme, diff } = edit({ type: "set-minutes", item: "send-strategy", minutes: 40 });
    expect(programme.items.find((i) => i.id === "send-strategy")!.minutes).toBe(40);
    expect(diff.added).toEqual(["    minutes: 40 # the summary grid says 40"]);
    expect(diff.removed).toEqual(["    minutes: 20-30 # the summary grid says 40"]);
  });

  it("writes a range, adds the field where it was missing and clears it", () => {
    const range = edit({ type: "set-minutes", item: "camhs-accessibility", minutes: "30-45" });
    expect(range.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBe("30-45");
    expect(range.diff.added).toEqual(["    minutes: 30-45"]);
    expect(range.diff.removed).toEqual([]);
    const cleared = edit({ type: "set-minutes", item: "camhs-accessibility", minutes: null }, range.text);
    expect(cleared.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBeUndefined();
    expect(cleared.text).toBe(source);
  });

  it("refuses a range written the wrong way round", () => {
    expect(() =>
      applyEdit(parseDocument(source), { type: "set-minutes", item: "send-strategy", minutes: "45-30" }),
    ).toThrow(ProgrammeEditError);
  });
});

describe("set-status", () => {
  it("cycles an item's status, adding and rewriting the field", () => {
    const scoped = edit({ type: "set-status", item: "send-action-plan", status: "to-be-scoped" });
    expect(scoped.programme.items.find((i) => i.id === "send-action-plan")!.status).toBe("to-be-scoped");
    expect(scoped.diff.added).toEqual(["    status: to-be-scoped"]);
    const tbc = edit({ type: "set-status", item: "young-parents-support", status: "tbc" });
    expect(tbc.diff.added).toEqual(["    status: tbc"]);
    expect(tbc.diff.removed).toEqual(["    status: to-be-scoped"]);
  });

  it("leaves a confirmed item without the field (confirmed is the default)", () => {
    const doc = parseDocument(source);
    expect(String(applyEdit(doc, { type: "set-status", item: "send-action-plan", status: "confirmed" }))).toBe(
      String(doc),
    );
  });
});

describe("reorder-item", () => {
  it("moves an item up and down its agenda, clamped at the ends, keeping its stated time", () => {
    const up = edit({ type: "reorder-item", item: "exclusions-review-update", delta: -1 });
    expect(agenda(up.programme, "2023-01").slice(0, 3)).toEqual([
      "chscp-annual-report-2022",
      "exclusions-review-update",
      "unregistered-settings-update",
    ]);
    // A reorder moves whole lines: nothing is rewritten.
    expect(up.diff.added).toEqual([]);
    expect(up.diff.removed).toEqual([]);
    const top = edit({ type: "reorder-item", item: "exclusions-review-update", delta: -10 });
    expect(agenda(top.programme, "2023-01")[0]).toBe("exclusions-review-update");
    const down = edit({ type: "reorder-item", item: "young-parents-support", delta: 1 });
    expect(agenda(down.programme, "2023-03")).toEqual(["pupil-attainment-2023", "young-parents-support"]);
  });

  it("reorders the backlog too", () => {
    const { programme } = edit({ type: "reorder-item", item: "graduated-send-provision", delta: -2 });
    expect(programme.backlog[0]).toBe("graduated-send-provision");
  });

  it("refuses an item that is nowhere", () => {
    const text = source.replace(
      "    agenda: [camhs-accessibility, cabinet-qa-bramble]",
      "    agenda: [cabinet-qa-bramble]",
    );
    expect(() =>
      applyEdit(parseDocument(text), { type: "reorder-item", item: "camhs-accessibility", delta: 1 }),
    ).toThrow(/on no agenda/);
    expect(
      refusalOf(() => applyEditToSource(text, { type: "reorder-item", item: "camhs-accessibility", delta: 1 })),
    ).toEqual(["item-not-placed", "camhs-accessibility"]);
  });
});

describe("set-alongside", () => {
  it("is mutual: both items name each other, and unlinking removes both", () => {
    const linked = edit({ type: "set-alongside", item: "send-action-plan", with: ["he-budget-monitoring-2023"] });
    const items = new Map(linked.programme.items.map((i) => [i.id, i]));
    expect(items.get("send-action-plan")!.alongside).toEqual(["he-budget-monitoring-2023"]);
    expect(items.get("he-budget-monitoring-2023")!.alongside).toEqual(["send-action-plan"]);
    const apart = edit({ type: "set-alongside", item: "send-action-plan", with: [] }, linked.text);
    const after = new Map(apart.programme.items.map((i) => [i.id, i]));
    expect(after.get("send-action-plan")!.alongside).toEqual([]);
    expect(after.get("he-budget-monitoring-2023")!.alongside).toEqual([]);
    expect(apart.text).toBe(source);
  });

  it("unlinks the example's budget monitoring from the annual report on both sides", () => {
    const { programme } = edit({ type: "set-alongside", item: "cfs-annual-report-2022", with: [] });
    const items = new Map(programme.items.map((i) => [i.id, i]));
    expect(items.get("cfs-annual-report-2022")!.alongside).toEqual([]);
    expect(items.get("cfs-budget-monitoring-2022")!.alongside).toEqual([]);
  });
});

describe("move-meeting", () => {
  it("marks the meeting moved from its date, keeps its id and drops the stated deadlines", () => {
    const { programme, diff } = edit({ type: "move-meeting", meeting: "2023-01", date: "2023-01-23" }, source, [
      "stated: a day later than the three-working-day rule",
    ]);
    const m = programme.meetings.find((x) => x.id === "2023-01")!;
    expect(m).toMatchObject({ date: "2023-01-23", status: "moved", movedFrom: "2023-01-16" });
    expect(m.papersDeadline).toBeUndefined();
    expect(m.dispatch).toBeUndefined();
    expect(diff.added.sort()).toEqual(["    date: 2023-01-23", "    movedFrom: 2023-01-16", "    status: moved"]);
  });

  it("keeps the original date when a moved meeting moves again, and clears it on moving back", () => {
    // 29 Sep 2022 was already "moved from 8 Sept".
    const again = edit({ type: "move-meeting", meeting: "2022-09", date: "2022-10-06" }, source, [
      "stated: earlier than the three-working-day rule",
    ]);
    expect(again.programme.meetings.find((x) => x.id === "2022-09")).toMatchObject({
      date: "2022-10-06",
      status: "moved",
      movedFrom: "2022-09-08",
    });
    const twice = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-27" });
    const thrice = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-13" }, twice.text);
    expect(thrice.programme.meetings.find((x) => x.id === "2023-03")!.movedFrom).toBe("2023-03-20");
    const home = edit({ type: "move-meeting", meeting: "2023-03", date: "2023-03-20" }, thrice.text);
    const m = home.programme.meetings.find((x) => x.id === "2023-03")!;
    expect(m.status).toBe("scheduled");
    expect(m.movedFrom).toBeUndefined();
  });
});

describe("cancel-meeting and reinstate-meeting", () => {
  it("cancels and reinstates a meeting, a moved one coming back as moved", () => {
    const cancelled = edit({ type: "cancel-meeting", meeting: "2023-04" });
    expect(cancelled.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled");
    expect(agenda(cancelled.programme, "2023-04")).toEqual(["camhs-accessibility", "cabinet-qa-bramble"]);
    const back = edit({ type: "reinstate-meeting", meeting: "2023-04" }, cancelled.text);
    expect(back.text).toBe(source);
    const moved = edit({ type: "cancel-meeting", meeting: "2022-09" });
    expect(moved.programme.meetings.find((m) => m.id === "2022-09")).toMatchObject({
      status: "cancelled",
      movedFrom: "2022-09-08",
    });
    const reinstated = edit({ type: "reinstate-meeting", meeting: "2022-09" }, moved.text);
    expect(reinstated.text).toBe(source);
  });

  it("a cancelled meeting that moves stays cancelled", () => {
    const cancelled = edit({ type: "cancel-meeting", meeting: "2023-04" });
    const moved = edit({ type: "move-meeting", meeting: "2023-04", date: "2023-04-24" }, cancelled.text, [
      "across Easter: Good Friday 7 and Easter Monday 10 April 2023",
    ]);
    expect(moved.programme.meetings.find((m) => m.id === "2023-04")).toMatchObject({
      status: "cancelled",
      movedFrom: "2023-04-17",
    });
  });
});

describe("the YAML edits and the typed rule (move-meeting.ts) agree", () => {
  const meetingIn = (text: string, id: string) => load(text).meetings.find((m) => m.id === id)!;

  it("for a move, a move back, a second move and a move of a cancelled meeting", () => {
    // 2022-09 already moved from 8 Sept; 2023-01 states its deadlines; 2023-04 is cancelled first.
    const runs: [string, ProgrammeEdit[]][] = [
      ["2023-01", [{ type: "move-meeting", meeting: "2023-01", date: "2023-01-23" }]],
      [
        "2023-01",
        [
          { type: "move-meeting", meeting: "2023-01", date: "2023-01-23" },
          { type: "move-meeting", meeting: "2023-01", date: "2023-01-16" },
        ],
      ],
      [
        "2022-09",
        [
          { type: "move-meeting", meeting: "2022-09", date: "2022-10-06" },
          { type: "move-meeting", meeting: "2022-09", date: "2022-09-08" },
        ],
      ],
      [
        "2023-04",
        [
          { type: "cancel-meeting", meeting: "2023-04" },
          { type: "move-meeting", meeting: "2023-04", date: "2023-04-24" },
          { type: "reinstate-meeting", meeting: "2023-04" },
        ],
      ],
    ];
    for (const [id, edits] of runs) {
      let text = source;
      let typed = example.meetings.find((m) => m.id === id)!;
      for (const e of edits) {
        text = applyEditToSource(text, e);
        if (e.type === "move-meeting") typed = moveMeeting(typed, e.date);
        else if (e.type === "cancel-meeting") typed = { ...typed, status: "cancelled" };
        else typed = reinstateMeeting(typed);
        expect(meetingIn(text, id), JSON.stringify(e)).toEqual(typed);
      }
    }
  });
});

describe("refusals carry a code and the value refused", () => {
  const refusal = (e: ProgrammeEdit, text = source) => {
    try {
      applyEditToSource(text, e);
    } catch (error) {
      return isModelError(error) ? [error.name, error.code, error.value] : error;
    }
    return "nothing thrown";
  };

  it("for each way an edit can fail", () => {
    expect(refusal({ type: "move-item", item: "nope", to: "backlog" })).toEqual([
      "ProgrammeEditError",
      "unknown-item",
      "nope",
    ]);
    expect(refusal({ type: "cancel-meeting", meeting: "2031-01" })).toEqual([
      "ProgrammeEditError",
      "unknown-meeting",
      "2031-01",
    ]);
    expect(refusal({ type: "set-minutes", item: "send-strategy", minutes: "45-30" })).toEqual([
      "ProgrammeEditError",
      "invalid-minutes",
      "45-30",
    ]);
    expect(refusal({ type: "move-item", item: "send-strategy", to: "backlog" })).toEqual([
      "ProgrammeEditError",
      "item-declared",
      "send-strategy",
    ]);
    expect(refusal({ type: "move-meeting", meeting: "2023-01", date: "2023-02-30" })).toEqual([
      "ProgrammeEditError",
      "invalid-date",
      "2023-02-30",
    ]);
    expect(refusal({ type: "cancel-meeting", meeting: "2023-01" }, "- just\n- a list\n")).toEqual([
      "ProgrammeEditError",
      "invalid-file",
      ["just", "a list"],
    ]);
    const unreadable = refusal({ type: "cancel-meeting", meeting: "2023-01" }, "a: [unclosed\n") as unknown[];
    expect(unreadable.slice(0, 2)).toEqual(["ProgrammeEditError", "invalid-file"]);
    expect(unreadable[2]).toEqual(expect.any(String)); // the YAML library's first error
  });
});
