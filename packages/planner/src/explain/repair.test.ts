import { describe, expect, it } from "vitest";
import { fixture, solver } from "../../test/support.js";
import { planningProblem } from "../problem/planning-problem.js";
import { buildRepairLp, findRepair } from "./repair.js";

const today = "2022-09-01";

describe("the smallest repair", () => {
  it("an over-full pinned meeting: unpin one item, which then fits elsewhere, rather than sit 10 minutes later", async () => {
    const problem = planningProblem(fixture("over-full-pinned-meeting.yaml"), { today });
    const repair = await findRepair(problem, { solver });
    expect(repair?.steps.map((s) => s.rule.kind)).toEqual(["pin"]);
    expect(repair?.message).toMatch(
      /^Smallest repair: unpin (Budget monitoring|Annual report|Standing item) \(it can then go to the (September|November) meeting\)\.$/,
    );
  });

  it("when the pins cannot bend, the meeting's time does: the extra minutes are the shortfall", async () => {
    const base = fixture("over-full-pinned-meeting.yaml");
    // Only October left: nowhere else for an unpinned item to go, so lengthening October wins.
    const p = { ...base, meetings: base.meetings.filter((m) => m.id === "2022-10") };
    const repair = await findRepair(planningProblem(p, { today }), { solver });
    expect(repair?.steps.map((s) => [s.rule.id, s.extraMinutes])).toEqual([["budget:2022-10", 10]]);
    expect(repair?.message).toBe(
      "Smallest repair: give the October meeting 10 more minutes (165 instead of 155), for instance by agreeing to sit later.",
    );
  });

  it("two Cabinet Q&As pinned to one meeting: unpin one, which moves to March", async () => {
    const repair = await findRepair(planningProblem(fixture("two-cabinet-qas-pinned.yaml"), { today }), { solver });
    expect(repair?.steps.map((s) => s.rule.kind)).toEqual(["pin"]);
    expect(repair?.message).toMatch(/it can then go to the March meeting\)\.$/);
  });

  it("a must item whose partner cannot come: ask the officer to attend (keeps both) rather than split the pair", async () => {
    const repair = await findRepair(planningProblem(fixture("must-partner-cannot-come.yaml"), { today }), { solver });
    expect(repair?.steps.map((s) => s.rule.id)).toEqual(["availability:cfs-budget-monitoring"]);
    expect(repair?.message).toMatch(
      /^Smallest repair: ask Naeem Ahmed to attend on \d+ \w+ 202\d for Children and Families - Budget Monitoring\.$/,
    );
  });

  it("the softened model is pure text: the same problem, the same model", () => {
    const a = buildRepairLp(planningProblem(fixture("over-full-pinned-meeting.yaml"), { today }));
    const b = buildRepairLp(planningProblem(fixture("over-full-pinned-meeting.yaml"), { today }));
    expect(a.text).toBe(b.text);
    expect(a.violations.map((v) => v.group.id)).toContain("budget:2022-10");
  });
});
