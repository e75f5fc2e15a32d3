import { readFileSync } from "node:fs";
import { timeAgenda } from "@scrutineer/agenda";
import { meetingDeadlines, standingWords } from "@scrutineer/deadlines";
import { indexProgramme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { checkProgramme, meetingFindings, meetingReport, programmeReport } from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
const parsed = parseProgramme(source);
if (!parsed.ok) throw new Error("the example does not load");
const programme = parsed.programme;
const today = "2023-01-09";

describe("programmeReport on the real 2022/23 programme", () => {
  const index = indexProgramme(programme);
  const report = programmeReport(index, { today });

  it("has exactly checkProgramme's findings", () => {
    expect(report.findings).toEqual(checkProgramme(programme, { today }));
    expect(report.index).toBe(index);
  });

  it("keeps each meeting's timing, deadlines and findings as the rules give them, in date order", () => {
    expect([...report.meetings.keys()]).toEqual(index.meetingsInOrder.map((m) => m.id));
    for (const meeting of index.meetingsInOrder) {
      const r = report.meetings.get(meeting.id)!;
      expect(r.meeting).toBe(meeting);
      expect(r.timing).toEqual(timeAgenda(index, meeting));
      expect(r.deadlines).toEqual(meetingDeadlines(index, meeting, { today }));
      expect(r.findings).toEqual(meetingFindings(index, meeting, { today }));
    }
  });

  it("says each meeting's standing", () => {
    const words = [...report.meetings.values()].map((r) => standingWords(r.standing));
    expect(words.slice(3, 6)).toEqual(["held", "agenda out; meeting in 7 days", "papers due in 36 days (26 working)"]);
  });
});

describe("meetingReport", () => {
  it("passes the slack threshold on to the timing rules", () => {
    const index = indexProgramme(programme);
    const jan = index.findMeeting("2023-01-16")!;
    const strict = meetingReport(index, jan, { today, slackWarningMinutes: 60 });
    expect(strict.findings.map((f) => f.code)).toContain("agenda-little-slack");
    expect(meetingReport(index, jan, { today }).findings.map((f) => f.code)).not.toContain("agenda-little-slack");
  });
});
