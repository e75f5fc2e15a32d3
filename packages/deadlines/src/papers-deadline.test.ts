import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, programmeOf } from "../test/helpers.js";
import { latestDispatch } from "./clear-days.js";
import { deadlineFindings, meetingDeadlines } from "./meeting-deadlines.js";
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

describe("papers deadline findings", () => {
  const programme = example();
  const today = "2023-02-01";
  const all = programme.meetings.map((m) => meetingDeadlines(indexProgramme(programme), m, { today }));

  it("reports the three stated papers deadlines as overrides, not errors", () => {
    const findings = deadlineFindings(indexProgramme(programme), { today });
    expect(findings.map((f) => [f.meeting, f.severity, f.code])).toEqual([
      ["2022-09-29", "info", "papers-deadline-override"],
      ["2022-11-30", "info", "papers-deadline-override"],
      ["2023-01-16", "info", "papers-deadline-override"],
    ]);
    expect(findings[0]?.message).toBe(
      "papers deadline stated as Tue 30 Aug 2022; the commission's rule (three working days before dispatch) gives Thu 15 Sep 2022",
    );
    const papers = all.map((d) => [d.papersDeadline.computed, d.papersDeadline.effective]);
    expect(papers[2]).toEqual(["2022-10-18", "2022-10-18"]);
    expect(papers[1]).toEqual(["2022-09-15", "2022-08-30"]);
  });

  it("calls a stated papers deadline after dispatch an error", () => {
    const p = programmeOf({
      meetings: [{ id: "m", date: "2023-03-20", dispatch: "2023-03-10", papersDeadline: "2023-03-13" }],
    });
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2023-03-01" });
    expect(d.findings.map((f) => [f.severity, f.code])).toEqual([["error", "papers-deadline-after-dispatch"]]);
  });
});
