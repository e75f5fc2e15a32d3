import { addDays } from "@scrutineer/dates";
import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, inEachZone, programmeOf } from "../test/helpers.js";
import { bankHolidaySource } from "./bank-holidays.js";
import { ENGLAND_CLEAR_DAYS, isLawfulDispatch, latestDispatch, WALES_CLEAR_DAYS } from "./clear-days.js";
import { meetingDeadlines } from "./meeting-deadlines.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();
const england = { clearDays: ENGLAND_CLEAR_DAYS, calendar };

describe("latest lawful dispatch (five clear working days, LGA 1972 s100B)", () => {
  it("reproduces all eight 2022/23 dispatch dates from the meeting dates alone", () => {
    const programme = example();
    const computed = programme.meetings.map((m) => [m.date, latestDispatch(m.date, england)]);
    expect(computed).toEqual([
      ["2022-07-11", "2022-07-01"],
      ["2022-09-29", "2022-09-21"],
      ["2022-10-31", "2022-10-21"],
      ["2022-11-30", "2022-11-22"],
      ["2023-01-16", "2023-01-06"],
      ["2023-02-27", "2023-02-17"],
      ["2023-03-20", "2023-03-10"],
      ["2023-04-17", "2023-04-05"], // across Good Friday and Easter Monday
    ]);
    // and they are the dates the programme states
    expect(computed.map(([, d]) => d)).toEqual(programme.meetings.map((m) => m.dispatch));
  });

  it("does so whatever the machine's time zone", () => {
    const dates = ["2022-07-11", "2022-09-29", "2023-01-16", "2023-04-17"];
    for (const r of inEachZone(() =>
      dates.map((d) => latestDispatch(d, { clearDays: 5, calendar: workingCalendar() })),
    ).values()) {
      expect(r).toEqual(["2022-07-01", "2022-09-21", "2023-01-06", "2023-04-05"]);
    }
  });

  it("handles Christmas and New Year", () => {
    expect(latestDispatch("2023-01-09", england)).toBe("2022-12-29"); // Mon 9 Jan 2023, over 2 Jan
    expect(latestDispatch("2023-01-03", england)).toBe("2022-12-21"); // Tue 3 Jan 2023, over 26, 27 Dec and 2 Jan
    const closed = workingCalendar({ extraNonWorkingDays: ["2022-12-28", "2022-12-29", "2022-12-30"] });
    expect(latestDispatch("2023-01-03", { clearDays: 5, calendar: closed })).toBe("2022-12-16");
    expect(latestDispatch("2023-01-09", { clearDays: 5, calendar: closed })).toBe("2022-12-22");
  });

  it("handles the 2022 Jubilee and the 2023 Coronation", () => {
    expect(latestDispatch("2022-06-09", england)).toBe("2022-05-30"); // over 2 and 3 Jun 2022
    expect(latestDispatch("2023-05-15", england)).toBe("2023-05-04"); // over 8 May 2023
    expect(latestDispatch("2023-05-10", england)).toBe("2023-04-28"); // over 1 and 8 May 2023
    expect(latestDispatch("2022-09-26", england)).toBe("2022-09-15"); // over the Queen's funeral, 19 Sep
  });

  it("handles a Monday meeting after a bank-holiday Monday", () => {
    expect(latestDispatch("2023-06-05", england)).toBe("2023-05-25"); // spring holiday 29 May 2023
    expect(latestDispatch("2023-05-30", england)).toBe("2023-05-19"); // the Tuesday straight after
    expect(latestDispatch("2023-06-12", england)).toBe("2023-06-02"); // an ordinary Monday: Friday week
  });

  it("takes the number of clear days as a parameter: Wales 3, public questions 8", () => {
    expect(latestDispatch("2023-04-17", { clearDays: WALES_CLEAR_DAYS, calendar })).toBe("2023-04-11");
    expect(latestDispatch("2022-07-11", { clearDays: WALES_CLEAR_DAYS, calendar })).toBe("2022-07-05");
    expect(latestDispatch("2023-01-16", { clearDays: 8, calendar })).toBe("2023-01-03");
    expect(latestDispatch("2023-01-16", { clearDays: 0, calendar })).toBe("2023-01-13");
    expect(() => latestDispatch("2023-01-16", { clearDays: -1, calendar })).toThrow(RangeError);
  });

  it("counts over the one-off and moved holidays before 2018 (statute and proclamations)", () => {
    // Royal wedding, Fri 29 Apr 2011, and early May, Mon 2 May: not Thu 28 Apr.
    expect(bankHolidaySource(2011)).toBe("statute");
    expect(latestDispatch("2011-05-09", england)).toBe("2011-04-27");
    // Diamond Jubilee: Mon 4 (spring, moved) and Tue 5 Jun 2012; Mon 28 May 2012 was a working day.
    expect(latestDispatch("2012-06-11", england)).toBe("2012-05-30");
    expect(latestDispatch("2012-05-31", england)).toBe("2012-05-23");
    // Golden Jubilee: Mon 3 and Tue 4 (spring, moved) Jun 2002; Mon 27 May 2002 was a working day.
    expect(latestDispatch("2002-06-10", england)).toBe("2002-05-29");
    expect(latestDispatch("2002-05-30", england)).toBe("2002-05-22");
    // VE Day 1995: early May moved from Mon 1 to Mon 8 May.
    expect(latestDispatch("1995-05-15", england)).toBe("1995-05-04");
    expect(latestDispatch("1995-05-04", england)).toBe("1995-04-26");
    // The millennium: Fri 31 Dec 1999 and Mon 3 Jan 2000 (New Year's Day on a Saturday).
    expect(latestDispatch("2000-01-10", england)).toBe("1999-12-29");
    // Silver Jubilee: Mon 6 (spring, moved) and Tue 7 Jun 1977; Mon 30 May 1977 was a working day.
    expect(latestDispatch("1977-06-09", england)).toBe("1977-05-30");
  });

  it("works for a year beyond the bundled list (2028, projected from the statute)", () => {
    expect(bankHolidaySource(2028)).toBe("statute-projected");
    expect(latestDispatch("2028-05-02", england)).toBe("2028-04-21"); // over early May holiday 1 May 2028
    expect(latestDispatch("2028-04-19", england)).toBe("2028-04-07"); // over Easter 2028
  });

  it("always leaves exactly the clear days asked for, and no later working day would (2018–2031)", () => {
    for (const clearDays of [3, 5, 8]) {
      for (let meeting = "2018-01-15"; meeting <= "2031-12-31"; meeting = addDays(meeting, 3)) {
        const d = latestDispatch(meeting, { clearDays, calendar });
        expect(calendar.isWorkingDay(d)).toBe(true);
        expect(calendar.clearWorkingDaysBetween(d, meeting)).toBe(clearDays);
        const next = calendar.addWorkingDays(d, 1);
        expect(isLawfulDispatch(next, meeting, { clearDays, calendar })).toBe(false);
      }
    }
  });
});

