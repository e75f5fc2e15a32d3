// Linking a follow-up item to a review: the one "review update" item that follows up a review's
// recommendations ("Outcome of School Exclusions - Review Update", seed 001 line 5032).
import { describe, expect, it } from "vitest";
import { edit, example, source } from "../test/edits.js";
import { applyEditToSource, describeEdit, isModelError, ProgrammeEdit } from "./index.js";

const added = applyEditToSource(source, {
  type: "add-item",
  item: { id: "exclusions-update-2023", title: "Outcome of School Exclusions: update on the recommendations" },
  to: "backlog",
});

// The Unregistered Educational Settings review with nothing following it up yet.
const unlinked = added
  .replace("    items: [unregistered-settings-update]\n", "")
  .replaceAll("        followUp: { item: unregistered-settings-update }\n", "");

const refusal = (e: ProgrammeEdit, text = added) => {
  try {
    applyEditToSource(text, e);
  } catch (error) {
    if (isModelError(error)) return [error.code, error.value, error.message];
  }
  return undefined;
};

/** Recommendations 2 and 10 of the School Exclusions review followed up by `item`, due 14 March 2023. */
const twoLinked = (item: string): ProgrammeEdit => ({
  type: "link-follow-up",
  review: "school-exclusions",
  item,
  recommendations: [
    { id: "se-2", due: "2023-03-14" },
    { id: "se-10", due: "2023-03-14" },
  ],
});

describe("link-follow-up", () => {
  it("appends the item to the review's items and sets each recommendation's follow-up, keeping comments", () => {
    const { programme, diff } = edit(twoLinked("exclusions-update-2023"), added);
    const review = programme.reviews.find((r) => r.id === "school-exclusions")!;
    expect(review.items).toEqual([
      "exclusions-cabinet-response",
      "exclusions-monitoring-2022",
      "exclusions-review-update",
      "exclusions-update-2023",
    ]);
    const rec = (id: string) => review.recommendations.find((r) => r.id === id)!;
    expect(rec("se-2").followUp).toEqual({ item: "exclusions-update-2023", due: "2023-03-14" });
    expect(rec("se-10").followUp).toEqual({ item: "exclusions-update-2023", due: "2023-03-14" });
    expect(rec("se-3").followUp).toEqual({ item: "exclusions-review-update" });
    expect(diff.removed).toHaveLength(3); // the review's items and two follow-ups, each one line
  });

  it("makes the items list and the follow-up where the file has none, in the schema's order", () => {
    const { programme, text } = edit(
      {
        type: "link-follow-up",
        review: "unregistered-settings",
        item: "exclusions-update-2023",
        recommendations: [{ id: "ues-4", due: "2024-01-31" }],
      },
      unlinked,
    );
    const review = programme.reviews.find((r) => r.id === "unregistered-settings")!;
    expect(review.items).toEqual(["exclusions-update-2023"]);
    expect(review.recommendations.find((r) => r.id === "ues-4")!.followUp).toEqual({
      item: "exclusions-update-2023",
      due: "2024-01-31",
    });
    expect(review.recommendations.find((r) => r.id === "ues-5")!.followUp).toBeUndefined();
    expect(text).toContain("    to: { kind: council }\n    items: [exclusions-update-2023]\n");
    expect(text).toContain(
      "          evidence: 'Internal audit, August to November 2021: \"In progress (within the Council''s control)\" (seed 001 lines 4869-4876).'\n        followUp: { item: exclusions-update-2023, due: 2024-01-31 }\n",
    );
  });

  it("refuses an unknown review, recommendation or item, and changes nothing", () => {
    const link = { type: "link-follow-up" as const, item: "exclusions-update-2023", recommendations: [] };
    expect(refusal({ ...link, review: "nothing" })?.[0]).toBe("unknown-review");
    expect(
      refusal({ ...link, review: "school-exclusions", recommendations: [{ id: "ues-1", due: "2023-03-14" }] }),
    ).toEqual([
      "unknown-recommendation",
      "ues-1",
      'the review "school-exclusions" has no recommendation with the id "ues-1"',
    ]);
    expect(refusal({ ...link, review: "school-exclusions", item: "nothing" })?.[0]).toBe("unknown-item");
    expect(
      ProgrammeEdit.safeParse({ ...link, review: "school-exclusions", recommendations: [{ id: "se-2" }] }).success,
    ).toBe(false);
  });

  it("is described in the officer's words", () => {
    expect(describeEdit(example, twoLinked("exclusions-review-update"))).toBe(
      "Follow up Outcome of School Exclusions with Outcome of School Exclusions - Review Update (recommendations 2 and 10)",
    );
  });
});
