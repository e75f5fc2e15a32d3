import type { Finding } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, meetingOn, programme } from "../test/fixtures.js";
import { timeAgenda } from "./agenda-timing.js";

const codes = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.code} ${f.item ?? "-"}`);

describe("timeAgenda on the real 16 Jan 2023 front sheet", () => {
  const p = example();
  const jan = meetingOn(p, "2023-01-16");
  const t = timeAgenda(p, jan);

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

  it("flags item 6, allotted 45 minutes and given 50 by the front sheet (20.20 → 21.10)", () => {
    const given = t.findings.filter((f) => f.code === "item-given-more-time");
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ severity: "warning", meeting: "2023-01-16", item: "exclusions-review-update" });
    expect(given[0]!.message).toContain("allotted 45 minutes");
    expect(given[0]!.message).toContain("give it 50 (20.20 → 21.10)");
  });

  it("shows both times where a stated start differs from the computed one, noting the carried difference", () => {
    const differs = t.findings.filter((f) => f.code === "stated-start-differs");
    expect(differs.map((f) => f.item)).toEqual(["fsm-letter", "work-programme-2023-01", "previous-minutes-2023-01"]);
    expect(differs[0]!.message).toContain("stated to start at 21.10");
    expect(differs[0]!.message).toContain("put it at 21.05 (5 minutes later)");
    expect(differs[0]!.message).not.toContain("carried");
    expect(differs[1]!.message).toContain("the same difference as item 7, carried down the agenda");
  });

  it("notes the minutes item with no minutes as info, not a warning (a procedural item)", () => {
    expect(t.findings.find((f) => f.code === "item-no-minutes")).toMatchObject({
      severity: "info",
      item: "previous-minutes-2023-01",
    });
    expect(t.findings.some((f) => f.severity === "error")).toBe(false);
    expect(t.findings.every((f) => f.meeting === "2023-01-16" && f.item)).toBe(true);
  });
});

describe("timeAgenda on the real 30 Nov 2022 minutes", () => {
  const p = example();
  const t = timeAgenda(p, meetingOn(p, "2022-11-30"));

  it("carries minute ranges into earliest and latest times", () => {
    const send = t.items.find((i) => i.item.id === "send-strategy")!;
    expect(send.minutes).toBe("20-30");
    expect(send.start).toEqual({ earliest: "20:20", latest: "20:35" });
    expect(send.end).toEqual({ earliest: "20:40", latest: "21:05" });
    expect(t.finish).toEqual({ earliest: "20:45", latest: "21:10" });
    expect(t.usedMinutes).toEqual({ min: 105, max: 130 });
    expect(t.slackMinutes).toEqual({ min: 50, max: 75 });
  });

  it("flags the stated starts out of order in time: 21.20, 21.25 then 21.20 again", () => {
    const out = t.findings.filter((f) => f.code === "stated-starts-out-of-order");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: "warning", item: "work-programme-2022-11" });
    expect(out[0]!.message).toContain("21.20, before item 8");
    expect(out[0]!.message).toContain("at 21.25");
  });

  it("warns of a substantive item with no minutes and notes procedural ones", () => {
    const none = t.findings.filter((f) => f.code === "item-no-minutes");
    expect(none.map((f) => [f.severity, f.item])).toEqual([
      ["warning", "care-leavers-housing-letter"],
      ["info", "work-programme-2022-11"],
      ["info", "previous-minutes-2022-11"],
    ]);
  });

  it("flags the items the minuted times give more than allotted, within a range when the range allows", () => {
    const more = t.findings.filter((f) => f.code === "item-given-more-time").map((f) => f.item);
    // 19.05 → 19.55 for a 45-minute item; 20.30 → 21.20 for a 20-30 minute item. Budget monitoring (30-45) got 35: fine.
    expect(more).toEqual(["cfs-annual-report-2022", "send-strategy"]);
  });
});

describe("timeAgenda across the real year", () => {
  const p = example();
  it("finds no overrun in any 2022/23 meeting and times every meeting within 19.00-22.00", () => {
    for (const m of p.meetings) {
      const t = timeAgenda(p, m);
      expect(t.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(t.finish.latest <= "22:00").toBe(true);
    }
  });
  it("warns of the CAMHS item with no minutes on 17 Apr 2023", () => {
    const t = timeAgenda(p, meetingOn(p, "2023-04-17"));
    expect(codes(t.findings)).toEqual(["warning item-no-minutes camhs-accessibility"]);
  });
});

describe("timeAgenda on constructed agendas", () => {
  const items = (...minutes: (number | string | undefined)[]) =>
    minutes.map((m, i) => ({
      id: `item-${i + 1}`,
      title: `Item ${i + 1}`,
      ...(m === undefined ? {} : { minutes: m }),
    }));
  const one = (minutes: (number | string | undefined)[], meeting: Record<string, unknown> = {}, extra = {}) => {
    const p = programme({
      items: items(...minutes),
      meetings: [{ id: "m", date: "2024-12-23", agenda: minutes.map((_, i) => `item-${i + 1}`), ...meeting }],
      ...extra,
    });
    return timeAgenda(p, p.meetings[0]!);
  };

  it("errors when even the earliest finish overruns 22.00, naming the first item past the end", () => {
    const t = one([60, 60, 50, 10]); // 19.05 + 180 = 22.05
    expect(t.finish).toEqual({ earliest: "22:05", latest: "22:05" });
    const over = t.findings.filter((f) => f.code === "agenda-overrun");
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: "error", meeting: "2024-12-23", item: "item-4" });
    expect(over[0]!.message).toContain("by 5 minutes");
  });

  it("only warns when just the upper end of the ranges overruns", () => {
    const t = one([60, "60-90", 50]); // 19.05 + 170 = 21.55, + 200 = 22.25
    expect(t.finish).toEqual({ earliest: "21:55", latest: "22:25" });
    expect(codes(t.findings)).toEqual(["warning agenda-may-overrun item-3"]);
    expect(t.slackMinutes).toEqual({ min: -25, max: 5 });
  });

  it("warns of little slack below the threshold, which is configurable", () => {
    const p = programme({
      items: items(60, 60, 47),
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["item-1", "item-2", "item-3"] }],
    });
    const m = p.meetings[0]!;
    expect(timeAgenda(p, m).slackMinutes).toEqual({ min: 8, max: 8 });
    expect(codes(timeAgenda(p, m).findings)).toEqual(["warning agenda-little-slack -"]);
    expect(timeAgenda(p, m, { slackWarningMinutes: 5 }).findings).toEqual([]);
    expect(codes(timeAgenda(p, m, { slackWarningMinutes: 30 }).findings)).toEqual(["warning agenda-little-slack -"]);
  });

  it("treats an agenda that exactly fills the meeting as little slack, not an overrun", () => {
    const t = one([60, 60, 55]);
    expect(t.finish.latest).toBe("22:00");
    expect(codes(t.findings)).toEqual(["warning agenda-little-slack -"]);
  });

  it("never counts a withdrawn item towards the total or the numbering", () => {
    const p = programme({
      items: [
        { id: "kept-1", title: "Kept", minutes: 90 },
        { id: "dropped", title: "Withdrawn", minutes: 120, status: "withdrawn" },
        { id: "kept-2", title: "Kept too", minutes: 60 },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["kept-1", "dropped", "kept-2"] }],
    });
    const t = timeAgenda(p, p.meetings[0]!);
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
    const t = timeAgenda(p, m);
    expect(t.items.map((i) => [i.number, i.item.id])).toEqual([[4, "kept"]]);
    expect(t.usedMinutes).toEqual({ min: 65, max: 65 });
    expect(t.findings).toEqual([]);
  });

  it("produces no findings for a cancelled meeting, though it still times it", () => {
    const t = one([200, undefined, 0], { status: "cancelled" });
    expect(t.finish.earliest).toBe("22:25");
    expect(t.findings).toEqual([]);
  });

  it("uses the meeting's own start and planned end over the commission's", () => {
    const t = one([60], { start: "18:30", plannedEnd: "20:00" });
    expect(t.items[0]!.start.earliest).toBe("18:35");
    expect(t.availableMinutes).toBe(90);
    expect(t.slackMinutes.min).toBe(25);
  });

  it("takes the procedural minutes from the commission (0: the first item starts at the opening)", () => {
    const t = one([30], {}, { commission: { proceduralMinutes: 0 } });
    expect(t.items[0]!.start.earliest).toBe("19:00");
    const ten = one([30], {}, { commission: { proceduralMinutes: 10 } });
    expect(ten.items[0]!.start.earliest).toBe("19:10");
  });

  it("warns of zero minutes on a substantive item and notes it on a procedural one", () => {
    const p = programme({
      items: [
        { id: "topic", title: "Topic", minutes: 0 },
        { id: "minutes", title: "Minutes of the Previous Meeting", minutes: "0-0", procedural: true },
        { id: "range", title: "Range from nothing", minutes: "0-10" },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["topic", "minutes", "range"] }],
    });
    expect(codes(timeAgenda(p, p.meetings[0]!).findings)).toEqual([
      "warning item-zero-minutes topic",
      "info item-zero-minutes minutes",
    ]);
  });

  it("flags an item the stated starts give less time than allotted", () => {
    const t = one([45, 30], {
      agenda: [
        { item: "item-1", statedStart: "19:05" },
        { item: "item-2", statedStart: "19:40" },
      ],
    });
    const less = t.findings.find((f) => f.code === "item-given-less-time");
    expect(less).toMatchObject({ item: "item-1", severity: "warning" });
    expect(less!.message).toContain("give it 35 (19.05 → 19.40)");
    expect(t.findings.find((f) => f.code === "stated-start-differs")!.message).toContain(
      "put it at 19.50 (10 minutes earlier)",
    );
  });

  it("accepts a stated start anywhere inside the window a range allows", () => {
    const t = one(["30-45", 10], {
      agenda: [
        { item: "item-1", statedStart: "19:05" },
        { item: "item-2", statedStart: "19:45" },
      ],
    });
    expect(t.items[1]!.start).toEqual({ earliest: "19:35", latest: "19:50" });
    expect(t.findings).toEqual([]);
  });

  it("clamps times at 23:59 instead of writing 24:10, and still says by how much it overruns", () => {
    const t = one([100, 100], { start: "22:00", plannedEnd: "23:00" });
    expect(t.finish).toEqual({ earliest: "23:59", latest: "23:59" });
    expect(JSON.stringify(t)).not.toMatch(/"2[4-9]:/);
    expect(t.findings[0]).toMatchObject({ severity: "error", code: "agenda-overrun" });
    expect(t.findings[0]!.message).toContain("by 145 minutes");
  });

  it("times an empty agenda as the procedural items alone", () => {
    const t = one([]);
    expect(t.items).toEqual([]);
    expect(t.finish).toEqual({ earliest: "19:05", latest: "19:05" });
    expect(t.findings).toEqual([]);
  });
});
