// Recording a recommendation's response in the planner: the School Exclusions review (Cabinet's
// response of 14 March 2022, recommendation 10 partly accepted: seed 001 Appendix A) and the
// Unregistered Educational Settings review (no response in the papers, partly implemented).
import { describe, expect, it } from "vitest";
import { run, start } from "../../../test/planner-state.fixtures.js";
import { keyEvent } from "../input/key-names.js";
import { actionFor } from "../input/keys.js";
import { current, listRows, programmeOf, unsavedCount } from "./index.js";
import type { PlannerState } from "./types.js";

const rec = (s: PlannerState, review: string, id: string) =>
  programmeOf(s)
    .reviews.find((r) => r.id === review)!
    .recommendations.find((r) => r.id === id)!;

/** The recommendations' list with the cursor on a recommendation. */
function on(s: PlannerState, id: string): PlannerState {
  const [R, R_KEY] = keyEvent("R");
  let at = run(s, actionFor(s, R, R_KEY)!);
  const index = listRows(at).findIndex((r) => r.edit.kind === "recommendation" && r.edit.recommendation === id);
  at = run(at, { type: "list-cursor", delta: index });
  return at;
}

describe("the recommendations in the planner", () => {
  it("R lists every review's recommendations with the response due, the response and where each stands", () => {
    const s = on(start(), "se-10");
    expect(s.mode).toMatchObject({ kind: "list", list: { kind: "recommendations" } });
    const rows = listRows(s).map((r) => r.text);
    expect(rows).toHaveLength(programmeOf(s).reviews.reduce((n, r) => n + r.recommendations.length, 0));
    // The papers give no date of receipt: the due date cannot be worked out (deadlines package).
    expect(rows).toContain(
      "Outcome of School Exclu… 10 · Partly accepted 14 Mar 2022 · due not known · to Hackney Education Service",
    );
    expect(rows.find((r) => r.startsWith("Unregistered Educationa…  1 "))).toBe(
      "Unregistered Educationa…  1 · no response · Partly implemented · due not known · to the Council",
    );
  });

  it("Enter opens the form; saving records the implementation as one undoable edit", () => {
    let s = on(start(), "se-10");
    s = run(s, { type: "list-edit" });
    expect(s.mode).toMatchObject({
      kind: "form",
      form: { target: { kind: "recommendation", review: "school-exclusions", recommendation: "se-10" } },
    });
    if (s.mode.kind !== "form") throw new Error("no form");
    expect(s.mode.form.values).toMatchObject({ decision: "partly-accepted", responseDate: "2022-03-14", status: "" });
    s = run(
      s,
      { type: "form-field", name: "status", value: "in-progress" },
      { type: "form-field", name: "evidence", value: "The update report of 16 Jan 2023." },
      { type: "form-field", name: "updated", value: "2023-01-16" },
      { type: "form-submit" },
    );
    expect(s.mode.kind).toBe("list");
    expect(s.message?.text).toMatch(
      /^Record recommendation 10 of Outcome of School Exclusions as in progress · u undo/,
    );
    expect(rec(s, "school-exclusions", "se-10")).toMatchObject({
      response: { decision: "partly-accepted", date: "2022-03-14" },
      implementation: { status: "in-progress", evidence: "The update report of 16 Jan 2023.", updated: "2023-01-16" },
    });
    expect(unsavedCount(s)).toBe(1);
    expect(current(s).source).toContain("implementation: { status: in-progress,");
    s = run(s, { type: "undo" });
    expect(rec(s, "school-exclusions", "se-10")).not.toHaveProperty("implementation");
  });

  it("records a response where there was none, and a follow-up date instead of an item", () => {
    let s = run(on(start(), "ues-3"), { type: "list-edit" });
    s = run(
      s,
      { type: "form-field", name: "decision", value: "accepted" },
      { type: "form-field", name: "responseDate", value: "2023-02-01" },
      { type: "form-field", name: "responseText", value: "Agreed in full." },
      { type: "form-field", name: "followUpItem", value: "" },
      { type: "form-field", name: "followUpDue", value: "2024-02-01" },
      { type: "form-submit" },
    );
    expect(rec(s, "unregistered-settings", "ues-3")).toMatchObject({
      response: { date: "2023-02-01", decision: "accepted", text: "Agreed in full." },
      followUp: { due: "2024-02-01" },
    });
    expect(rec(s, "unregistered-settings", "ues-3").followUp).not.toHaveProperty("item");
  });

  it("shows the schema's complaint beside the field and changes nothing", () => {
    let s = run(on(start(), "ues-3"), { type: "list-edit" });
    s = run(s, { type: "form-field", name: "responseDate", value: "1 Feb 2023" }, { type: "form-submit" });
    expect(s.mode.kind).toBe("form");
    if (s.mode.kind !== "form") throw new Error("no form");
    expect(Object.keys(s.mode.form.errors).sort()).toEqual(["decision", "responseDate"]);
    expect(unsavedCount(s)).toBe(0);
  });

  it("neither adds nor deletes recommendations here, and says why", () => {
    const s = on(start(), "se-1");
    for (const action of [{ type: "list-new" }, { type: "list-delete" }] as const) {
      const after = run(s, action);
      expect(after.mode).toEqual(s.mode);
      expect(after.message?.text).toBe(
        "Recommendations are added and deleted with their review, in the file: here you record what came of them",
      );
    }
  });
});
