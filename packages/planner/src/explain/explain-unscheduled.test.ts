import { describe, expect, it } from "vitest";
import { example, fixture, solver, withItem } from "../../test/support.js";
import { isPlannerError } from "../errors.js";
import { explainUnscheduled } from "./explain-unscheduled.js";

const today = "2022-05-01";

describe("explainUnscheduled: why is X not scheduled?", () => {
  it("a scheduled item says where it is", async () => {
    const why = await explainUnscheduled(example(), "foster-carers", { today, solver });
    expect(why).toMatchObject({
      status: "scheduled",
      meeting: "2022-09",
      message: "Recruitment & Retention of Foster Carers is scheduled at the September meeting.",
    });
  });

  it("items the planner does not place say why", async () => {
    const untimed = await explainUnscheduled(example(), "residential-placements", { today, solver });
    expect(untimed.status).toBe("not-planned");
    expect(untimed.message).toBe(
      "The planner does not place Residential Placements: it has no minutes allotted; allot it minutes (or pin it) to have it planned.",
    );
    const held = await explainUnscheduled(example(), "school-admissions-2022", { today: "2022-08-01", solver });
    expect(held.message).toBe(
      "The planner does not place School Admissions [school-admissions-2022]: it was taken at the meeting of 11 July 2022, which has been held.",
    );
    // The minutes of 30 Nov 2022 record the letter noted: that record ties it to the meeting.
    const recorded = await explainUnscheduled(example(), "child-q-letter", { today, solver });
    expect(recorded.message).toBe(
      "The planner does not place Child Q Safeguarding Practice Review: its outcome at the November meeting is recorded, so it stays there (clear the outcome to have it moved).",
    );
  });

  it("an item blocked by its own rules: forced in, no plan; the blocking rules in words", async () => {
    const p = withItem(example(), "residential-placements", { minutes: 30, earliest: "2022-08", latest: "2022-08" });
    const why = await explainUnscheduled(p, "residential-placements", { today, solver });
    expect(why.status).toBe("blocked");
    expect(why.conflicts.map((c) => c.rules.map((r) => r.id))).toEqual([
      ["forced:residential-placements", "window:residential-placements"],
    ]);
    expect(why.message).toBe("Residential Placements cannot be scheduled: it can only be taken in August 2022.");
  });

  it("an item of low priority that would displace others says what and compares priorities", async () => {
    // Two one-hour meetings and three one-hour items: the one of priority 0.5 waits.
    const base = fixture("over-full-pinned-meeting.yaml");
    const p = {
      ...base,
      items: base.items
        .filter((i) => ["annual-report", "foster-carers", "exam-results"].includes(i.id))
        .map(({ pinned: _pin, ...i }) => ({
          ...i,
          minutes: 60,
          ...(i.id === "exam-results" ? { priority: 0.5 } : {}),
        })),
      meetings: base.meetings.filter((m) => m.id !== "2022-10").map((m) => ({ ...m, plannedEnd: "20:05" })),
      backlog: ["annual-report", "foster-carers", "exam-results"],
    };
    const why = await explainUnscheduled(p, "exam-results", { today: "2022-09-01", solver });
    expect(why.status, why.message).toBe("displaces");
    expect(why.displaced).toHaveLength(1);
    expect(why.message).toMatch(
      /^To take School Exam Results at the (September|November) meeting, the plan would have to leave out (Annual report|Recruitment & Retention of Foster Carers) \(priority 1\)\. School Exam Results has priority 0\.5; what it would displace has 1, so the planner keeps those instead\.$/,
    );
  });

  it("an item that fits but gains nothing (priority 0) says so", async () => {
    const p = withItem(example(), "residential-placements", { minutes: 30, priority: 0 });
    const why = await explainUnscheduled(p, "residential-placements", { today, solver });
    // Adding it gains no priority and counts as a change, so the stability stage keeps it out.
    expect(why.status).toBe("fits");
    expect(why.message).toMatch(
      /^Residential Placements fits at .+; it was left out because its priority is 0, so scheduling it gains nothing\.$/,
    );
  });

  it("an id the programme does not have is refused with a code and the id", async () => {
    const refused = await explainUnscheduled(example(), "no-such-item", { today, solver }).catch((e: unknown) => e);
    expect(isPlannerError(refused) && [refused.code, refused.value, refused.message]).toEqual([
      "unknown-item",
      "no-such-item",
      'no item has the id "no-such-item"',
    ]);
  });
});