describe("is a dispatch date lawful", () => {
  it("counts clear working days from the stated date", () => {
    expect(isLawfulDispatch("2022-07-01", "2022-07-11", england)).toBe(true);
    expect(isLawfulDispatch("2022-06-28", "2022-07-11", england)).toBe(true); // earlier is fine
    expect(isLawfulDispatch("2022-07-04", "2022-07-11", england)).toBe(false);
    // published on the Sunday before: still five clear working days (Mon 4 to Fri 8)
    expect(isLawfulDispatch("2022-07-03", "2022-07-11", england)).toBe(true);
    expect(isLawfulDispatch("2023-04-06", "2023-04-17", england)).toBe(false); // Easter eats two days
  });
});

describe("dispatch findings", () => {
  it("calls a stated dispatch later than the law allows an error", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2023-04-17", dispatch: "2023-04-06" }] });
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2023-03-01" });
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
    const [early, sunday] = p.meetings.map((m) => meetingDeadlines(indexProgramme(p), m, { today: "2022-06-01" }));
    expect(early?.findings).toEqual([]);
    expect(sunday?.findings.map((f) => f.code)).toEqual(["dispatch-on-non-working-day"]);
  });

  it("warns that the dispatch date has passed when none is recorded for an upcoming meeting", () => {
    const p = programmeOf({ meetings: [{ id: "m", date: "2023-03-20" }] });
    const m = p.meetings[0]!;
    expect(meetingDeadlines(indexProgramme(p), m, { today: "2023-03-10" }).findings).toEqual([]);
    expect(meetingDeadlines(indexProgramme(p), m, { today: "2023-03-13" }).findings.map((f) => f.code)).toEqual([
      "dispatch-overdue",
    ]);
    expect(meetingDeadlines(indexProgramme(p), m, { today: "2023-03-21" }).findings).toEqual([]); // the meeting is past
  });

  it("applies council closure days", () => {
    const p = programmeOf({
      commission: { deadlines: { nonWorkingDays: ["2022-12-28", "2022-12-29", "2022-12-30"] } },
      meetings: [{ id: "m", date: "2023-01-09", dispatch: "2022-12-29" }],
    });
    const d = meetingDeadlines(indexProgramme(p), p.meetings[0]!, { today: "2022-12-01" });
    expect(d.dispatch.computed).toBe("2022-12-22");
    expect(d.findings.map((f) => f.code)).toEqual(["dispatch-too-late", "dispatch-on-non-working-day"]);
  });
});
