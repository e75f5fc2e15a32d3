import { describe, expect, it } from "vitest";
import { fixture } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { changesOf, meetingLoads, unitsOf } from "./plan-measures.js";

// Five items of priority 1 each, all in the backlog; October has 155 minutes for items (fixture comment).
const problem = planningProblem(fixture("over-full-pinned-meeting.yaml"), { today: "2022-09-01" });
const placements = new Map([
  ["budget-monitoring", "2022-10"],
  ["annual-report", "2022-10"],
  ["exam-results", "2022-09"],
]);

describe("what a set of placements achieves", () => {
  it("counts the priority units scheduled and the items whose place changes", () => {
    expect(unitsOf(problem, placements)).toBe(3);
    expect(unitsOf(problem, new Map())).toBe(0);
    // Everything starts in the backlog: each item placed is a change, the others are not.
    expect(changesOf(problem, placements)).toBe(3);
    expect(changesOf(problem, new Map())).toBe(0);
  });

  it("gives each open meeting its minutes used and spare", () => {
    const october = meetingLoads(problem, placements).find((m) => m.meeting === "2022-10");
    expect(october).toMatchObject({ date: "2022-10-31", used: october!.capacity - october!.spare });
    expect(october?.items).toEqual(expect.arrayContaining(["budget-monitoring", "annual-report"]));
    expect(october!.used - problem.meetings.find((m) => m.id === "2022-10")!.fixedMinutes).toBe(90 + 60);
    expect(meetingLoads(problem, placements).map((m) => m.meeting)).toEqual(["2022-09", "2022-10", "2022-11"]);
  });
});
