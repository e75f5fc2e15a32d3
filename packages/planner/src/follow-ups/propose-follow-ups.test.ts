// Follow-ups into the programme on the real 2022/23 programme (seed 001: the School Exclusions
// review's recommendations, approved by Cabinet on 14 March 2022) and on the edge cases.
import { readFileSync } from "node:fs";
import { applyEditToSource, type Programme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { unplannedSource as unplanned } from "../../test/support.js";
import { FOLLOW_UP_MINUTES, proposeFollowUps } from "./propose-follow-ups.js";

const source = readFileSync(
  new URL("../../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url),
  "utf8",
);
const load = (text: string): Programme => {
  const parsed = parseProgramme(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return parsed.programme;
};

/** A one-review programme built from the example's commission, with the recommendations given. */
function withReview(recommendations: object[], extra: object = {}): Programme {
  const p = load(source);
  return {
    ...p,
    reviews: [
      {
        id: "r",
        title: "Child Poverty",
        kind: "review",
        to: { kind: "executive" },
        items: [],
        recommendations: recommendations.map((r, i) => ({ id: `r-${i + 1}`, number: String(i + 1), text: "T", ...r })),
        ...extra,
      },
    ] as Programme["reviews"],
  };
}
const accepted = (date: string) => ({ response: { date, decision: "accepted" } });

describe("proposeFollowUps", () => {
  it("proposes nothing on the real example: every accepted recommendation is followed up", () => {
    const { proposals, edits, skipped } = proposeFollowUps(load(source));
    expect(proposals).toEqual([]);
    expect(edits).toEqual([]);
    // The School Exclusions recommendations are followed up; the Unregistered Educational
    // Settings papers record no response (seed 001 line 4829), so nothing can fall due.
    expect(skipped.filter((s) => s.reason === "followed-up").map((s) => s.number)).toHaveLength(18);
    expect(skipped.filter((s) => s.reason === "no-response").map((s) => s.recommendation)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ues-${i + 1}`),
    );
  });

  it("proposes one update item for the School Exclusions review, 12 months after Cabinet's response, into the backlog", () => {
    const { proposals, edits } = proposeFollowUps(load(unplanned));
    expect(proposals).toHaveLength(1);
    const [p] = proposals;
    expect(p).toMatchObject({
      review: "school-exclusions",
      item: "school-exclusions-update-2023",
      title: "Outcome of School Exclusions: update on the recommendations",
      due: "2023-03-14",
      timing: "in-year",
    });
    // Recommendation 1 is followed up by the standing exclusions item; 2 to 18 (10 partly accepted) are open.
    expect(p!.recommendations.map((r) => r.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 2)));
    expect(p!.why).toBe(
      "due on 14 March 2023: the auto-planner takes it at a meeting on or after that date when one has room",
    );
    expect(edits[0]).toEqual({
      type: "add-item",
      item: {
        id: "school-exclusions-update-2023",
        title: "Outcome of School Exclusions: update on the recommendations",
        objective:
          "To follow up recommendations 2 to 18 of the Commission's review Outcome of School Exclusions, responded to on 14 March 2022.",
        minutes: FOLLOW_UP_MINUTES,
      },
      to: "backlog",
    });
    expect(edits[1]).toMatchObject({ type: "link-follow-up", review: "school-exclusions", item: p!.item });
  });

  it("takes the commission's followUpAfterMonths: Hackney agreed 9 months for this review (seed 001 line 5034)", () => {
    const nine = unplanned.replace("  proceduralMinutes: 5", "  followUpAfterMonths: 9\n  proceduralMinutes: 5");
    const [p] = proposeFollowUps(load(nine)).proposals;
    expect(p).toMatchObject({ due: "2022-12-14", item: "school-exclusions-update-2022", timing: "in-year" });
  });

  it("written into the file, it reads back followed up: a second proposal is empty", () => {
    let text = unplanned;
    for (const edit of proposeFollowUps(load(unplanned)).edits) text = applyEditToSource(text, edit);
    const after = load(text);
    expect(after.backlog).toContain("school-exclusions-update-2023");
    expect(after.reviews[0]!.items).toEqual(["school-exclusions-update-2023"]);
    expect(after.reviews[0]!.recommendations[9]!.followUp).toEqual({
      item: "school-exclusions-update-2023",
      due: "2023-03-14",
    });
    expect(after.reviews[0]!.recommendations[0]!.followUp).toEqual({ item: "exclusions-monitoring-2022" });
    expect(proposeFollowUps(after).proposals).toEqual([]);
  });

  it("a rejected recommendation, or one with no response, gets no follow-up", () => {
    const { proposals, skipped } = proposeFollowUps(
      withReview([{ response: { date: "2022-06-01", decision: "rejected" } }, {}]),
    );
    expect(proposals).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(["rejected", "no-response"]);
  });

  it("a recommendation already followed up (by its own item, or its review's) gets none", () => {
    const own = withReview([{ ...accepted("2022-06-01"), followUp: { item: "exclusions-review-update" } }]);
    expect(proposeFollowUps(own).proposals).toEqual([]);
    const reviews = withReview([accepted("2022-06-01")], { items: ["exclusions-review-update"] });
    expect(proposeFollowUps(reviews).skipped.map((s) => s.reason)).toEqual(["followed-up"]);
  });

  it("a follow-up due after the year's end goes to the backlog for next year, and says why", () => {
    const [p] = proposeFollowUps(withReview([accepted("2022-06-01")])).proposals;
    expect(p).toMatchObject({ due: "2023-06-01", timing: "after-year", item: "r-update-2023" });
    expect(p!.why).toBe(
      "due on 1 June 2023, after the 2022/23 year ends (30 April 2023): it waits in the backlog for next year's programme",
    );
  });

  it("one item per review: a stated due date counts, the earliest decides, month ends are kept", () => {
    const { proposals, edits } = proposeFollowUps(
      withReview([
        accepted("2022-03-31"),
        { response: { date: "2022-03-31", decision: "partly-accepted" }, followUp: { due: "2022-11-30" } },
        { response: { date: "2022-04-29", decision: "accepted" } },
      ]),
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.recommendations).toEqual([
      { id: "r-1", number: "1", due: "2023-03-31" },
      { id: "r-2", number: "2", due: "2022-11-30" },
      { id: "r-3", number: "3", due: "2023-04-29" },
    ]);
    expect(proposals[0]).toMatchObject({ due: "2022-11-30", item: "r-update-2022" });
    expect(edits).toHaveLength(2);
    expect((edits[0] as { item: { objective: string } }).item.objective).toBe(
      "To follow up recommendations 1 to 3 of the Commission's review Child Poverty, responded to on 31 March 2022 and 29 April 2022.",
    );
  });

  it("names the recommendations as the report numbers them, runs shortened", () => {
    const objective = (numbers: string[]) =>
      (
        proposeFollowUps(withReview(numbers.map((number) => ({ ...accepted("2022-06-01"), number })))).edits[0] as {
          item: { objective: string };
        }
      ).item.objective.split(" of the")[0];
    expect(objective(["1", "3", "4", "5", "7"])).toBe("To follow up recommendations 1, 3 to 5 and 7");
    expect(objective(["1", "2", "4a", "5"])).toBe("To follow up recommendations 1, 2, 4a and 5");
    expect(objective(["6"])).toBe("To follow up recommendation 6");
  });

  it("a follow-up already due before the year began is marked overdue; ids never collide", () => {
    const p = withReview([accepted("2020-01-15")]);
    const taken = { ...p, items: [...p.items, { ...p.items[0]!, id: "r-update-2021" }] };
    const [proposal] = proposeFollowUps(taken).proposals;
    expect(proposal).toMatchObject({ due: "2021-01-15", timing: "overdue", item: "r-update-2021-2" });
  });
});
