import { indexProgramme, type Meeting, type Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, inEachZone, programmeOf } from "../test/helpers.js";
import { meetingDeadlines } from "./meeting-deadlines.js";
import {
  AT_RISK_WORKING_DAYS,
  MeetingStanding,
  meetingPhase,
  meetingStanding,
  standingWords,
} from "./meeting-standing.js";
import { calendarFor, workingCalendar } from "./working-calendar.js";

function standingsOf(programme: Programme, today: string): MeetingStanding[] {
  const index = indexProgramme(programme);
  const calendar = calendarFor(programme.commission);
  return index.meetingsInOrder.map((m) =>
    meetingStanding(m, meetingDeadlines(index, m, { today, calendar }), { today, calendar }),
  );
}

/** One meeting on Mon 16 Jan 2023 (latest lawful dispatch Fri 6 Jan 2023), as of `today`. */
function jan16(today: string, fields: Partial<Meeting> = {}): MeetingStanding {
  const p = programmeOf({ meetings: [{ id: "m", date: "2023-01-16", ...fields }] });
  return standingsOf(p, today)[0]!;
}

describe("the real 2022/23 programme on Mon 9 Jan 2023", () => {
  const all = standingsOf(example(), "2023-01-09");

  it("words every meeting as the deadlines table always has", () => {
    expect(all.map((s) => [s.meetingId, standingWords(s)])).toEqual([
      ["2022-07", "held"],
      ["2022-09", "held"],
      ["2022-10", "held"],
      ["2022-11", "held"],
      ["2023-01", "agenda out; meeting in 7 days"],
      ["2023-02", "papers due in 36 days (26 working)"],
      ["2023-03", "papers due in 57 days (41 working)"],
      ["2023-04", "papers due in 81 days (59 working)"],
    ]);
  });

  it("finds 16 Jan's agenda out on time: dispatch was recorded for Fri 6 Jan, the latest lawful day, so nothing is late", () => {
    const jan = all.find((s) => s.meetingId === "2023-01")!;
    expect(jan).toMatchObject({ phase: "upcoming", daysToMeeting: 7, risk: "none" });
    expect(jan.next).toBeUndefined();
    expect(jan.missed).toBeUndefined();
    expect(standingWords(jan, { compact: true })).toBe("agenda out");
  });

  it("matches its schema and is the same in every time zone", () => {
    for (const s of all) expect(MeetingStanding.parse(s)).toEqual(s);
    for (const run of inEachZone(() => standingsOf(example(), "2023-01-09")).values()) expect(run).toEqual(all);
  });
});

