import { programmeReport } from "@scrutineer/checks";
import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { current, isChecking, isDirty, type PlannerState, reportOf } from "./index.js";

/** The planner as the app opens it: the first frame before the checks. */
const opened = (overrides: Parameters<typeof start>[0] = {}) => start(overrides, { deferChecks: true });
/** What `useChecks` sends once the first frame is drawn. */
const ready = (s: PlannerState, at = 0) => ({
  type: "checks-ready" as const,
  report: reportOf(s.history[at]!, s.today),
});

describe("the first frame before the checks (issue 18), then checks-ready", () => {
  it("opens from the parse alone: no report, no findings, the same meeting selected as a checked opening", () => {
    const s = opened();
    expect(isChecking(s)).toBe(true);
    expect(current(s).report).toBeUndefined();
    expect(current(s).findings).toEqual([]);
    expect(s.meetingId).toBe(start().meetingId);
    expect(opened({ today: "2023-06-01" }).meetingId).toBe("2023-04");
  });

  it("fills in the report and the findings a checked opening has, and nothing else changes", () => {
    const s = opened();
    const checked = run(s, ready(s));
    expect(isChecking(checked)).toBe(false);
    expect(current(checked).findings).toEqual(current(start()).findings);
    expect(current(checked).findings.length).toBeGreaterThan(0);
    expect(current(checked).report?.index).toBe(current(s).index);
    expect(current(checked).source).toBe(current(s).source);
    expect(isDirty(checked)).toBe(false);
    expect({ ...checked, history: [] }).toEqual({ ...s, history: [] });
  });

  it("keeps the message on screen: the checks coming in are no key", () => {
    const s = run(opened(), { type: "notice", text: "hello", tone: "info" });
    expect(run(s, ready(s)).message).toEqual({ text: "hello", tone: "info" });
  });

  it("fills the opening version in after an edit made first, which was checked as it was made", () => {
    const s = opened();
    const edited = run(s, { type: "open-meeting" }, { type: "begin-minutes" }, { type: "prompt-type", text: "9" });
    const submitted = run(edited, { type: "prompt-submit" });
    expect(submitted.history).toHaveLength(2);
    expect(current(submitted).report).toBeDefined();
    // No "new errors" against a version whose errors are not counted yet.
    expect(submitted.message?.text).not.toMatch(/error/);
    const filled = run(submitted, ready(submitted));
    expect(filled.history[0]!.findings).toEqual(current(start()).findings);
    expect(filled.history[1]).toBe(submitted.history[1]);
    const undone = run(filled, { type: "undo" });
    expect(current(undone).findings).toEqual(current(start()).findings);
  });

  it("ignores a report for a version that is checked already or gone", () => {
    const checked = start();
    expect(
      run(checked, { type: "checks-ready", report: programmeReport(current(checked).index, { today: checked.today }) }),
    ).toBe(checked);
    const s = opened();
    const other = opened();
    expect(run(s, ready(other))).toBe(s);
  });

  it("keeps the checks cursor on a finding that exists", () => {
    const s = run(opened(), { type: "focus", pane: "checks" });
    const checked = run(s, ready(s));
    expect(checked.check).toBe(0);
    expect(current(checked).findings[checked.check]).toBeDefined();
  });
});
