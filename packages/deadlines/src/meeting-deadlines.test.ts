import { describe, expect, it } from "vitest";
import { example, inEachZone, programmeOf } from "../test/helpers.js";
import { deadlineFindings, MeetingDeadlines, meetingDeadlines } from "./meeting-deadlines.js";

describe("the real 2022/23 programme", () => {
  const programme = example();
  const today = "2023-02-01";
  const all = programme.meetings.map((m) => meetingDeadlines(programme, m, { today }));

  it("matches the shape other packages rely on", () => {
    for (const d of all) expect(MeetingDeadlines.parse(d)).toEqual(d);
  });

  it("computes every dispatch date the programme states", () => {
    expect(all.map((d) => [d.meetingId, d.dispatch.computed, d.dispatch.stated, d.dispatch.effective])).toEqual([
      ["2022-07", "2022-07-01", "2022-07-01", "2022-07-01"],
      ["2022-09", "2022-09-21", "2022-09-21", "2022-09-21"],
      ["2022-10", "2022-10-21", "2022-10-21", "2022-10-21"],
      ["2022-11", "2022-11-22", "2022-11-22", "2022-11-22"],
      ["2023-01", "2023-01-06", "2023-01-06", "2023-01-06"],
      ["2023-02", "2023-02-17", "2023-02-17", "2023-02-17"],
      ["2023-03", "2023-03-10", "2023-03-10", "2023-03-10"],
      ["2023-04", "2023-04-05", "2023-04-05", "2023-04-05"],
    ]);
  });

  it("reports the three stated papers deadlines as overrides, not errors", () => {
    const findings = deadlineFindings(programme, { today });
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

  it("finds both Cabinet Q&A notices given in time", () => {
    const feb = all.find((d) => d.meeting === "2023-02-27");
    expect(feb?.cabinetNotice).toEqual({
      item: "cabinet-qa-woodley",
      cabinetMember: "caroline-woodley",
      due: "2023-01-16",
      notified: "2023-01-03",
      status: { date: "2023-01-16", daysLeft: -16, workingDaysLeft: -12, overdue: true },
    });
    const apr = all.find((d) => d.meeting === "2023-04-17");
    expect(apr?.cabinetNotice).toMatchObject({ due: "2023-03-06", notified: "2023-02-15" });
    expect(apr?.cabinetNotice?.status).toEqual({
      date: "2023-03-06",
      daysLeft: 33,
      workingDaysLeft: 23,
      overdue: false,
    });
    expect(all.filter((d) => d.cabinetNotice).length).toBe(2);
  });

  it("gives dispatch status against today", () => {
    const mar = all.find((d) => d.meeting === "2023-03-20");
    // 1 Feb → 10 Mar 2023: 37 days; 27 working days (no holidays between)
    expect(mar?.dispatch.status).toEqual({ date: "2023-03-10", daysLeft: 37, workingDaysLeft: 27, overdue: false });
  });

  it("gives the same answers in every time zone", () => {
    const runs = inEachZone(() => programme.meetings.map((m) => meetingDeadlines(programme, m, { today })));
    for (const r of runs.values()) expect(r).toEqual(all);
  });
});

describe("constructed cases", () => {
  const base = {
    items: [
      {
        id: "qa",
        title: "Cabinet Q&A",
        cabinetQA: { cabinetMember: "woodley", topics: ["Family hubs"] },
      },
      { id: "other", title: "SEND" },
    ],
    cabinetMembers: [{ id: "woodley", name: "Cllr Woodley", portfolio: "Families" }],
  };

  it("calls a stated dispatch later than the law allows an error", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2023-04-17", dispatch: "2023-04-06" }] });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2023-03-01" });
    expect(d.findings.map((f) => [f.severity, f.code])).toEqual([["error", "dispatch-too-late"]]);
    expect(d.findings[0]?.message).toBe(
      "agenda dispatch on Thu 6 Apr 2023 leaves four clear working days before the meeting; the law requires five clear working days (LGA 1972 s100B): dispatch by Wed 5 Apr 2023 or move the meeting",
    );
    expect(d.dispatch).toMatchObject({ computed: "2023-04-05", stated: "2023-04-06", effective: "2023-04-06" });
    // the papers deadline follows the dispatch that applies
    expect(d.papersDeadline.computed).toBe("2023-04-03");
  });

  it("accepts an earlier dispatch, and warns when it is set for a non-working day", () => {
    const p = programmeOf({
      meetings: [
        { id: "early", date: "2022-07-11", dispatch: "2022-06-28" },
        { id: "sunday", date: "2022-07-11", dispatch: "2022-07-03" },
      ],
    });
    const [early, sunday] = p.meetings.map((m) => meetingDeadlines(p, m, { today: "2022-06-01" }));
    expect(early?.findings).toEqual([]);
    expect(sunday?.findings.map((f) => f.code)).toEqual(["dispatch-on-non-working-day"]);
  });

  it("calls a stated papers deadline after dispatch an error", () => {
    const p = programmeOf({
      meetings: [{ id: "m", date: "2023-03-20", dispatch: "2023-03-10", papersDeadline: "2023-03-13" }],
    });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2023-03-01" });
    expect(d.findings.map((f) => [f.severity, f.code])).toEqual([["error", "papers-deadline-after-dispatch"]]);
  });

  it("warns that the dispatch date has passed when none is recorded for an upcoming meeting", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2023-03-20" }] });
    const m = p.meetings[0]!;
    expect(meetingDeadlines(p, m, { today: "2023-03-10" }).findings).toEqual([]);
    expect(meetingDeadlines(p, m, { today: "2023-03-13" }).findings.map((f) => f.code)).toEqual(["dispatch-overdue"]);
    expect(meetingDeadlines(p, m, { today: "2023-03-21" }).findings).toEqual([]); // the meeting is past
  });

  it("reports Cabinet notice given late, overdue, or still to come", () => {
    const meeting = { id: "m", date: "2023-02-27", agenda: ["qa", "other"] };
    const late = programmeOf({
      ...base,
      items: [{ ...base.items[0]!, cabinetQA: { cabinetMember: "woodley", notified: "2023-01-20" } }, base.items[1]!],
      meetings: [meeting],
    });
    const lateFindings = meetingDeadlines(late, late.meetings[0]!, { today: "2023-02-01" }).findings;
    expect(lateFindings.map((f) => [f.severity, f.code, f.item])).toEqual([["warning", "cabinet-notice-late", "qa"]]);
    expect(lateFindings[0]?.message).toMatch(/Fri 20 Jan 2023, after Mon 16 Jan 2023 \(six weeks before the meeting\)/);

    const none = programmeOf({ ...base, meetings: [meeting] });
    const overdue = meetingDeadlines(none, none.meetings[0]!, { today: "2023-01-17" });
    expect(overdue.findings.map((f) => f.code)).toEqual(["cabinet-notice-overdue"]);
    expect(overdue.cabinetNotice?.status.overdue).toBe(true);

    const ahead = meetingDeadlines(none, none.meetings[0]!, { today: "2023-01-09" });
    expect(ahead.findings.map((f) => [f.severity, f.code])).toEqual([["info", "cabinet-notice-due"]]);
    expect(ahead.findings[0]?.message).toBe(
      "tell the Cabinet member the Q&A topics by Mon 16 Jan 2023: seven days left (five working days)",
    );
    // on the day it is due, it is not yet overdue
    expect(meetingDeadlines(none, none.meetings[0]!, { today: "2023-01-16" }).findings[0]?.code).toBe(
      "cabinet-notice-due",
    );
  });

  it("uses the commission's notice weeks, clear days and papers rule", () => {
    const p = programmeOf({
      ...base,
      commission: { deadlines: { cabinetNoticeWeeks: 4, clearDays: 3, papersWorkingDaysBeforeDispatch: 2 } },
      meetings: [{ id: "m", date: "2023-04-17", agenda: ["qa"] }],
    });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2023-01-01" });
    expect(d.cabinetNotice?.due).toBe("2023-03-20");
    expect(d.dispatch.computed).toBe("2023-04-11"); // Wales: three clear days
    expect(d.papersDeadline.computed).toBe("2023-04-05"); // two working days before, over Easter
    expect([d.clearDays, d.papersWorkingDaysBeforeDispatch]).toEqual([3, 2]);
  });

  it("applies council closure days", () => {
    const p = programmeOf({
      commission: { deadlines: { nonWorkingDays: ["2022-12-28", "2022-12-29", "2022-12-30"] } },
      meetings: [{ id: "m", date: "2023-01-09", dispatch: "2022-12-29" }],
    });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2022-12-01" });
    expect(d.dispatch.computed).toBe("2022-12-22");
    expect(d.findings.map((f) => f.code)).toEqual(["dispatch-too-late", "dispatch-on-non-working-day"]);
  });

  it("has no findings for a cancelled meeting, but still computes its dates", () => {
    const p = programmeOf({
      ...base,
      meetings: [
        {
          id: "m",
          date: "2023-04-10",
          status: "cancelled",
          dispatch: "2023-04-06",
          papersDeadline: "2023-04-07",
          agenda: ["qa"],
        },
      ],
    });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2023-04-01" });
    expect(d.findings).toEqual([]);
    expect(d.dispatch.computed).toBe("2023-03-30");
    expect(deadlineFindings(p, { today: "2023-04-01" })).toEqual([]);
  });

  it("warns about a meeting on a bank holiday and still computes from it", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2022-06-03", dispatch: "2022-05-25" }] });
    const d = meetingDeadlines(p, p.meetings[0]!, { today: "2022-05-01" });
    expect(d.findings.map((f) => f.code)).toEqual(["meeting-on-non-working-day"]);
    expect(d.dispatch.computed).toBe("2022-05-25"); // 26, 27, 30, 31 May and 1 Jun are clear
  });
});
