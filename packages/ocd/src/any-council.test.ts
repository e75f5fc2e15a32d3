import { sitsOn } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { loadExample, loadNeathPortTalbot, loadNorthYorkshire } from "../test/example.js";
import { programmeToOcd } from "./export.js";
import { programmeFromOcd } from "./read.js";
import type { OcdType } from "./schemas.js";
import { validateOcd } from "./validate.js";

// Issue 13's additions on the North Yorkshire example (a member's own term, substitutes,
// apologies-only minutes, a private briefing), exported and read back.
const ny = loadNorthYorkshire();
const out = programmeToOcd(ny, { today: "2022-12-01" });
const objects = out.files.map((f) => f.object);
const ofType = (t: string) => objects.filter((o) => o._type === t);
const scrutineerId = (o: Record<string, unknown>) => (o.extras as { scrutineer_id?: string }).scrutineer_id;
const eventOf = (id: string, list = objects) =>
  list.find((o) => o._type === "event" && scrutineerId(o) === id) as Record<string, unknown>;
const participants = (e: Record<string, unknown>) =>
  (e.participants as Array<{ name: string; note: string }>).filter((p) => p.note !== "host");
const back = programmeFromOcd(objects).programme;

describe("the North Yorkshire example's memberships, substitutes and attendance as Open Civic Data", () => {
  it("dates a membership by the member's own term, else the municipal year", () => {
    const mortimer = ofType("membership").find((m) => m.person_name === "Cllr Jane Mortimer");
    expect(mortimer).toMatchObject({ start_date: "2022-12-16", end_date: "2023-04-30" });
    const lee = ofType("membership").find((m) => m.person_name === "Cllr Andrew Lee");
    expect(lee).toMatchObject({ role: "chair", start_date: "2022-05-01", end_date: "2023-04-30" });
    expect(back.coOptees).toEqual(ny.coOptees);
    expect(back.members).toEqual(ny.members);
    expect(back.commission).toMatchObject({ municipalYear: "2022/23", kind: "committee", jurisdiction: "england" });
    expect(ofType("organization")[1]?.extras).toMatchObject({ kind: "committee", jurisdiction: "england" });
  });

  it("writes substitutes as people with no membership, participants of the meetings they attended in a member's place", () => {
    const subs = ofType("person").filter(
      (p) => (p.extras as { scrutineer_kind: string }).scrutineer_kind === "substitute",
    );
    expect(subs.map((p) => p.name)).toEqual(ny.substitutes.map((s) => s.name));
    const subIds = new Set(subs.map((p) => p._id));
    expect(ofType("membership").filter((m) => subIds.has(String(m.person_id)))).toEqual([]);
    expect(participants(eventOf("2022-06"))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Cllr Andy Paraskos", note: "substitute for Cllr John Mann" }),
        expect.objectContaining({ name: "Cllr Tom Watson", note: "substitute for Cllr Nigel Middlemass" }),
      ]),
    );
    expect(back.substitutes).toEqual(ny.substitutes);
  });

  it("lists everyone else on the membership that day as present where the minutes give only apologies", () => {
    const dec = ny.meetings.find((m) => m.id === "2022-12")!;
    expect(dec.attendance?.recorded).toBe("apologies-only");
    const notes = new Map(participants(eventOf("2022-12")).map((p) => [p.name, p.note]));
    expect(notes.get("Cllr Andrew Lee")).toBe("present");
    expect(notes.get("Cllr John Mann")).toBe("apologies");
    expect(notes.get("Cllr Jane Mortimer")).toBe("apologies");
    expect(notes.get("Cllr Malcolm Taylor")).toBe("substitute for Cllr John Mann");
    const expectedPresent = [...ny.members, ...ny.coOptees].filter(
      (p) => sitsOn(p, dec.date) && !dec.attendance!.apologies.includes(p.id) && !dec.attendance!.remote.includes(p.id),
    );
    expect([...notes.values()].filter((n) => n === "present")).toHaveLength(expectedPresent.length);
    // In June, before she joined, Jane Mortimer is on no list.
    expect(participants(eventOf("2022-06")).map((p) => p.name)).not.toContain("Cllr Jane Mortimer");
  });

  it("reads every meeting's attendance back as the minutes recorded it, substitutes and all", () => {
    expect(back.meetings.map((m) => [m.id, m.attendance])).toEqual(ny.meetings.map((m) => [m.id, m.attendance]));
  });
});

describe("events that are not meetings", () => {
  it("never writes a private briefing, and says so", () => {
    const briefing = ny.events.find((e) => e.id === "briefing-2022-07")!;
    expect(briefing.public).toBe(false);
    for (const f of out.files) {
      const json = JSON.stringify(f.object);
      expect(json, f.name).not.toContain("Mid cycle briefing");
      expect(json, f.name).not.toContain("briefing-2022-07");
    }
    expect(out.notExported.join("\n")).toContain("1 private event");
    expect(back.events).toEqual([]);
  });

  it("writes a public one as an OCD event of its kind, valid, and reads it back", () => {
    const open = structuredClone(ny);
    open.events.push({
      id: "visit-2022-10",
      title: "Visit to Scarborough Hospital",
      kind: "site-visit",
      date: "2022-10-12",
      start: "10:30",
      end: "13:00",
      venue: "Scarborough Hospital",
      attendees: ["andrew-lee", "tom-watson"],
      items: ["cqc-inspections"],
      public: true,
    });
    const exported = programmeToOcd(open, { today: "2022-12-01" }).files.map((f) => f.object);
    const visit = eventOf("visit-2022-10", exported);
    expect(validateOcd("event" as OcdType, visit)).toEqual([]);
    expect(visit).toMatchObject({
      name: "Visit to Scarborough Hospital",
      classification: "site-visit",
      start_date: "2022-10-12T10:30:00+01:00",
      end_date: "2022-10-12T13:00:00+01:00",
      status: "passed",
      location: { name: "Scarborough Hospital" },
    });
    expect(JSON.stringify(exported)).not.toContain("Mid cycle briefing");
    const read = programmeFromOcd(exported).programme;
    expect(read.events).toEqual(open.events.filter((e) => e.public));
    expect(read.meetings.map((m) => m.id)).toEqual(ny.meetings.map((m) => m.id));
  });

  it("leaves the Hackney example's export as it was: no substitutes, no events", () => {
    const hackney = loadExample();
    const files = programmeToOcd(hackney, { today: "2023-01-09" }).files;
    expect(files.filter((f) => f.object._type === "event")).toHaveLength(hackney.meetings.length);
    expect(hackney.substitutes).toEqual([]);
  });
});

describe("the Neath Port Talbot example (a Welsh hybrid committee) as Open Civic Data", () => {
  const npt = loadNeathPortTalbot();
  const files = programmeToOcd(npt, { today: "2022-11-10" }).files;

  it("exports every object valid under its schema: six meetings, fourteen councillors and two co-optees", () => {
    for (const f of files) expect(validateOcd(f.object._type as OcdType, f.object), f.name).toEqual([]);
    const types = files.map((f) => f.object._type);
    expect(types.filter((t) => t === "event")).toHaveLength(6);
    expect(types.filter((t) => t === "membership")).toHaveLength(16);
  });

  it("reads back the Welsh committee it wrote", () => {
    const back = programmeFromOcd(files.map((f) => f.object)).programme;
    expect(back.commission).toMatchObject({ kind: "committee", jurisdiction: "wales", municipalYear: "2022/23" });
    expect(back.members).toEqual(npt.members);
    expect(back.coOptees).toEqual(npt.coOptees);
  });
});
