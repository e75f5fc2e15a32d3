import { agendaItemId, type Programme } from "@scrutineer/model";
import { afterEach, describe, expect, it } from "vitest";
import { emptiedExample, example, northYorkshire, solver, unrecorded, withItem } from "../../test/support.js";
import { type AutoplanResult, autoplan } from "./autoplan.js";
import { verifyPlan } from "./verify-plan.js";

const meetingOf = (p: Programme, id: string) => p.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === id));

function planned(result: AutoplanResult) {
  if (!result.ok) throw new Error(JSON.stringify(result, null, 2));
  return result.plan;
}

/** A plan without its timings, for comparing runs. */
function comparable(result: AutoplanResult) {
  const plan = planned(result);
  return JSON.stringify({
    programme: plan.programme,
    changes: plan.changes,
    backlog: plan.backlog,
    meetings: plan.meetings,
    findings: plan.findings,
    priority: plan.priority.scheduled,
  });
}

describe("autoplan on the real 2022/23 programme", () => {
  it("re-plans the year from an empty programme: every rule holds, standing items in their months, the alongside pair together", async () => {
    const { programme, months } = emptiedExample();
    const plan = planned(await autoplan(programme, { today: "2022-05-01", solver }));
    expect(verifyPlan(programme, plan.programme, { today: "2022-05-01" })).toEqual([]);
    expect(months.size).toBe(6);
    for (const [id, month] of months) expect(meetingOf(plan.programme, id)?.date.slice(0, 7), id).toBe(month);
    expect(meetingOf(plan.programme, "cfs-annual-report-2022")?.id).toBe("2022-11");
    expect(meetingOf(plan.programme, "cfs-budget-monitoring-2022")?.id).toBe("2022-11");
    expect(meetingOf(plan.programme, "childcare-sufficiency-2022")).toBeDefined();
    // Every timed topic fits in the year's time, so all are scheduled; the untimed wait.
    expect(plan.backlog.map((b) => b.item).sort()).toEqual(
      [
        "admissions-review",
        "camhs-accessibility",
        "care-leavers-housing-letter",
        "graduated-send-provision",
        "previous-minutes-2022-11",
        "previous-minutes-2023-01",
        "residential-placements",
      ].filter((id) => plan.backlog.some((b) => b.item === id)),
    );
    expect(plan.changes.every((c) => c.kind === "add")).toBe(true);
    for (const m of plan.meetings) expect(m.used).toBeLessThanOrEqual(m.capacity);
    // The Cabinet Q&As: six weeks' notice from when the member was told, one per meeting.
    expect(meetingOf(plan.programme, "cabinet-qa-bramble")?.id).toBe("2023-04");
    expect(["2023-02", "2023-03"]).toContain(meetingOf(plan.programme, "cabinet-qa-woodley")?.id);
    expect(plan.stages.map((s) => s.stage)).toEqual(["priority", "stability", "spread"]);
    expect(plan.priority.gap).toBeLessThanOrEqual(0.01);
  });

  it("keeps the current plan when it already keeps every rule (stability): no changes", async () => {
    const plan = planned(await autoplan(example(), { today: "2022-05-01", solver }));
    expect(plan.changes).toEqual([]);
    expect(plan.changeCount).toBe(0);
    expect(plan.backlog.map((b) => [b.item, b.reasons])).toEqual([
      ["admissions-review", ["no minutes allotted: allot it minutes to have it planned"]],
      ["graduated-send-provision", ["no minutes allotted: allot it minutes to have it planned"]],
      ["residential-placements", ["no minutes allotted: allot it minutes to have it planned"]],
    ]);
  });

  it("in December, leaves the held meetings exactly as they were and plans the rest", async () => {
    const p = withItem(withItem(example(), "residential-placements", { minutes: 45 }), "admissions-review", {
      minutes: 60,
      earliest: "2023-03",
    });
    const plan = planned(await autoplan(p, { today: "2022-12-01", solver }));
    expect(verifyPlan(p, plan.programme, { today: "2022-12-01" })).toEqual([]);
    for (const id of ["2022-07", "2022-09", "2022-10", "2022-11"])
      expect(plan.programme.meetings.find((m) => m.id === id)).toEqual(p.meetings.find((m) => m.id === id));
    expect(plan.changes.map((c) => [c.kind, c.item])).toEqual(
      expect.arrayContaining([
        ["add", "residential-placements"],
        ["add", "admissions-review"],
      ]),
    );
    expect(["2023-03", "2023-04"]).toContain(meetingOf(plan.programme, "admissions-review")?.id);
  });

  it("moves an item off a meeting when a rule says it cannot stay (an officer away), and says where", async () => {
    const base = example();
    const p = {
      ...base,
      officers: base.officers.map((o) => (o.id === "joe-wilson" ? { ...o, unavailable: ["2022-09-29"] } : o)),
    };
    const plan = planned(await autoplan(p, { today: "2022-05-01", solver }));
    const change = plan.changes.find((c) => c.item === "ehcp-demographics");
    expect(change).toMatchObject({ kind: "move", from: "2022-09" });
    expect(plan.changes).toHaveLength(1); // nothing else moves
  });

  it("with a range counted at its lower end, more fits", async () => {
    const { programme } = emptiedExample();
    const upper = planned(await autoplan(programme, { today: "2022-05-01", solver }));
    const lower = planned(await autoplan(programme, { today: "2022-05-01", solver, rangeAt: "lower" }));
    const used = (plan: typeof upper) => plan.meetings.reduce((s, m) => s + m.used, 0);
    expect(used(lower)).toBeLessThan(used(upper));
  });
});

