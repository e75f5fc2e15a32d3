import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossReferenceProblems, type Programme, parseProgramme } from "./index.js";

/**
 * The cross-reference rules that let a programme say what other councils' papers say: items that
 * travel, substitutes, terms of membership, events, months to be confirmed. On the North
 * Yorkshire example (real papers), then each broken on purpose.
 */
const source = readFileSync(
  new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url),
  "utf8",
);
function ny(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the North Yorkshire example does not load");
  return structuredClone(result.programme);
}
const codes = (p: Programme) => crossReferenceProblems(p).map((x) => [x.code, x.path.join(".")]);
const meeting = (p: Programme, id: string) => p.meetings.find((m) => m.id === id)!;

describe("items that travel", () => {
  it("accepts the real deferred items on two agendas each", () => {
    expect(crossReferenceProblems(ny())).toEqual([]);
  });

  it("refuses an item on a later agenda when the earlier entry was not deferred", () => {
    const p = ny();
    meeting(p, "2022-12").agenda = ["item-10-2022-12"];
    expect(crossReferenceProblems(p).map((x) => [x.code, x.path.join("."), x.message])).toEqual([
      [
        "item-in-two-meetings",
        "meetings.4.agenda.0",
        '"item-10-2022-12" is already on the agenda of the meeting of 2022-12-16 (an item may sit on a later agenda only when deferred from the earlier one, outcome: deferred, or when it is a standing item)',
      ],
    ]);
  });

  it("lets a standing item sit on every agenda without copying", () => {
    const p = ny();
    p.items.push({ ...p.items[0]!, id: "work-programme", title: "Work Programme", standing: true });
    for (const m of p.meetings) m.agenda.push("work-programme");
    expect(codes(p)).toEqual([]);
  });

  it("refuses deferredTo that names no meeting, an earlier one, one without the item, or an entry not deferred", () => {
    const p = ny();
    const entry = meeting(p, "2022-12").agenda[0] as { item: string; outcome?: string; deferredTo?: string };
    entry.deferredTo = "2023-05";
    expect(codes(p)).toEqual([["unknown-meeting", "meetings.3.agenda.0.deferredTo"]]);
    entry.deferredTo = "2022-06";
    expect(codes(p)).toEqual([["deferred-backwards", "meetings.3.agenda.0.deferredTo"]]);
    p.meetings.push({ ...meeting(p, "2023-03"), id: "2023-04", date: "2023-04-14", agenda: [] });
    entry.deferredTo = "2023-04";
    expect(codes(p)).toEqual([["deferred-not-on-agenda", "meetings.3.agenda.0.deferredTo"]]);
    entry.deferredTo = "2023-03";
    entry.outcome = "taken";
    expect(codes(p).map(([code]) => code)).toEqual(["deferred-to-not-deferred", "item-in-two-meetings"]);
  });
});

describe("substitutes and the membership of the day", () => {
  it("refuses a substitute listed as present, and one not defined under substitutes", () => {
    const p = ny();
    meeting(p, "2022-06").attendance!.present.push("malcolm-taylor");
    expect(codes(p)).toEqual([["substitute-as-member", "meetings.0.attendance.present.14"]]);
    const q = ny();
    meeting(q, "2022-06").attendance!.substitutes.push({ id: "andrew-lee", for: "lindsay-burr" });
    expect(codes(q)).toEqual([
      ["wrong-person", "meetings.0.attendance.substitutes.3.id"],
      ["attendance-twice", "meetings.0.attendance.substitutes.3.id"],
    ]);
  });

  it("refuses a substitute for a member who is present, and two substitutes for one member", () => {
    const p = ny();
    meeting(p, "2022-06").attendance!.substitutes[0]!.for = "andrew-lee";
    expect(codes(p)).toEqual([["substitute-for-present", "meetings.0.attendance.substitutes.0.for"]]);
    const q = ny();
    meeting(q, "2022-06").attendance!.substitutes[1]!.for = "john-mann";
    expect(codes(q)).toEqual([["replaced-twice", "meetings.0.attendance.substitutes.1.for"]]);
  });

  it("refuses attendance by someone not on the committee that day (from/until)", () => {
    const p = ny();
    meeting(p, "2022-06").attendance!.apologies.push("jane-mortimer"); // on the committee from 16 Dec 2022
    expect(crossReferenceProblems(p).map((x) => [x.code, x.message])).toEqual([
      ["not-a-member-then", '"jane-mortimer" is not on the committee on 2022-06-17 (from/until)'],
    ]);
  });

  it("refuses a term that ends before it starts, and two Chairs at once (one after the other is fine)", () => {
    const p = ny();
    const ireton = p.coOptees.find((c) => c.id === "david-ireton")!; // in no attendance list
    ireton.from = "2022-10-01";
    ireton.until = "2022-09-01";
    expect(codes(p)).toEqual([["term-reversed", "coOptees.2.until"]]);
    const q = ny();
    q.members.find((m) => m.id === "andrew-lee")!.until = "2022-10-31";
    q.members.push({ id: "new-chair", name: "Cllr New Chair", role: "chair", from: "2022-11-01" });
    expect(codes(q)).toEqual([]);
    q.members.at(-1)!.from = "2022-10-31";
    expect(codes(q)).toEqual([["two-chairs", "members.16.role"]]);
  });

  it("refuses people listed present in minutes recorded as apologies only", () => {
    const p = ny();
    meeting(p, "2022-12").attendance!.present.push("andrew-lee");
    expect(codes(p)).toEqual([["present-with-apologies-only", "meetings.3.attendance.present"]]);
  });
});

describe("events, preparation and the year's edges", () => {
  it("refuses an event naming an unknown attendee or item, ending before it starts, or before the year", () => {
    const p = ny();
    const e = p.events[0]!;
    e.attendees = ["nobody"];
    e.items = ["no-item"];
    e.start = "11:00";
    e.end = "10:00";
    expect(codes(p)).toEqual([
      ["unknown-person", "events.0.attendees.0"],
      ["unknown-item", "events.0.items.0"],
      ["end-before-start", "events.0.end"],
    ]);
    const q = ny();
    q.events[0]!.date = "2022-04-29";
    expect(codes(q)).toEqual([["outside-municipal-year", "events.0.date"]]);
  });

  it("lets preparation name an event, and refuses one that is not there", () => {
    const p = ny();
    const cqc = p.items.find((i) => i.id === "cqc-inspections")!;
    cqc.preparation.push({ kind: "briefing", description: "Mid cycle briefing", event: "briefing-2022-07" });
    expect(codes(p)).toEqual([]);
    cqc.preparation[0]!.event = "briefing-2022-08";
    expect(codes(p)).toEqual([["unknown-event", "items.1.preparation.0.event"]]);
  });

  it("keeps a month to be confirmed and a forward plan past 30 April; refuses a month not marked to be confirmed", () => {
    const p = ny();
    p.meetings.push({ ...meeting(p, "2023-03"), id: "2023-06", date: "2023-06", dateConfirmed: false, agenda: [] });
    expect(codes(p)).toEqual([]);
    p.meetings.at(-1)!.dateConfirmed = true;
    expect(codes(p)).toEqual([["month-without-tbc", "meetings.5.date"]]);
    p.meetings.at(-1)!.date = "2022-04";
    expect(codes(p).map(([code]) => code)).toEqual(["outside-municipal-year", "month-without-tbc"]);
  });
});
