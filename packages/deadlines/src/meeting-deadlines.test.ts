import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { cabinetQaItems, example, inEachZone, programmeOf } from "../test/helpers.js";
import { deadlineFindings, MeetingDeadlines, meetingDateFindings, meetingDeadlines } from "./meeting-deadlines.js";

describe("the real 2022/23 programme", () => {
  const programme = example();
  const today = "2023-02-01";
  const index = indexProgramme(programme);
  const all = programme.meetings.map((m) => meetingDeadlines(index, m, { today }));

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
    const runs = inEachZone(() => programme.meetings.map((m) => meetingDeadlines(index, m, { today })));
    for (const r of runs.values()) expect(r).toEqual(all);
  });
});

describe("constructed cases", () => {
  const base = cabinetQaItems;

  it("uses the commission's notice weeks, clear days and papers rule", () => {
    const p = programmeOf({
      ...base,
      commission: { deadlines: { cabinetNoticeWeeks: 4, clearDays: 3, papersWorkingDaysBeforeDispatch: 2 } },
      meetings: [{ id: "m", date: "2023-04-17", agenda: ["qa"] }],
    });
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2023-01-01" });
    expect(d.cabinetNotice?.due).toBe("2023-03-20");
    expect(d.dispatch.computed).toBe("2023-04-11"); // Wales: three clear days
    expect(d.papersDeadline.computed).toBe("2023-04-05"); // two working days before, over Easter
    expect([d.clearDays, d.papersWorkingDaysBeforeDispatch]).toEqual([3, 2]);
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
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2023-04-01" });
    expect(d.findings).toEqual([]);
    expect(d.dispatch.computed).toBe("2023-03-30");
    expect(deadlineFindings(indexProgramme(p), { today: "2023-04-01" })).toEqual([]);
  });
});

describe("meetingDateFindings: a month to be confirmed and a forward plan", () => {
  const p = programmeOf({
    meetings: [
      { id: "jan", date: "2023-01-16" },
      { id: "tbc", date: "2023-03", dateConfirmed: false },
      { id: "june", date: "2023-06-12" },
      { id: "later", date: "2023-07", dateConfirmed: false },
    ],
  });
  const index = indexProgramme(p);
  const notes = (id: string) =>
    meetingDateFindings(index, index.meetings.get(id)!, { today: "2023-01-01" }).map((f) => f.code);

  it("notes a month with no day instead of inventing one, and has no deadlines for it", () => {
    expect(notes("tbc")).toEqual(["date-to-be-confirmed"]);
    expect(() => meetingDeadlines(index, index.meetings.get("tbc")!, { today: "2023-01-01" })).toThrow(
      'the meeting "tbc" has a month but no day (2023-03): no deadlines yet',
    );
  });

  it("keeps a meeting after 30 April as a forward plan, with a note and its deadlines", () => {
    expect(notes("jan")).toEqual([]);
    expect(notes("june")).toEqual(["beyond-municipal-year"]);
    expect(notes("later")).toEqual(["beyond-municipal-year", "date-to-be-confirmed"]);
    expect(deadlineFindings(index, { today: "2023-01-01" }).map((f) => f.code)).toEqual([
      "date-to-be-confirmed",
      "beyond-municipal-year",
      "beyond-municipal-year",
      "date-to-be-confirmed",
    ]);
  });
});
