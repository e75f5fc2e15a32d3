// Source: minutes of 30 Nov 2022 (seed 003 line 99): "Agreed: That further data on the location
// of residential placements would be provided to the Commission.", answered under "Actions:" in
// the 16 Jan 2023 agenda pack (seed 001 lines 5827-5835). The due dates below are constructed:
// the minutes set none.
import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, programmeOf } from "../test/helpers.js";
import { actionFindings } from "./action-due.js";

const data = "That further data on the location of residential placements would be provided to the Commission.";

function withAction(action: Record<string, unknown>, status = "scheduled") {
  return indexProgramme(
    programmeOf({
      officers: [{ id: "diane-benjamin", name: "Diane Benjamin" }],
      items: [{ id: "cfs", title: "Children and Families Annual Report" }],
      meetings: [
        {
          id: "2022-11",
          date: "2022-11-30",
          status,
          agenda: [{ item: "cfs", actions: [{ id: "a1", text: data, ...action }] }],
        },
      ],
    } as never),
  );
}

describe("actionFindings", () => {
  it("is silent on the due date and reports the action the day after, with its owner, meeting and item", () => {
    const index = withAction({ owner: "diane-benjamin", due: "2023-01-06" });
    expect(actionFindings(index, { today: "2023-01-06" })).toEqual([]);
    const [f] = actionFindings(index, { today: "2023-01-07" });
    expect(f).toMatchObject({
      severity: "warning",
      code: "action-overdue",
      meetingId: "2022-11",
      meeting: "2022-11-30",
      item: "cfs",
    });
    expect(f?.message).toContain("Diane Benjamin");
    expect(f?.message).toContain("6 January 2023");
  });

  it("never reports an action done, one with no due date, or one of a cancelled meeting", () => {
    expect(actionFindings(withAction({ due: "2023-01-06", done: "2023-01-10" }), { today: "2024-01-01" })).toEqual([]);
    expect(actionFindings(withAction({}), { today: "2024-01-01" })).toEqual([]);
    expect(actionFindings(withAction({ due: "2023-01-06" }, "cancelled"), { today: "2024-01-01" })).toEqual([]);
  });

  it("prints an action's text on one line", () => {
    const [f] = actionFindings(withAction({ due: "2023-01-06", text: "First line\nsecond line" }), {
      today: "2023-02-01",
    });
    expect(f?.message).not.toContain("\n");
  });

  it("finds the real action of 30 Nov 2022 answered, so not overdue", () => {
    const index = indexProgramme(example());
    expect(actionFindings(index, { today: "2023-06-01" })).toEqual([]);
    const entry = index.programme.meetings.find((m) => m.id === "2022-11")?.agenda[0];
    expect(typeof entry === "object" && entry.actions?.[0]?.done).toBe("2023-01-06");
  });
});
