import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { codes, example, meetingOn, programme, timed, timedAgenda } from "../test/fixtures.js";
import { timeAgenda } from "./agenda-timing.js";

describe("timeAgenda on the real 16 Jan 2023 front sheet", () => {
  const p = example();
  const jan = meetingOn(p, "2023-01-16");
  const t = timed(p, jan);

  it("numbers the procedural items 1-3 and the agenda items from 4, as the front sheet does", () => {
    expect(t.procedural).toEqual([
      { number: 1, title: "Apologies for Absence" },
      { number: 2, title: "Declarations of Interest" },
      { number: 3, title: "Urgent Items / Order of Business" },
    ]);
    expect(t.items.map((i) => [i.number, i.item.title])).toEqual([
      [4, "City & Hackney Safeguarding Children Partnership - Annual Report"],
      [5, "Unregistered Educational Settings - Review Update"],
      [6, "Outcome of School Exclusions - Review Update"],
      [7, "Free School Meals (Childhood Food Poverty)"],
      [8, "Work Programme - Update"],
      [9, "Minutes of the Previous Meeting"],
    ]);
  });

  it("starts the first timed item at 19.05 after five procedural minutes and computes the rest from the minutes", () => {
    expect(t.start).toBe("19:00");
    expect(t.plannedEnd).toBe("22:00");
    expect(t.items.map((i) => i.start.earliest)).toEqual(["19:05", "19:50", "20:20", "21:05", "21:10", "21:15"]);
    expect(t.items.map((i) => i.end.latest)).toEqual(["19:50", "20:20", "21:05", "21:10", "21:15", "21:15"]);
    expect(t.finish).toEqual({ earliest: "21:15", latest: "21:15" });
    expect(t.usedMinutes).toEqual({ min: 135, max: 135 });
    expect(t.availableMinutes).toBe(180);
    expect(t.slackMinutes).toEqual({ min: 45, max: 45 });
  });

  it("keeps the stated starts and page ranges of the front sheet", () => {
    expect(t.items.map((i) => [i.statedStart, i.pages])).toEqual([
      ["19:05", "9-200"],
      ["19:50", "201-224"],
      ["20:20", "225-280"],
      ["21:10", "281-290"],
      ["21:15", "291-304"],
      ["21:20", "305-320"],
    ]);
  });

  it("reads the findings meeting first, then item by item down the agenda", () => {
    expect(codes(t.findings)).toEqual([
      "warning item-given-more-time exclusions-review-update",
      "warning stated-start-differs fsm-letter",
      "warning stated-start-differs work-programme-2023-01",
      "info item-no-minutes previous-minutes-2023-01",
      "warning stated-start-differs previous-minutes-2023-01",
    ]);
  });
});

describe("timeAgenda on the real 30 Nov 2022 minutes", () => {
  const p = example();
  const t = timed(p, meetingOn(p, "2022-11-30"));

  it("carries minute ranges into earliest and latest times", () => {
    const send = t.items.find((i) => i.item.id === "send-strategy")!;
    expect(send.minutes).toBe("20-30");
    expect(send.start).toEqual({ earliest: "20:20", latest: "20:35" });
    expect(send.end).toEqual({ earliest: "20:40", latest: "21:05" });
    expect(t.finish).toEqual({ earliest: "20:45", latest: "21:10" });
    expect(t.usedMinutes).toEqual({ min: 105, max: 130 });
    expect(t.slackMinutes).toEqual({ min: 50, max: 75 });
  });
});

describe("timeAgenda on constructed agendas", () => {
  it("never counts a withdrawn item towards the total or the numbering", () => {
    const p = programme({
      items: [
        { id: "kept-1", title: "Kept", minutes: 90 },
        { id: "dropped", title: "Withdrawn", minutes: 120, status: "withdrawn" },
        { id: "kept-2", title: "Kept too", minutes: 60 },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["kept-1", "dropped", "kept-2"] }],
    });
    const t = timed(p, p.meetings[0]!);
    expect(t.items.map((i) => [i.number, i.item.id, i.start.earliest])).toEqual([
      [4, "kept-1", "19:05"],
      [5, "kept-2", "20:35"],
    ]);
    expect(t.usedMinutes).toEqual({ min: 155, max: 155 });
    expect(t.findings).toEqual([]); // with the withdrawn 120 minutes it would overrun by 95
  });

  it("never counts a deleted item (an agenda id with no item behind it) either", () => {
    const p = programme({
      items: [{ id: "kept", title: "Kept", minutes: 60 }],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["kept"] }],
    });
    // The loader refuses unknown ids; a program that edits the data in memory can still leave one behind.
    const m = { ...p.meetings[0]!, agenda: ["deleted-item", "kept", { item: "also-deleted", statedStart: "19:05" }] };
    const t = timeAgenda(indexProgramme(p), m);
    expect(t.items.map((i) => [i.number, i.item.id])).toEqual([[4, "kept"]]);
    expect(t.usedMinutes).toEqual({ min: 65, max: 65 });
    expect(t.findings).toEqual([]);
  });

  it("produces no findings for a cancelled meeting, though it still times it", () => {
    const t = timedAgenda([200, undefined, 0], { status: "cancelled" });
    expect(t.finish.earliest).toBe("22:25");
    expect(t.findings).toEqual([]);
  });

  it("uses the meeting's own start and planned end over the commission's", () => {
    const t = timedAgenda([60], { start: "18:30", plannedEnd: "20:00" });
    expect(t.items[0]!.start.earliest).toBe("18:35");
    expect(t.availableMinutes).toBe(90);
    expect(t.slackMinutes.min).toBe(25);
  });

  it("takes the procedural minutes from the commission (0: the first item starts at the opening)", () => {
    const t = timedAgenda([30], {}, { commission: { proceduralMinutes: 0 } });
    expect(t.items[0]!.start.earliest).toBe("19:00");
    const ten = timedAgenda([30], {}, { commission: { proceduralMinutes: 10 } });
    expect(ten.items[0]!.start.earliest).toBe("19:10");
  });

  it("clamps times at 23:59 instead of writing 24:10", () => {
    const t = timedAgenda([100, 100], { start: "22:00", plannedEnd: "23:00" });
    expect(t.finish).toEqual({ earliest: "23:59", latest: "23:59" });
    expect(JSON.stringify(t)).not.toMatch(/"2[4-9]:/);
  });

  it("times an empty agenda as the procedural items alone", () => {
    const t = timedAgenda([]);
    expect(t.items).toEqual([]);
    expect(t.finish).toEqual({ earliest: "19:05", latest: "19:05" });
    expect(t.findings).toEqual([]);
  });

  it("numbers the agenda from the index, computed once per meeting and kept", () => {
    const p = programme({
      items: [{ id: "a", title: "A", minutes: 30 }],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["a"] }],
    });
    const index = indexProgramme(p);
    const m = p.meetings[0]!;
    expect(timeAgenda(index, m).items[0]!.item).toBe(index.numberedAgenda(m)[0]!.item);
    expect(index.numberedAgenda(m)).toBe(index.numberedAgenda(m));
  });
});
