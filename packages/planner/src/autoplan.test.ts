import { agendaItemId } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { emptiedExample, solver } from "../test/support.js";
import { autoplan } from "./autoplan.js";
import { verifyPlan } from "./verify-plan.js";

describe("autoplan on the real 2022/23 programme", () => {
  it("re-plans the year from an empty programme: every rule holds, standing items in their months, the alongside pair together", async () => {
    const { programme, months } = emptiedExample();
    const result = await autoplan(programme, { today: "2022-05-01", solver });
    if (!result.ok) throw new Error(JSON.stringify(result, null, 2));
    const { plan } = result;
    expect(verifyPlan(programme, plan.programme, { today: "2022-05-01" })).toEqual([]);
    const meetingOf = (id: string) => plan.programme.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === id));
    for (const [id, month] of months) expect(meetingOf(id)?.date.slice(0, 7), id).toBe(month);
    expect(meetingOf("cfs-annual-report-2022")?.id).toBe("2022-11");
    expect(meetingOf("cfs-budget-monitoring-2022")?.id).toBe("2022-11");
    expect(meetingOf("childcare-sufficiency-2022")).toBeDefined();
    console.log(
      JSON.stringify(
        {
          stages: plan.stages,
          meetings: plan.meetings,
          backlog: plan.backlog,
          changes: plan.changes.length,
          priority: plan.priority,
        },
        null,
        1,
      ),
    );
  });
});
