import { describe, expect, it } from "vitest";
import { fixture, withItem } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { backlogReasons } from "./backlog-reasons.js";

const today = "2022-09-01";

describe("why an item waits in the backlog", () => {
  it("says a meeting it could go to is full, naming the minutes left", () => {
    const problem = planningProblem(fixture("over-full-pinned-meeting.yaml"), { today });
    // Only October open to foster carers (75 min), and October already holds 90 + 60 of its 155.
    const windowed = planningProblem(
      withItem(fixture("over-full-pinned-meeting.yaml"), "foster-carers", { earliest: "2022-10", latest: "2022-10" }),
      { today },
    );
    const placements = new Map([
      ["budget-monitoring", "2022-10"],
      ["annual-report", "2022-10"],
    ]);
    const [entry] = backlogReasons(windowed, placements).filter((e) => e.item === "foster-carers");
    expect(entry?.reasons).toEqual([
      "no room: every meeting it could go to is full for its 75 minutes (the October meeting has 5 minutes left)",
    ]);
    // Without the window, September and November have room: it would fit, the gap stopped the plan.
    const [open] = backlogReasons(problem, placements).filter((e) => e.item === "foster-carers");
    expect(open?.reasons[0]).toMatch(
      /^it would fit at the September meeting or the November meeting, but the plan stopped/,
    );
  });

  it("lists every unplaced item, sorted by id, and only those", () => {
    const problem = planningProblem(fixture("over-full-pinned-meeting.yaml"), { today });
    const entries = backlogReasons(problem, new Map([["exam-results", "2022-09"]]));
    expect(entries.map((e) => e.item)).toEqual([
      "annual-report",
      "budget-monitoring",
      "foster-carers",
      "standing-item",
    ]);
  });

  it("gives a reason, not an empty list of rules, when no meeting is left in the year", () => {
    const problem = planningProblem(fixture("over-full-pinned-meeting.yaml"), { today: "2023-06-01" });
    expect(problem.meetings).toEqual([]);
    const entries = backlogReasons(problem, new Map());
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.reasons).not.toContainEqual(expect.stringMatching(/: $/));
      expect(e.reasons).toContain("no meeting is left to plan this year");
    }
  });
});
