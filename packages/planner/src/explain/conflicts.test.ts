import { describe, expect, it } from "vitest";
import { fixture, solver } from "../../test/support.js";
import { autoplan } from "../plan/autoplan.js";

const today = "2022-09-01";

async function infeasible(name: string) {
  const result = await autoplan(fixture(name), { today, solver });
  if (result.ok || result.reason !== "infeasible") throw new Error(`expected no plan, got ${JSON.stringify(result)}`);
  return result;
}

describe("planted conflicts come back exactly, in plain words", () => {
  it("an over-full pinned meeting", async () => {
    const result = await infeasible("over-full-pinned-meeting.yaml");
    expect(result.complete).toBe(true);
    expect(result.conflicts.map((c) => c.rules.map((r) => r.id).sort())).toEqual([
      ["budget:2022-10", "pin:annual-report", "pin:budget-monitoring", "pin:standing-item"],
    ]);
    expect(result.conflicts[0]!.message).toBe(
      "The October meeting has 155 minutes; the pinned items Budget monitoring (90), Annual report (60) and Standing item (15) need 165.",
    );
    // The check before solving says the same: the conflict names it by code, for a reader to show it once.
    expect(result.conflicts[0]!.restates).toEqual({ code: "plan-pinned-over-time", meetingId: "2022-10" });
    expect(result.findings.map((f) => f.code)).toContain("plan-pinned-over-time");
    console.log(result.repair?.message, result.findings);
  });

  it("two Cabinet Q&As pinned to one meeting", async () => {
    const result = await infeasible("two-cabinet-qas-pinned.yaml");
    expect(result.conflicts.map((c) => c.rules.map((r) => r.id).sort())).toEqual([
      ["cabinet-qa:2023-02", "pin:cabinet-qa-bramble", "pin:cabinet-qa-woodley"],
    ]);
    expect(result.conflicts[0]!.message).toBe(
      "Only one Cabinet Q&A can be taken at a meeting, but Cabinet Q&A - Cllr Bramble and Cabinet Q&A - Cllr Woodley are both pinned to the February meeting.",
    );
    expect(result.conflicts[0]!.restates).toEqual({ code: "plan-cabinet-qas-pinned", meetingId: "2023-02" });
    console.log(result.repair?.message, result.findings);
  });

  it("a must item whose alongside partner cannot come", async () => {
    const result = await infeasible("must-partner-cannot-come.yaml");
    expect(result.conflicts.map((c) => c.rules.map((r) => r.id).sort())).toEqual([
      [
        "alongside:cfs-annual-report+cfs-budget-monitoring",
        "availability:cfs-budget-monitoring",
        "must:cfs-annual-report",
      ],
    ]);
    expect(result.conflicts[0]!.message).toBe(
      "Children and Families Annual Report must be scheduled and is to be taken alongside Children and Families - Budget Monitoring, but Children and Families - Budget Monitoring cannot be taken at any meeting Children and Families Annual Report can go to: Naeem Ahmed cannot attend any remaining meeting.",
    );
    // Worded otherwise than the check before solving (plan-alongside-apart): both are shown.
    expect(result.conflicts[0]!.restates).toBeUndefined();
    console.log(result.repair?.message, result.findings);
  });
});
