// Recording a recommendation's response, implementation and follow-up, on the example's School
// Exclusions review (Cabinet's response of 14 March 2022, seed 001 Appendix A) and the
// Unregistered Educational Settings review (internal audit, seed 001 lines 4869-4876).
import { describe, expect, it } from "vitest";
import { comments, edit, example, load, refused, source } from "../test/edits.js";
import { applyEditToSource, describeEdit, ProgrammeEdit } from "./index.js";

const rec = (text: string, review: string, id: string) =>
  load(text)
    .reviews.find((r) => r.id === review)!
    .recommendations.find((r) => r.id === id)!;

describe("set-recommendation", () => {
  it("records an implementation and a response due, changing only those lines", () => {
    const { text, diff } = edit({
      type: "set-recommendation",
      review: "school-exclusions",
      recommendation: "se-10",
      fields: {
        implementation: { status: "in-progress", evidence: "The update report of 16 Jan 2023.", updated: "2023-01-16" },
        responseDue: "2022-05-14",
      },
    });
    expect(rec(text, "school-exclusions", "se-10")).toMatchObject({
      responseDue: "2022-05-14",
      response: { decision: "partly-accepted", date: "2022-03-14" },
      implementation: { status: "in-progress", evidence: "The update report of 16 Jan 2023.", updated: "2023-01-16" },
      followUp: { item: "exclusions-review-update" },
    });
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([
      "        responseDue: 2022-05-14",
      "        implementation: { status: in-progress, evidence: The update report of 16 Jan 2023., updated: 2023-01-16 }",
    ]);
  });

  it("replaces a response whole, keeps the comment above the follow-up, and clears it with null", () => {
    const changed = edit({
      type: "set-recommendation",
      review: "school-exclusions",
      recommendation: "se-1",
      fields: { response: { date: "2022-03-14", decision: "partly-accepted" } },
    });
    expect(rec(changed.text, "school-exclusions", "se-1").response).toEqual({
      date: "2022-03-14",
      decision: "partly-accepted",
    });
    expect(changed.text).toContain('# "the most recent report of this kind was presented on 31st October 2022"');
    const cleared = applyEditToSource(changed.text, {
      type: "set-recommendation",
      review: "school-exclusions",
      recommendation: "se-1",
      fields: { response: null, followUp: { due: "2023-12-01" } },
    });
    const after = rec(cleared, "school-exclusions", "se-1");
    expect(after).not.toHaveProperty("response");
    expect(after.followUp).toEqual({ due: "2023-12-01" });
  });

  it("changes one recommendation of two that share an implementation through a YAML anchor", () => {
    // ues-1 says `implementation: &partly …` and ues-2 `implementation: *partly`.
    const text = applyEditToSource(source, {
      type: "set-recommendation",
      review: "unregistered-settings",
      recommendation: "ues-1",
      fields: { implementation: { status: "done", updated: "2023-06-01" } },
    });
    expect(rec(text, "unregistered-settings", "ues-1").implementation).toEqual({
      status: "done",
      updated: "2023-06-01",
    });
    expect(rec(text, "unregistered-settings", "ues-2").implementation).toEqual(
      rec(source, "unregistered-settings", "ues-2").implementation,
    );
    const removed = applyEditToSource(source, {
      type: "set-recommendation",
      review: "unregistered-settings",
      recommendation: "ues-1",
      fields: { implementation: null },
    });
    expect(rec(removed, "unregistered-settings", "ues-1")).not.toHaveProperty("implementation");
    expect(rec(removed, "unregistered-settings", "ues-2").implementation?.status).toBe("partly-done");
    for (const c of comments(source)) expect(removed).toContain(c);
  });

  it("refuses unknown ids and values the schema refuses, with a reason", () => {
    const base = { type: "set-recommendation", review: "school-exclusions", recommendation: "se-1" } as const;
    expect(refused({ ...base, review: "no-such-review", fields: { responseDue: "2022-05-01" } })).toEqual({
      code: "unknown-review",
      message: 'no review has the id "no-such-review"',
    });
    expect(refused({ ...base, recommendation: "ues-1", fields: { responseDue: "2022-05-01" } })).toEqual({
      code: "unknown-recommendation",
      message: 'the review "school-exclusions" has no recommendation with the id "ues-1"',
    });
    expect(refused({ ...base, fields: { followUp: { item: "no-such-item" } } })).toMatchObject({
      code: "unknown-item",
    });
    expect(refused({ ...base, fields: { responseDue: "2022-02-30" } })).toMatchObject({ code: "invalid-field" });
    expect(
      ProgrammeEdit.safeParse({ ...base, fields: { response: { date: "2022-03-14", decision: "maybe" } } }).success,
    ).toBe(false);
    expect(ProgrammeEdit.safeParse({ ...base, fields: { id: "se-99" } }).success).toBe(false);
  });

  it("describes itself in the officer's words", () => {
    const base = { type: "set-recommendation", review: "school-exclusions", recommendation: "se-10" } as const;
    expect(
      describeEdit(example, { ...base, fields: { response: { date: "2022-03-14", decision: "partly-accepted" } } }),
    ).toBe("Record the response to recommendation 10 of Outcome of School Exclusions: partly accepted on 14 Mar 2022");
    expect(describeEdit(example, { ...base, fields: { implementation: { status: "done" } } })).toBe(
      "Record recommendation 10 of Outcome of School Exclusions as implemented",
    );
    expect(describeEdit(example, { ...base, fields: { response: null, followUp: { due: "2023-12-01" } } })).toBe(
      "Edit recommendation 10 of Outcome of School Exclusions: response and follow-up",
    );
  });
});
