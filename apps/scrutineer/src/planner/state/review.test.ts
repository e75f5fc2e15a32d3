import type { PlanChange } from "@scrutineer/planner";
import { describe, expect, it } from "vitest";
import {
  BEFORE_THE_YEAR,
  cursorOf,
  decisionsOf,
  early,
  placeOf,
  press,
  proposalOf,
  reviewing,
  run,
  source,
  THREE,
} from "../../../test/planner-state.fixtures.js";
import { current, journalFor, PLANNING_BUSY, type PlannerState, type Proposal, reviewRows } from "./index.js";

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
