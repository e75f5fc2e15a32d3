import { cancelMeeting, indexProgramme, moveMeeting } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { inEachZone, programmeOf } from "../test/helpers.js";
import { SlotRuleError } from "./errors.js";
import { deadlineFindings } from "./meeting-deadlines.js";
import { generateSlots, slotsToMeetings } from "./slots.js";
import { workingCalendar } from "./working-calendar.js";

const calendar = workingCalendar();
const dates = (rule: string, municipalYear: string, extra: Partial<Parameters<typeof generateSlots>[0]> = {}) =>
  generateSlots({ rule, municipalYear, calendar, ...extra });

describe("meeting slots for a municipal year", () => {
  it("runs May to April", () => {
    expect(dates("every Monday", "2024/25")).toMatchObject({ from: "2024-05-01", to: "2025-04-30" });
    expect(dates("every Monday", "1999/00")).toMatchObject({ from: "1999-05-01", to: "2000-04-30" });
    expect(() => dates("every Monday", "2024-25")).toThrow(SlotRuleError);
    expect(() => dates("every Monday", "2024/25", { start: "24:00" })).toThrow(
      /start "24:00": expected a 24-hour time/,
    );
  });

  it("generates the second Monday of each month except August and May", () => {
    const plan = dates("second Monday monthly except August, May", "2024/25");
    expect(plan.slots.map((s) => s.date)).toEqual([
      "2024-06-10",
      "2024-07-08",
      "2024-09-09",
      "2024-10-14",
      "2024-11-11",
      "2024-12-09",
      "2025-01-13",
      "2025-02-10",
      "2025-03-10",
      "2025-04-14",
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.rrule).toBe("FREQ=MONTHLY;BYDAY=2MO;BYMONTH=1,2,3,4,6,7,9,10,11,12");
    // the same rule written as an RRULE gives the same dates
    const rrule = dates("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2;BYMONTH=6,7,9,10,11,12,1,2,3,4", "2024/25");
    expect(rrule.slots).toEqual(plan.slots);
  });

  it("skips bank holidays, including moved and one-off ones", () => {
    const plan = dates("last Monday monthly", "2022/23");
    expect(plan.slots.map((s) => s.date)).toEqual([
      "2022-05-30", // a working day: the spring holiday moved to 2 Jun for the Jubilee
      "2022-06-27",
      "2022-07-25",
      "2022-09-26",
      "2022-10-31",
      "2022-11-28",
      "2023-01-30",
      "2023-02-27",
      "2023-03-27",
      "2023-04-24",
    ]);
    expect(plan.skipped).toEqual([
      { date: "2022-08-29", reason: "Summer bank holiday" },
      { date: "2022-12-26", reason: "Boxing Day (bank holiday)" },
    ]);
    expect(dates("first Monday monthly", "2024/25").skipped.map((s) => s.date)).toEqual(["2024-05-06"]);
    // 10 Apr 2023, the second Monday of April, is Easter Monday
    expect(dates("second Monday monthly", "2022/23").skipped.map((s) => s.date)).toEqual(["2023-04-10"]);
    expect(dates("every Monday", "2022/23").skipped.map((s) => s.date)).toEqual([
      "2022-05-02",
      "2022-08-29",
      "2022-09-19", // the Queen's funeral
      "2022-12-26",
      "2023-01-02",
      "2023-04-10",
    ]);
  });

  it("skips council closure days and given ranges", () => {
    const closed = workingCalendar({ extraNonWorkingDays: ["2024-12-30"] });
    const plan = generateSlots({
      rule: "every Monday",
      municipalYear: "2024/25",
      calendar: closed,
      skip: [{ from: "2024-07-22", to: "2024-09-02", reason: "school summer holiday" }],
    });
    expect(plan.slots.some((s) => s.date >= "2024-07-22" && s.date <= "2024-09-02")).toBe(false);
    expect(plan.skipped.filter((s) => s.reason === "school summer holiday").map((s) => s.date)).toEqual([
      "2024-07-22",
      "2024-07-29",
      "2024-08-05",
      "2024-08-12",
      "2024-08-19",
      "2024-08-26",
      "2024-09-02",
    ]);
    expect(plan.skipped.find((s) => s.date === "2024-12-30")?.reason).toBe("council closure");
    expect(plan.slots.length + plan.skipped.length).toBe(52);
  });

  it("attaches the Europe/London start across the October and March clock changes", () => {
    const weekly = dates("every Monday", "2024/25");
    const at = (d: string) => weekly.slots.find((s) => s.date === d);
    expect(at("2024-10-21")).toMatchObject({
      start: "19:00",
      startsAt: "2024-10-21T18:00:00.000Z",
      utcOffset: "+01:00",
    });
    expect(at("2024-10-28")).toMatchObject({
      start: "19:00",
      startsAt: "2024-10-28T19:00:00.000Z",
      utcOffset: "+00:00",
    });
    expect(at("2025-03-24")).toMatchObject({ startsAt: "2025-03-24T19:00:00.000Z", utcOffset: "+00:00" });
    expect(at("2025-03-31")).toMatchObject({ startsAt: "2025-03-31T18:00:00.000Z", utcOffset: "+01:00" });
    expect(at("2024-10-28")?.label).toBe("Mon 28 Oct 2024");
    const thursdays = dates("last Thursday monthly", "2024/25", { start: "18:30" }).slots;
    expect(thursdays.find((s) => s.date === "2024-10-31")?.startsAt).toBe("2024-10-31T18:30:00.000Z");
    expect(thursdays.find((s) => s.date === "2025-03-27")?.startsAt).toBe("2025-03-27T18:30:00.000Z");
    expect(thursdays.find((s) => s.date === "2025-04-24")?.startsAt).toBe("2025-04-24T17:30:00.000Z");
  });

  it("gives the same slots whatever the machine's time zone", () => {
    const runs = inEachZone(() => [
      dates("every Monday", "2024/25"),
      dates("FREQ=MONTHLY;BYDAY=-1TH", "2022/23"),
      dates("first Tuesday monthly except August", "2030/31"),
    ]);
    const [first, ...rest] = [...runs.values()];
    for (const r of rest) expect(r).toEqual(first);
    expect(first?.[0]?.slots[0]?.date).toBe("2024-05-13"); // 6 May 2024 is a bank holiday
    expect(first?.[2]?.slots[0]?.date).toBe("2030-05-07");
  });

  it("keeps weekend dates when the rule asks for them, and the deadline check warns", () => {
    const plan = dates("FREQ=MONTHLY;BYDAY=1SA;COUNT=2", "2024/25");
    expect(plan.slots.map((s) => s.date)).toEqual(["2024-05-04", "2024-06-01"]);
    const programme = programmeOf({ commission: { municipalYear: "2024/25" }, meetings: slotsToMeetings(plan) });
    expect(
      deadlineFindings(indexProgramme(programme), { today: "2024-04-01" }).map((f) => [f.meeting, f.code]),
    ).toEqual([
      ["2024-05-04", "meeting-on-non-working-day"],
      ["2024-06-01", "meeting-on-non-working-day"],
    ]);
  });

  it("refuses a rule, year, start or range it cannot use", () => {
    expect(() => dates("whenever the Chair likes", "2024/25")).toThrow(SlotRuleError);
    expect(() => dates("every Monday", "2024/26")).toThrow(/not a municipal year/);
    expect(() => dates("every Monday", "2024-25")).toThrow(/not a municipal year/);
    expect(() => dates("every Monday", "2024/25", { start: "7pm" })).toThrow(/HH:MM/);
    expect(() => dates("every Monday", "2024/25", { skip: [{ from: "2024-09-01", to: "2024-08-01" }] })).toThrow(
      /ends before it starts/,
    );
    expect(() => dates("every Monday", "2024/25", { skip: [{ from: "2024-02-30", to: "2024-03-01" }] })).toThrow(
      /real dates/,
    );
  });

  it("turns slots into provisional meetings with ids the programme uses", () => {
    const plan = dates("second Monday monthly except August, May", "2024/25");
    const meetings = slotsToMeetings(plan);
    expect(meetings[0]).toEqual({
      id: "2024-06",
      date: "2024-06-10",
      status: "scheduled",
      dateConfirmed: false,
      agenda: [],
      declarations: [],
    });
    const weekly = slotsToMeetings(dates("every other Thursday", "2024/25"));
    expect(weekly.slice(0, 3).map((m) => m.id)).toEqual(["2024-05", "2024-05-16", "2024-05-30"]);
    expect(new Set(weekly.map((m) => m.id)).size).toBe(weekly.length);
  });
});

describe("moving and cancelling a meeting", () => {
  const [meeting] = slotsToMeetings(dates("second Thursday monthly", "2022/23")).filter((m) => m.id === "2022-09");

  it("keeps the id and remembers where it moved from", () => {
    expect(meeting?.date).toBe("2022-09-08");
    const moved = moveMeeting({ ...meeting!, dispatch: "2022-08-31", papersDeadline: "2022-08-26" }, "2022-09-29");
    expect(moved).toMatchObject({ id: "2022-09", date: "2022-09-29", status: "moved", movedFrom: "2022-09-08" });
    expect(moved.dispatch).toBeUndefined(); // the old stated dates no longer apply
    expect(moved.papersDeadline).toBeUndefined();
    const again = moveMeeting(moved, "2022-10-06");
    expect(again).toMatchObject({ id: "2022-09", date: "2022-10-06", movedFrom: "2022-09-08" });
    expect(() => moveMeeting(moved, "2022-09-31")).toThrow(/real date/);
  });

  it("cancels a meeting, which then has no deadlines to meet", () => {
    const cancelled = cancelMeeting(meeting!);
    expect(cancelled).toMatchObject({ id: "2022-09", date: "2022-09-08", status: "cancelled" });
    const programme = programmeOf({ meetings: [cancelled] });
    expect(deadlineFindings(indexProgramme(programme), { today: "2022-09-07" })).toEqual([]);
  });
});

describe("a start the clocks skip or repeat (issue 12, item 15)", () => {
  const lastSundays = () => dates("last Sunday monthly", "2024/25", { start: "01:30" }).slots;

  it("takes the first 01:30 on the night the clocks go back, on every machine (RFC 5545 §3.3.5)", () => {
    for (const slots of inEachZone(() => lastSundays()).values())
      expect(slots.find((s) => s.date === "2024-10-27")).toEqual({
        date: "2024-10-27",
        label: "Sun 27 Oct 2024",
        start: "01:30",
        startsAt: "2024-10-27T00:30:00.000Z",
        utcOffset: "+01:00",
        note: "01:30 happens twice in London on Sun 27 Oct 2024 (the clocks go back from 02:00 BST to 01:00 GMT): this is the first, 01:30 BST (RFC 5545)",
      });
  });

  it("never shows a skipped spring time as if it existed: it says what the clocks show", () => {
    for (const slots of inEachZone(() => lastSundays()).values())
      expect(slots.find((s) => s.date === "2025-03-30")).toEqual({
        date: "2025-03-30",
        label: "Sun 30 Mar 2025",
        start: "02:30",
        startsAt: "2025-03-30T01:30:00.000Z",
        utcOffset: "+01:00",
        note: "01:30 does not exist in London on Sun 30 Mar 2025 (the clocks go forward from 01:00 GMT to 02:00 BST): the meeting would start at 02:30 BST",
      });
  });

  it("adds no note on any other night, or at any other hour of those nights", () => {
    expect(
      lastSundays()
        .filter((s) => s.note)
        .map((s) => s.date),
    ).toEqual(["2024-10-27", "2025-03-30"]);
    expect(dates("last Sunday monthly", "2024/25", { start: "19:00" }).slots.filter((s) => s.note)).toEqual([]);
  });
});