describe("constructed cases", () => {
  it("is late only when the latest lawful dispatch passed with no dispatch recorded by then", () => {
    const missed = jan16("2023-01-09");
    expect(missed.missed).toEqual({ deadline: "dispatch", lawful: "2023-01-06", workingDaysLate: 1, agendaOut: false });
    expect(missed.risk).toBe("missed");
    expect(standingWords(missed)).toBe("dispatch 1 working day late; meeting in 7 days");
    expect(standingWords(missed, { compact: true })).toBe("dispatch 1wd late");

    expect(jan16("2023-01-09", { dispatch: "2023-01-06" }).missed).toBeUndefined();
    expect(jan16("2023-01-09", { dispatch: "2023-01-05" }).risk).toBe("none");
    // On the lawful day itself nothing is missed yet: dispatch is due today.
    const due = jan16("2023-01-06");
    expect(due).toMatchObject({ risk: "at-risk", next: { deadline: "dispatch" } });
    expect(standingWords(due)).toBe("dispatch today");
  });

  it("says a dispatch recorded after the lawful day is late, and by how much once it went out", () => {
    const planned = jan16("2023-01-09", { dispatch: "2023-01-10" });
    expect(planned.missed).toMatchObject({ workingDaysLate: 1, agendaOut: false });
    expect(planned.next).toMatchObject({ deadline: "dispatch" });
    const out = jan16("2023-01-12", { dispatch: "2023-01-10" });
    expect(out.missed).toEqual({ deadline: "dispatch", lawful: "2023-01-06", workingDaysLate: 2, agendaOut: true });
    expect(standingWords(out)).toBe("agenda out 2 working days late; meeting in 4 days");
    expect(standingWords(out, { compact: true })).toBe("agenda out 2wd late");
    // Before the lawful day the late plan can still be put right: only the finding says so.
    expect(jan16("2023-01-03", { dispatch: "2023-01-10" }).missed).toBeUndefined();
  });

  it(`is at risk within ${AT_RISK_WORKING_DAYS} working days of the next deadline, not before`, () => {
    // Papers by rule: Tue 3 Jan 2023 (three working days before dispatch).
    const close = jan16("2022-12-29");
    expect(close.next).toMatchObject({ deadline: "papers", status: { workingDaysLeft: 2 } });
    expect(close.risk).toBe("at-risk");
    expect(standingWords(close)).toBe("papers due in 5 days (2 working)");
    expect(standingWords(close, { compact: true })).toBe("papers 2wd");
    const far = jan16("2022-12-20");
    expect(far.next?.status.workingDaysLeft).toBeGreaterThan(AT_RISK_WORKING_DAYS);
    expect(far.risk).toBe("none");
  });

  it("moves on to dispatch once the papers deadline passes: a passed papers deadline is not late", () => {
    const s = jan16("2023-01-04", { dispatch: "2023-01-06" });
    expect(s).toMatchObject({ next: { deadline: "dispatch" }, risk: "at-risk" });
    expect(standingWords(s)).toBe("dispatch in 2 days (2 working)");
  });

  it("says held, cancelled and today, and a provisional date before anything else", () => {
    expect(standingWords(jan16("2023-01-17"))).toBe("held");
    const cancelled = jan16("2023-01-09", { status: "cancelled" });
    expect([cancelled.phase, cancelled.risk, standingWords(cancelled)]).toEqual(["cancelled", "none", "cancelled"]);
    const today = jan16("2023-01-16", { dispatch: "2023-01-06" });
    expect([today.phase, standingWords(today), standingWords(today, { compact: true })]).toEqual([
      "today",
      "agenda out; meeting today",
      "today",
    ]);
    const tbc = jan16("2022-12-20", { dateConfirmed: false });
    expect(tbc.dateToBeConfirmed).toBe(true);
    expect(standingWords(tbc)).toBe("date to be confirmed; papers due in 14 days (7 working)"); // Christmas and New Year between
    expect(standingWords(tbc, { compact: true })).toBe("TBC · papers 7wd");
    expect(jan16("2023-01-17", { dateConfirmed: false }).dateToBeConfirmed).toBe(false);
  });
});

/** A meeting known only by its month, March 2023. */
const tbc = {
  id: "tbc",
  date: "2023-03",
  dateConfirmed: false,
  status: "scheduled" as const,
  agenda: [],
  declarations: [],
};

describe("the standing of a meeting whose day is to be confirmed", () => {
  const meeting = tbc;
  const calendar = workingCalendar();

  it("is upcoming, its date to be confirmed, with no deadlines yet, until its month has passed", () => {
    const standing = meetingStanding(meeting, undefined, { today: "2022-12-01", calendar });
    expect(standing).toEqual({
      meeting: "2023-03",
      meetingId: "tbc",
      phase: "upcoming",
      dateToBeConfirmed: true,
      daysToMeeting: 90,
      risk: "none",
    });
    expect(standingWords(standing)).toBe("date to be confirmed; no deadlines yet");
    expect(standingWords(standing, { compact: true })).toBe("TBC");
    expect(meetingStanding(meeting, undefined, { today: "2023-04-01", calendar }).phase).toBe("held");
    expect(
      meetingStanding({ ...meeting, status: "cancelled" }, undefined, { today: "2022-12-01", calendar }).phase,
    ).toBe("cancelled");
  });
});

describe("meetingPhase: the standing's phase without the deadlines (the planner's first frame)", () => {
  const calendar = workingCalendar();

  it("gives every meeting of the real programme the phase its standing has, on days before, on and after them", () => {
    const index = indexProgramme(example());
    for (const today of ["2022-07-01", "2022-09-26", "2023-01-09", "2023-01-16", "2023-01-17", "2023-06-01"])
      for (const s of standingsOf(example(), today))
        expect([s.meetingId, today, meetingPhase(index.meetings.get(s.meetingId)!, today)]).toEqual([
          s.meetingId,
          today,
          s.phase,
        ]);
  });

  it("reads a meeting known by its month and a cancelled one as their standings do", () => {
    for (const today of ["2022-12-01", "2023-03-31", "2023-04-01"])
      for (const m of [tbc, { ...tbc, status: "cancelled" as const }])
        expect(meetingPhase(m, today)).toBe(meetingStanding(m, undefined, { today, calendar }).phase);
    expect(meetingPhase({ ...tbc, date: "2023-01-16", status: "cancelled" as const }, "2023-01-09")).toBe("cancelled");
  });
});
