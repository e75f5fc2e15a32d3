import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { workProgramme } from "./work-programme.js";

const today = "2023-01-06";

describe("the 2022/23 work programme", () => {
  const wp = workProgramme(loadExample(), { today, withChecks: true });

  it("is titled by commission and municipal year, as at today", () => {
    expect(wp.title).toBe("Children and Young People Scrutiny Commission: work programme 2022/23");
    expect(wp.asAt).toBe("Friday 6 January 2023");
    expect(wp.legend.map((l) => l.label)).toEqual(["confirmed", "to be scoped", "TBC"]);
  });

  it("lists the eight meetings in date order, September moved from 8 September", () => {
    expect(wp.meetings.map((m) => [m.number, m.date, m.movedFrom ?? ""])).toEqual([
      [1, "Monday 11 July 2022", ""],
      [2, "Thursday 29 September 2022", "moved from 8 September 2022"],
      [3, "Monday 31 October 2022", ""],
      [4, "Wednesday 30 November 2022", ""],
      [5, "Monday 16 January 2023", ""],
      [6, "Monday 27 February 2023", ""],
      [7, "Monday 20 March 2023", ""],
      [8, "Monday 17 April 2023", ""],
    ]);
  });

  it("gives the stated papers deadline and dispatch, and the rule's date where a stated one differs", () => {
    const sep = wp.meetings[1]!;
    expect(sep.papersDeadline).toEqual({
      date: "Tuesday 30 August 2022",
      isoDate: "2022-08-30",
      basis: "stated",
      rule: "3 working days before dispatch gives Thursday 15 September 2022",
    });
    expect(sep.dispatch).toEqual({ date: "Wednesday 21 September 2022", isoDate: "2022-09-21", basis: "stated" });
    // April: the stated dispatch across Easter is the latest lawful date, so no rule note.
    expect(wp.meetings[7]!.dispatch).toEqual({
      date: "Wednesday 5 April 2023",
      isoDate: "2023-04-05",
      basis: "stated",
    });
  });

  it("lists items with minutes, officers, preparatory work and status", () => {
    const mar = wp.meetings[6]!;
    expect(mar.items.map((i) => [i.title, i.minutes, i.statusLabel])).toEqual([
      ["Race, Racism and Children's Social Care - Support for Young Parents", "75", "to be scoped"],
      ["Pupil Attainment - Attainment Gap", "45", "confirmed"],
    ]);
    expect(mar.items[0]!.preparation).toEqual([
      "To scope with officers (Amy Wilkinson)",
      "Visit Family Nurse Partnership",
    ]);
    const nov = wp.meetings[3]!;
    expect(nov.items.find((i) => i.id === "cfs-budget-monitoring-2022")).toMatchObject({
      minutes: "30-45",
      standing: true,
      alongside: ["Children and Families Annual Report"],
    });
    expect(nov.allotted).toBe("105–130 of 180 minutes");
    expect(nov.overAllotted).toBe(false);
  });

  it("gives the Cabinet Q&A topics, the Cabinet member and when they were told", () => {
    const feb = wp.meetings[5]!;
    const qa = feb.items[0]!;
    expect(qa.cabinetQA).toEqual({
      cabinetMember: "Cllr Caroline Woodley (Families, Early Years, Parks and Play)",
      topics: [
        "Update on children's centres (and Family Hubs)",
        "Support for parents of children with SEND",
        "Waiting times and action plans for SLT and Ed Psychology",
      ],
      notified: "Tuesday 3 January 2023",
      due: "Monday 16 January 2023",
      late: false,
    });
    expect(qa.officers).toEqual(["Cllr Caroline Woodley (Families, Early Years, Parks and Play)"]);
    expect(wp.meetings[7]!.items[1]!.cabinetQA).toMatchObject({
      notified: "Wednesday 15 February 2023",
      due: "Monday 6 March 2023",
      topics: [],
    });
  });

  it("ends with the backlog under the next municipal year", () => {
    expect(wp.backlogHeading).toBe("Possible items noted for 2023/24");
    expect(wp.backlog.map((i) => [i.title, i.statusLabel])).toEqual([
      ["School Admissions", "TBC"],
      ["Residential Placements", "TBC"],
      ["Graduated SEND provision within schools", "TBC"],
    ]);
    expect(wp.unscheduled).toEqual([]);
  });
});

