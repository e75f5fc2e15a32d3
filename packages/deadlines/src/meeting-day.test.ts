import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, programmeOf } from "../test/helpers.js";
import { meetingDayFindings } from "./meeting-day.js";
import { meetingDeadlines } from "./meeting-deadlines.js";
import { calendarFor, workingCalendar } from "./working-calendar.js";

describe("meetings on non-working days", () => {
  const programme = programmeOf({
    commission: { deadlines: { nonWorkingDays: ["2022-12-29"] } },
    meetings: [
      { id: "sat", date: "2023-01-14" },
      { id: "funeral", date: "2022-09-19" },
      { id: "closure", date: "2022-12-29" },
      { id: "cancelled", date: "2023-04-10", status: "cancelled" },
      { id: "fine", date: "2023-01-16" },
    ],
  });
  const calendar = calendarFor(programme.commission);

  it("warns about a weekend, a bank holiday or a council closure day", () => {
    const findings = programme.meetings.flatMap((m) => meetingDayFindings(m, calendar));
    expect(findings.map((f) => [f.meeting, f.severity, f.code])).toEqual([
      ["2023-01-14", "warning", "meeting-on-non-working-day"],
      ["2022-09-19", "warning", "meeting-on-non-working-day"],
      ["2022-12-29", "warning", "meeting-on-non-working-day"],
    ]);
    expect(findings[0]?.message).toMatch(/Sat 14 Jan 2023.*Saturday/);
    expect(findings[1]?.message).toMatch(/State Funeral of Queen Elizabeth II/);
    expect(findings[2]?.message).toMatch(/council closure/);
  });

  it("has nothing to say about the real 2022/23 meetings", () => {
    const real = example();
    expect(real.meetings.flatMap((m) => meetingDayFindings(m, workingCalendar()))).toEqual([]);
  });
});

describe("a meeting on a non-working day, among its deadlines", () => {
  it("warns about a meeting on a bank holiday and still computes from it", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2022-06-03", dispatch: "2022-05-25" }] });
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2022-05-01" });
    expect(d.findings.map((f) => f.code)).toEqual(["meeting-on-non-working-day"]);
    expect(d.dispatch.computed).toBe("2022-05-25"); // 26, 27, 30, 31 May and 1 Jun are clear
  });
});
