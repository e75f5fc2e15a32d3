import { describe, expect, it } from "vitest";
import { example } from "../test/helpers.js";
import { latestDispatch } from "./clear-days.js";
import { papersDeadline } from "./papers-deadline.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();
const rule = { workingDaysBeforeDispatch: 3, calendar };

describe("papers deadline (three working days before dispatch, Hackney 2022/23)", () => {
  it("reproduces the five 2022/23 deadlines that follow the rule, from meeting dates alone", () => {
    const programme = example();
    const byRule = programme.meetings.map((m) => {
      const dispatch = latestDispatch(m.date, { clearDays: 5, calendar });
      return { meeting: m.date, rule: papersDeadline(dispatch, rule), stated: m.papersDeadline };
    });
    const following = byRule.filter((r) => r.rule === r.stated).map((r) => r.meeting);
    expect(following).toEqual(["2022-07-11", "2022-10-31", "2023-02-27", "2023-03-20", "2023-04-17"]);
    expect(byRule.find((r) => r.meeting === "2023-04-17")?.rule).toBe("2023-03-31");
    // the three the officers set themselves
    expect(byRule.filter((r) => r.rule !== r.stated)).toEqual([
      { meeting: "2022-09-29", rule: "2022-09-15", stated: "2022-08-30" }, // rule skips the Queen's funeral, 19 Sep
      { meeting: "2022-11-30", rule: "2022-11-17", stated: "2022-11-18" },
      { meeting: "2023-01-16", rule: "2023-01-03", stated: "2023-01-04" }, // rule skips 2 Jan
    ]);
  });

  it("counts working days back from dispatch over holidays", () => {
    expect(papersDeadline("2023-04-11", rule)).toBe("2023-04-04"); // over Easter 2023
    expect(papersDeadline("2022-06-07", rule)).toBe("2022-05-31"); // over the Jubilee
    expect(papersDeadline("2023-01-04", rule)).toBe("2022-12-29"); // over 2 Jan, 27 and 26 Dec
    expect(papersDeadline("2023-01-16", { workingDaysBeforeDispatch: 0, calendar })).toBe("2023-01-16");
    expect(() => papersDeadline("2023-01-16", { workingDaysBeforeDispatch: -1, calendar })).toThrow(RangeError);
  });
});