describe("computed dates and edge cases", () => {
  it("computes the deadlines of a meeting with none stated, across Christmas and New Year", () => {
    // Thursday 5 January 2023: 27 Dec and 2 Jan are substitute bank holidays, so five clear
    // working days (28, 29, 30 Dec, 3, 4 Jan) put the latest dispatch on Friday 23 December.
    const p = exampleWith((q) => {
      const m = meetingOn(q, "2023-01-16");
      m.date = "2023-01-05";
      delete m.dispatch;
      delete m.papersDeadline;
    });
    const jan = workProgramme(p, { today }).meetings[4]!;
    expect(jan.dispatch).toEqual({ date: "Friday 23 December 2022", isoDate: "2022-12-23", basis: "computed" });
    expect(jan.papersDeadline).toEqual({ date: "Tuesday 20 December 2022", isoDate: "2022-12-20", basis: "computed" });
  });

  it("flags Cabinet Q&A topics told late, and a due date when none is recorded", () => {
    const late = exampleWith((q) => {
      q.items.find((i) => i.id === "cabinet-qa-woodley")!.cabinetQA!.notified = "2023-01-20";
      delete q.items.find((i) => i.id === "cabinet-qa-bramble")!.cabinetQA!.notified;
    });
    const wp = workProgramme(late, { today, withChecks: true });
    expect(wp.meetings[5]!.items[0]!.cabinetQA).toMatchObject({ notified: "Friday 20 January 2023", late: true });
    expect(wp.meetings[7]!.items[1]!.cabinetQA).toEqual({
      cabinetMember: "Cllr Anntoinette Bramble (Deputy Mayor; Education, Young People and Children's Social Care)",
      topics: [],
      due: "Monday 6 March 2023",
      late: false,
    });
  });

  it("keeps a cancelled meeting in the table, marked", () => {
    const p = exampleWith((q) => {
      meetingOn(q, "2023-03-20").status = "cancelled";
    });
    expect(workProgramme(p, { today }).meetings[6]).toMatchObject({ date: "Monday 20 March 2023", cancelled: true });
  });

  it("shows an item in no meeting and not in the backlog, so it cannot vanish", () => {
    const p = exampleWith((q) => {
      q.items.push(Item.parse({ id: "youth-services", title: "Youth Services", status: "tbc", minutes: "30-40" }));
    });
    expect(workProgramme(p, { today }).unscheduled.map((i) => [i.title, i.minutes, i.statusLabel])).toEqual([
      ["Youth Services", "30-40", "TBC"],
    ]);
  });

  it("says when a meeting has more allotted than it has time for, and names a different time or venue", () => {
    const p = exampleWith((q) => {
      const m = meetingOn(q, "2022-09-29");
      m.plannedEnd = "21:00";
      m.start = "18:00";
      m.venue = "Online";
      q.items.find((i) => i.id === "foster-carers")!.minutes = 150;
    });
    const sep = workProgramme(p, { today, withChecks: true }).meetings[1]!;
    expect(sep).toMatchObject({ allotted: "225 of 180 minutes", overAllotted: true, time: "6.00 pm", venue: "Online" });
  });

  it("names the following year for the backlog in any year", () => {
    const p = exampleWith((q) => {
      q.commission.municipalYear = "2099/00";
      q.meetings = [];
    });
    expect(workProgramme(p, { today }).backlogHeading).toBe("Possible items noted for 2100/01");
  });
});
