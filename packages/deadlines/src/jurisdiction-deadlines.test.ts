import { indexProgramme, type ProgrammeInput } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { neathPortTalbot, northYorkshire, programmeOf } from "../test/helpers.js";
import { meetingDeadlines } from "./meeting-deadlines.js";

/**
 * The notice the law requires, by jurisdiction. The Welsh dates are those of Cyngor Gwynedd's
 * Education and Economy Scrutiny Committee in 2022/23, Thursdays at 10.30 (8 Dec 2022, 2 Feb and
 * 23 Mar 2023: democracy.gwynedd.llyw.cymru, CId=392; second-council.md §4). Their publication
 * dates are not in the sources, so what is tested is what the law gives for those days.
 */
const gwynedd = (extra: Partial<ProgrammeInput["commission"]> = {}, meeting: Record<string, unknown> = {}) =>
  programmeOf({
    commission: {
      id: "education-economy",
      name: "Education and Economy Scrutiny Committee",
      shortName: "Education and Economy",
      kind: "committee",
      council: "Cyngor Gwynedd",
      jurisdiction: "wales",
      venue: "Multi-location Meeting - Siambr Hywel Dda, Council Offices, Caernarfon / Virtually on Zoom",
      start: "10:30",
      ...extra,
    },
    items: [{ id: "item", title: "Gwynedd and Eryri 2035" }],
    meetings: [
      { id: "2022-12", date: "2022-12-08" },
      { id: "2023-02", date: "2023-02-02", agenda: ["item"], ...meeting },
      { id: "2023-03", date: "2023-03-23" },
    ],
  });

describe("Wales: three clear working days (LGA 1972 s100BA)", () => {
  const p = gwynedd();
  const index = indexProgramme(p);
  const d = (id: string) => meetingDeadlines(index, index.meetings.get(id)!, { today: "2022-11-01" });

  it("gives the latest dispatch three clear working days before each Thursday meeting", () => {
    expect(["2022-12", "2023-02", "2023-03"].map((id) => [d(id).meeting, d(id).dispatch.computed])).toEqual([
      ["2022-12-08", "2022-12-02"], // Mon 5, Tue 6, Wed 7 December clear
      ["2023-02-02", "2023-01-27"], // Mon 30, Tue 31 January, Wed 1 February clear
      ["2023-03-23", "2023-03-17"],
    ]);
    expect(d("2023-02")).toMatchObject({ clearDays: 3, law: "LGA 1972 s100BA" });
  });

  it("is five days earlier in England: Wednesday 25 January for 2 February 2023", () => {
    const english = gwynedd({ jurisdiction: "england" });
    const i = indexProgramme(english);
    expect(meetingDeadlines(i, i.meetings.get("2023-02")!, { today: "2022-11-01" }).dispatch.computed).toBe(
      "2023-01-25",
    );
  });

  it("cites the Welsh law when a dispatch is too late, and the Welsh urgency rule for a late item", () => {
    const late = gwynedd({}, { dispatch: "2023-01-30" });
    const i = indexProgramme(late);
    i.items.get("item")!.added = "2023-01-31";
    const findings = meetingDeadlines(i, i.meetings.get("2023-02")!, { today: "2023-01-31" }).findings;
    expect(findings.map((f) => f.code)).toEqual(["dispatch-too-late", "late-item-no-urgent-reasons"]);
    expect(findings[0]?.message).toBe(
      "agenda dispatch on Mon 30 Jan 2023 leaves two clear working days before the meeting; the law requires three clear working days (LGA 1972 s100BA): dispatch by Fri 27 Jan 2023 or move the meeting",
    );
    expect(findings[1]?.message).toContain("(LGA 1972 s100BA(6))");
  });

  it("keeps a commission's own clear days over the jurisdiction's", () => {
    const own = gwynedd({ deadlines: { clearDays: 5 } });
    const i = indexProgramme(own);
    expect(meetingDeadlines(i, i.meetings.get("2023-02")!, { today: "2022-11-01" }).dispatch.computed).toBe(
      "2023-01-25",
    );
  });
});