describe("determinism", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it("the same input gives the same plan, under TZ=UTC, Asia/Tokyo and America/New_York", async () => {
    const { programme } = emptiedExample();
    const runs: string[] = [];
    for (const zone of ["UTC", "Asia/Tokyo", "America/New_York", "UTC"]) {
      process.env.TZ = zone;
      expect(new Date(2022, 4, 1).getTimezoneOffset()).toBe(
        { UTC: 0, "Asia/Tokyo": -540, "America/New_York": 240 }[zone],
      );
      runs.push(comparable(await autoplan(programme, { today: "2022-05-01", solver })));
    }
    expect(new Set(runs).size).toBe(1);
  });

  it("the order of the file does not change the plan", async () => {
    const { programme } = emptiedExample();
    const shuffled = {
      ...programme,
      items: [...programme.items].reverse(),
      meetings: [...programme.meetings].reverse(),
    };
    const a = planned(await autoplan(programme, { today: "2022-05-01", solver }));
    const b = planned(await autoplan(shuffled, { today: "2022-05-01", solver }));
    expect([...b.placements].sort()).toEqual([...a.placements].sort());
  });
});

describe("conflicts in the real programme", () => {
  it("four items pinned to November over its time: the planted set, in words", async () => {
    // November as it stood before it was held: its recorded outcomes would tie its items there.
    let p = unrecorded(example(), "2022-11");
    p = withItem(p, "exclusions-monitoring-2022", { pinned: "2022-11" });
    p = withItem(p, "chscp-annual-report-2022", { pinned: "2022-11" });
    p = withItem(p, "he-budget-monitoring-2023", { pinned: "2022-11" });
    p = withItem(p, "unregistered-settings-update", { pinned: "2022-11" });
    const result = await autoplan(p, { today: "2022-05-01", solver });
    if (result.ok || result.reason !== "infeasible") throw new Error("expected no plan");
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.rules.map((r) => r.id).sort()).toEqual([
      "budget:2022-11",
      "pin:chscp-annual-report-2022",
      "pin:exclusions-monitoring-2022",
      "pin:he-budget-monitoring-2023",
      "pin:unregistered-settings-update",
    ]);
    expect(result.conflicts[0]!.message).toBe(
      // SEND Strategy stays in November: an interest was declared on it there.
      "The November meeting has 145 minutes besides SEND Strategy (30); the pinned items City & Hackney Safeguarding Children Partnership - Annual Report (45), School Exclusions and School Moves (45), Hackney Education - Budget Monitoring (30) and Unregistered Educational Settings - Review Update (30) need 150.",
    );
  });
});

describe("autoplan on North Yorkshire's 2022/23 programme (items that travel, a briefing that is not a meeting)", () => {
  it("keeps the deferred items on both their agendas, never places the briefing, and warns of nothing to move", async () => {
    const p = northYorkshire();
    // An item with minutes for the planner to place, so that it has something to do.
    p.items.push({ ...p.items[1]!, id: "ambulance", title: "Ambulance service", minutes: 45, officers: [] });
    p.backlog.push("ambulance");
    const result = await autoplan(p, { today: "2022-10-01", solver });
    const plan = planned(result);
    const agendas = plan.programme.meetings.map((m) => [m.id, m.agenda.map(agendaItemId)]);
    expect(agendas).toContainEqual(["2022-09", ["cqc-inspections"]]);
    expect(agendas).toContainEqual(["2022-11", expect.arrayContaining(["cqc-inspections"])]);
    expect(agendas).toContainEqual(["2022-12", expect.arrayContaining(["item-10-2022-12"])]);
    expect(agendas).toContainEqual(["2023-03", expect.arrayContaining(["item-10-2022-12"])]);
    expect(meetingOf(plan.programme, "ambulance")).toBeDefined();
    expect(JSON.stringify(plan.programme.meetings)).not.toContain("briefing-2022-07");
    expect(plan.programme.events).toEqual(p.events);
    expect(plan.findings.map((f) => f.code)).not.toContain("plan-on-cancelled-meeting");
  });
});
