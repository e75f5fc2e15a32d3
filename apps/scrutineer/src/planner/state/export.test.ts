import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";

describe("exporting", () => {
  it("opens the menu, starts an export for the selected meeting and follows the edge's progress", () => {
    let s = run(start(), { type: "export-menu" });
    expect(s.mode).toEqual({ kind: "export" });
    s = run(s, { type: "export-start", kind: "front-sheet" });
    expect(s.mode.kind).toBe("normal");
    expect(s.exporting).toEqual({ kind: "front-sheet", meetingId: "2023-01", step: 0, total: 0, label: "starting" });
    s = run(s, { type: "export-progress", step: 1, total: 2, label: "front sheet" });
    expect(s.exporting).toMatchObject({ step: 1, total: 2, label: "front sheet" });
    // One export at a time: neither the menu nor another start while this one runs.
    expect(run(s, { type: "export-menu" }).mode.kind).toBe("normal");
    expect(run(s, { type: "export-start", kind: "ical" }).exporting).toEqual(s.exporting);
    const done = run(s, { type: "export-finished", paths: ["exports/a.md", "exports/a.html"] });
    expect(done.exporting).toBeUndefined();
    expect(done.message).toEqual({ text: "Exported 2 files: exports/a.md, exports/a.html", tone: "success" });
  });

  it("names the calendar state apart from the files exported, with why to keep it", () => {
    const s = run(start(), { type: "export-start", kind: "ical" });
    const done = run(s, {
      type: "export-finished",
      paths: ["exports/cyp-2022-23.ics", "exports/cyp-2022-23-deadlines.ics", "programme.ical-state.json"],
    });
    expect(done.message?.text).toBe(
      "Exported 2 files: exports/cyp-2022-23.ics, exports/cyp-2022-23-deadlines.ics · wrote programme.ical-state.json: keeps calendar sequence numbers; commit it beside the programme",
    );
  });

  it("says why an export failed, and ignores progress when nothing is exporting", () => {
    const s = run(start(), { type: "export-start", kind: "all" }, { type: "export-failed", error: "EACCES" });
    expect(s.exporting).toBeUndefined();
    expect(s.message).toEqual({ text: "Export failed: EACCES", tone: "error" });
    expect(run(s, { type: "export-progress", step: 1, total: 1, label: "x" }).exporting).toBeUndefined();
  });
});