describe("Wales, real papers: Neath Port Talbot's Education, Skills and Wellbeing Scrutiny Committee 2022/23", () => {
  const index = indexProgramme(neathPortTalbot());
  const d = (id: string) => meetingDeadlines(index, index.meetings.get(id)!, { today: "2022-09-01" });

  it("gives each hybrid meeting's latest dispatch three clear working days before it", () => {
    // The meetings' dates and days are the council's (democracy.npt.gov.uk, CId=496); their
    // publication dates are not in the stored pages, so what is asserted is the law's date.
    expect(
      ["2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-03"].map((id) => [
        d(id).meeting,
        d(id).dispatch.computed,
      ]),
    ).toEqual([
      ["2022-09-27", "2022-09-21"], // Tue: Thu 22, Fri 23, Mon 26 September clear
      ["2022-10-27", "2022-10-21"], // Thu: Mon 24, Tue 25, Wed 26 October clear
      ["2022-11-24", "2022-11-18"],
      ["2022-12-08", "2022-12-02"],
      ["2023-01-25", "2023-01-19"], // Wed: Fri 20, Mon 23, Tue 24 January clear
      ["2023-03-16", "2023-03-10"],
    ]);
    expect(d("2023-01")).toMatchObject({ clearDays: 3, law: "LGA 1972 s100BA" });
    expect(index.meetings.get("2023-01")!.dispatch).toBeUndefined();
  });

  /**
   * A Welsh agenda whose publication date is in its papers: the Vale of Glamorgan Council's
   * Learning and Culture Scrutiny Committee, Thursday 6 October 2022 ("Venue REMOTE MEETING"),
   * signed "Rob Thomas, Chief Executive, 29th September, 2022":
   * bromorgannwg.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/agendas/Scrutiny-LC/2022/22-10-06.aspx
   */
  it("agrees with the Vale of Glamorgan's real dispatch: 29 September 2022 for 6 October, a day before the latest", () => {
    const vale = (dispatch: string) => {
      const i = indexProgramme(
        programmeOf({
          commission: {
            id: "learning-culture",
            name: "Learning and Culture Scrutiny Committee",
            shortName: "Learning and Culture",
            kind: "committee",
            council: "Vale of Glamorgan Council",
            jurisdiction: "wales",
            venue: "Remote meeting",
          },
          meetings: [{ id: "2022-10", date: "2022-10-06", dispatch }],
        }),
      );
      return meetingDeadlines(i, i.meetings.get("2022-10")!, { today: "2022-10-07" });
    };
    const real = vale("2022-09-29");
    // Fri 30 September leaves Mon 3, Tue 4 and Wed 5 October clear: the latest the law allows.
    expect(real.dispatch.computed).toBe("2022-09-30");
    expect(real.dispatch.stated).toBe("2022-09-29");
    expect(real.findings.map((f) => f.code)).not.toContain("dispatch-too-late");
    // On the Friday it would still be lawful; on Monday 3 October it would not.
    expect(vale("2022-09-30").findings.map((f) => f.code)).not.toContain("dispatch-too-late");
    expect(vale("2022-10-03").findings.map((f) => f.code)).toContain("dispatch-too-late");
  });
});

describe("public questions: notice by the order of business's rule", () => {
  it("gives North Yorkshire's midday, three working days before: Tuesday 13 December 2022 for Friday 16 (real)", () => {
    const p = northYorkshire();
    const index = indexProgramme(p);
    const d = meetingDeadlines(index, index.meetings.get("2022-12")!, { today: "2022-12-01" });
    expect(d.publicQuestions).toEqual({
      date: "2022-12-13",
      time: "12:00",
      workingDaysBefore: 3,
      clear: false,
      status: { date: "2022-12-13", daysLeft: 12, workingDaysLeft: 8, overdue: false },
    });
    expect(d.dispatch.computed).toBe("2022-12-08"); // five clear working days (England)
  });

  it("counts clear working days when the rule says so: Gloucestershire, 4.00 pm Wednesday 17 May for 23 May 2023", () => {
    const p = programmeOf({
      commission: {
        municipalYear: "2023/24",
        kind: "committee",
        start: "10:00",
        orderOfBusiness: [
          "apologies",
          "declarations",
          "minutes",
          {
            kind: "public-questions",
            title: "Public Representations",
            notice: { workingDaysBefore: 3, clear: true, time: "16:00" },
          },
          "business",
        ],
      },
      meetings: [{ id: "may", date: "2023-05-23" }],
    });
    const index = indexProgramme(p);
    const d = meetingDeadlines(index, p.meetings[0]!, { today: "2023-05-01" });
    expect(d.publicQuestions).toMatchObject({ date: "2023-05-17", time: "16:00", clear: true });
  });

  it("is absent where the order of business sets no rule (Hackney)", () => {
    const p = programmeOf({ meetings: [{ id: "jan", date: "2023-01-16" }] });
    const index = indexProgramme(p);
    expect(meetingDeadlines(index, p.meetings[0]!, { today: "2023-01-01" }).publicQuestions).toBeUndefined();
  });
});

describe("Scotland: three clear working days (LG(S)A 1973 s50B) on Scotland's own bank holidays", () => {
  const at = (jurisdiction: "scotland" | "wales", meeting: Record<string, unknown> = {}) => {
    const p = programmeOf({
      commission: { municipalYear: "2021/22", jurisdiction, kind: "committee", start: "10:00" },
      meetings: [{ id: "jan", date: "2022-01-06", ...meeting }],
    });
    const index = indexProgramme(p);
    return meetingDeadlines(index, p.meetings[0]!, { today: "2021-12-01" });
  };

  it("skips 3 and 4 January 2022 and 27 and 28 December 2021: dispatch by Wednesday 29 December for Thursday 6 January", () => {
    expect(at("scotland").dispatch.computed).toBe("2021-12-29"); // clear: Wed 5 Jan, Fri 31 and Thu 30 Dec
    expect(at("wales").dispatch.computed).toBe("2021-12-30"); // 4 January is a working day in Wales
  });

  it("cites the Scottish law and names the Scottish holiday", () => {
    const late = at("scotland", { dispatch: "2022-01-04" });
    expect(late.law).toBe("LG(S)A 1973 s50B");
    expect(late.findings.map((f) => [f.code, f.message])).toEqual([
      [
        "dispatch-too-late",
        "agenda dispatch on Tue 4 Jan 2022 leaves one clear working day before the meeting; the law requires three clear working days (LG(S)A 1973 s50B): dispatch by Wed 29 Dec 2021 or move the meeting",
      ],
      [
        "dispatch-on-non-working-day",
        "agenda dispatch is set for Tue 4 Jan 2022, a non-working day (2nd January (substitute day) (bank holiday))",
      ],
    ]);
  });
});
