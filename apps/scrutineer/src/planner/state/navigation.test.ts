import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { backlogIds, current, selectedItem } from "./index.js";

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

describe("the help", () => {
  it("opens and closes with ?, and scrolls, never above the top", () => {
    let s = run(start(), { type: "help" });
    expect(s.mode).toEqual({ kind: "help", scroll: 0 });
    s = run(s, { type: "help-scroll", delta: 3 }, { type: "help-scroll", delta: -1 });
    expect(s.mode).toEqual({ kind: "help", scroll: 2 });
    expect(run(s, { type: "help-scroll", delta: -10 }).mode).toEqual({ kind: "help", scroll: 0 });
    expect(run(s, { type: "help" }).mode.kind).toBe("normal");
    // Scrolling means nothing outside the help.
    expect(run(start(), { type: "help-scroll", delta: 1 }).mode.kind).toBe("normal");
  });
});
