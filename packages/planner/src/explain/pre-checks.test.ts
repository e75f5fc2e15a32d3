import { describe, expect, it } from "vitest";
import { example, fixture, solver, withItem } from "../../test/support.js";
import { autoplan } from "../plan/autoplan.js";
import { planningProblem } from "../problem/planning-problem.js";
import { preChecks } from "./pre-checks.js";

const errors = (p: ReturnType<typeof example>, today: string) =>
  preChecks(planningProblem(p, { today })).filter((f) => f.severity === "error");

describe("preChecks", () => {
  it("finds nothing wrong with the real 2022/23 programme, and notes the untimed items", () => {
    const findings = preChecks(planningProblem(example(), { today: "2022-05-01" }));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => f.code === "plan-untimed-waits").map((f) => f.item)).toEqual([
      "admissions-review",
      "graduated-send-provision",
      "residential-placements",
    ]);
  });

  it("pinned minutes over a meeting's time", () => {
    expect(errors(fixture("over-full-pinned-meeting.yaml"), "2022-09-01")).toEqual([
      {
        severity: "error",
        code: "plan-pinned-over-time",
        message:
          "The October meeting has 155 minutes; the pinned items Budget monitoring (90), Annual report (60) and Standing item (15) need 165.",
        meeting: "2022-10-31",
        meetingId: "2022-10",
      },
    ]);
  });

  it("two Cabinet Q&As pinned to one meeting", () => {
    expect(errors(fixture("two-cabinet-qas-pinned.yaml"), "2022-09-01").map((f) => f.message)).toEqual([
      "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to the February meeting.",
    ]);
  });

  it("an alongside pair with no meeting in common", () => {
    expect(errors(fixture("must-partner-cannot-come.yaml"), "2022-09-01").map((f) => f.message)).toEqual([
      "Children and Families Annual Report and Children and Families - Budget Monitoring are to be taken alongside each other, but no remaining meeting suits both: for Children and Families - Budget Monitoring, Naeem Ahmed cannot attend any remaining meeting.",
    ]);
  });

  it("a must item whose window holds no meeting (August has none)", () => {
    const p = withItem(example(), "childcare-sufficiency-2022", { earliest: "2022-08", latest: "2022-08" });
    expect(errors(p, "2022-05-01").map((f) => [f.code, f.message])).toEqual([
      [
        "plan-must-no-meeting",
        "Childcare Sufficiency must be scheduled, but no remaining meeting suits it: Childcare Sufficiency can only be taken in August 2022.",
      ],
    ]);
  });

  it("a must item in the backlog when every meeting has been held", async () => {
    const p = withItem(example(), "residential-placements", { minutes: 30, must: true });
    expect(errors(p, "2023-05-01").map((f) => f.message)).toEqual([
      "Residential Placements must be scheduled, but no meeting is left to plan this year.",
    ]);
    const result = await autoplan(p, { today: "2023-05-01", solver });
    if (result.ok || result.reason !== "infeasible") throw new Error("expected no plan");
    expect(result.conflicts.map((c) => c.message)).toEqual([
      "Residential Placements must be scheduled, but no meeting is left to plan this year.",
    ]);
  });

  it("a pin to a meeting already held, and a pin outside the item's window", () => {
    const held = withItem(example(), "admissions-review", { pinned: "2022-07", minutes: 30 });
    expect(errors(held, "2022-08-01").map((f) => [f.code, f.message])).toEqual([
      [
        "plan-pin-closed-meeting",
        "School Admissions [admissions-review] is pinned to the July meeting, which has already been held.",
      ],
    ]);
    const outside = withItem(example(), "send-action-plan", { pinned: "2022-10", earliest: "2023-01" });
    expect(errors(outside, "2022-05-01").map((f) => f.message)).toEqual([
      "SEND Action Plan is pinned to the October meeting, but SEND Action Plan can only be taken from January 2023.",
    ]);
  });

  it("an item longer than any meeting: a warning, or an error when it must be scheduled", () => {
    const long = withItem(example(), "send-action-plan", { minutes: 200 });
    const findings = preChecks(planningProblem(long, { today: "2022-05-01" }));
    expect(findings.filter((f) => f.code === "plan-item-too-long")).toEqual([
      {
        severity: "warning",
        code: "plan-item-too-long",
        message: "SEND Action Plan (200) is longer than any remaining meeting's time for items (at most 175 minutes).",
        item: "send-action-plan",
      },
    ]);
    const must = withItem(long, "send-action-plan", { must: true });
    expect(errors(must, "2022-05-01").map((f) => f.code)).toEqual(["plan-item-too-long"]);
  });

  it("items on a cancelled meeting's agenda are left there, with a warning", () => {
    const base = example();
    const p = {
      ...base,
      meetings: base.meetings.map((m) => (m.id === "2023-03" ? { ...m, status: "cancelled" as const } : m)),
    };
    const found = preChecks(planningProblem(p, { today: "2022-05-01" })).filter(
      (f) => f.code === "plan-on-cancelled-meeting",
    );
    expect(found.map((f) => f.item)).toEqual(["pupil-attainment-2023", "young-parents-support"]);
    expect(found[0]!.message).toBe(
      "Pupil Attainment - Attainment Gap is on the agenda of the cancelled meeting of 20 March 2023: the planner leaves it there; move it to the backlog to have it planned.",
    );
  });
});
