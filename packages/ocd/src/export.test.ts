import { describe, expect, it } from "vitest";
import { loadExample, loadNorthYorkshire } from "../test/example.js";
import { programmeToOcd } from "./export.js";
import { programmeFromOcd } from "./read.js";
import type { OcdType } from "./schemas.js";
import { validateOcd } from "./validate.js";

const hackney = loadExample();
const exported = programmeToOcd(hackney, { today: "2023-01-09" });
const objects = exported.files.map((f) => f.object);
const ofType = (t: string) => objects.filter((o) => o._type === t);

describe("the Hackney example as Open Civic Data", () => {
  it("writes one file per object, named as pupa names them, each valid against its schema", () => {
    expect(new Set(exported.files.map((f) => f.name)).size).toBe(exported.files.length);
    for (const f of exported.files) {
      expect(f.name).toMatch(
        /^(organization|person|membership|post|event)_[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/,
      );
      expect(validateOcd(f.object._type as OcdType, f.object), f.name).toEqual([]);
    }
    expect(
      Object.fromEntries(["organization", "person", "membership", "post", "event"].map((t) => [t, ofType(t).length])),
    ).toEqual({
      organization: 3,
      person:
        hackney.members.length + hackney.coOptees.length + hackney.officers.length + hackney.cabinetMembers.length,
      membership: hackney.members.length + hackney.coOptees.length + hackney.cabinetMembers.length,
      post: 2,
      event: hackney.meetings.length,
    });
    expect(programmeToOcd(hackney, { today: "2023-01-09" })).toEqual(exported);
  });

  it("links the council, the commission, its Chair's post and membership", () => {
    const [council, committee] = ofType("organization");
    expect(council).toMatchObject({ name: "London Borough of Hackney", classification: "legislature" });
    expect(committee).toMatchObject({
      name: "Children and Young People Scrutiny Commission",
      classification: "committee",
      parent_id: council?._id,
    });
    const chairPost = ofType("post").find((p) => p.role === "chair");
    const chair = ofType("membership").find((m) => m.role === "chair");
    expect(chair).toMatchObject({
      person_name: "Cllr Sophie Conway",
      organization_id: committee?._id,
      post_id: chairPost?._id,
      start_date: "2022-05-01",
      end_date: "2023-04-30",
    });
    expect(ofType("membership").filter((m) => m.role === "co-opted member")).toHaveLength(6);
  });

  it("writes each meeting's start and end with London's offset: BST in July, GMT in January", () => {
    const events = ofType("event");
    expect(events[0]).toMatchObject({
      start_date: "2022-07-11T19:00:00+01:00",
      end_date: "2022-07-11T22:00:00+01:00",
      status: "passed",
    });
    const jan = events.find((e) => String(e.start_date).startsWith("2023-01-16"));
    expect(jan).toMatchObject({
      start_date: "2023-01-16T19:00:00+00:00",
      status: "confirmed",
      location: { name: hackney.commission.venue },
    });
    expect(jan?.media).toEqual([
      {
        name: "Livestream",
        type: "video recording",
        date: "2023-01-16",
        offset: null,
        links: [{ media_type: "text/html", url: "https://youtu.be/mO4tD64mIBk" }],
      },
    ]);
    const agenda = jan?.agenda as Array<Record<string, unknown>>;
    // Numbered as the front sheet prints them: items 1-3 are apologies, declarations and urgent items.
    expect(agenda.map((a) => a.order)).toEqual(["4", "5", "6", "7", "8", "9"]);
    expect(agenda[0]).toMatchObject({
      description: "City & Hackney Safeguarding Children Partnership - Annual Report",
      notes: expect.arrayContaining(["Stated start 19.05"]),
      extras: { stated_start: "19:05", pages: "9-200", minutes: 45 },
    });
    for (const e of events) expect(String(e.start_date)).toMatch(/T\d{2}:\d{2}:00\+0[01]:00$/);
  });

  it("keeps declarations in their public form only: a sensitive nature never appears", () => {
    const nov = ofType("event").find((e) => String(e.start_date).startsWith("2022-11-30"));
    expect((nov!.extras as { declarations: unknown[] }).declarations).toEqual([
      expect.objectContaining({
        person: "Jo Macleod",
        kind: "other-non-pecuniary",
        nature: "Governor at a primary school in Hackney and a parent of a child with SEND.",
        sensitive: false,
      }),
    ]);
    const secret = structuredClone(hackney);
    for (const m of secret.meetings) for (const d of m.declarations) d.sensitive = true;
    const json = JSON.stringify(programmeToOcd(secret, { today: "2023-01-09" }));
    expect(json).not.toContain("Governor at a primary school");
    expect(json).toContain("not published (sensitive interest)");
  });
});

describe("reading the export back (what OCD can hold)", () => {
  const { programme: back, notHeld } = programmeFromOcd(objects);

  it("reconstructs the meetings: dates, London times, venues, status, agendas in order", () => {
    expect(
      back.meetings.map((m) => [m.id, m.date, m.start, m.plannedEnd, m.venue, m.status, m.movedFrom, m.dateConfirmed]),
    ).toEqual(
      hackney.meetings.map((m) => [
        m.id,
        m.date,
        m.start ?? hackney.commission.start,
        m.plannedEnd ?? hackney.commission.plannedEnd,
        m.venue ?? hackney.commission.venue,
        m.status,
        m.movedFrom,
        m.dateConfirmed,
      ]),
    );
    // What an agenda entry keeps in OCD: the item and what became of it (stated starts and pages stay in extras).
    expect(back.meetings.map((m) => m.agenda)).toEqual(
      hackney.meetings.map((m) =>
        m.agenda.map((e) =>
          typeof e === "string" || !e.outcome
            ? typeof e === "string"
              ? e
              : e.item
            : { item: e.item, outcome: e.outcome, ...(e.deferredTo ? { deferredTo: e.deferredTo } : {}) },
        ),
      ),
    );
    expect(back.meetings.map((m) => m.attendance)).toEqual(hackney.meetings.map((m) => m.attendance));
  });

  it("reconstructs the items on agendas (titles, procedural, attending officers, minutes) and the memberships", () => {
    const placed = new Set(hackney.meetings.flatMap((m) => m.agenda.map((e) => (typeof e === "string" ? e : e.item))));
    const original = hackney.items.filter((i) => placed.has(i.id));
    expect(back.items.map((i) => i.id).sort()).toEqual(original.map((i) => i.id).sort());
    for (const item of back.items) {
      const was = original.find((i) => i.id === item.id)!;
      expect([item.title, item.procedural, item.officers, item.minutes]).toEqual([
        was.title,
        was.procedural,
        was.officers,
        was.minutes,
      ]);
    }
    expect(back.members).toEqual(hackney.members);
    expect(back.coOptees).toEqual(hackney.coOptees);
    expect(back.cabinetMembers.map((c) => c.id)).toEqual(hackney.cabinetMembers.map((c) => c.id));
    expect(back.commission).toMatchObject({
      id: "cyp",
      name: hackney.commission.name,
      council: hackney.commission.council,
      municipalYear: "2022/23",
      contact: hackney.commission.contact,
      webpage: hackney.commission.webpage,
      livestream: hackney.commission.livestream,
    });
  });

  it("says what it cannot hold, and leaves it out rather than invent it", () => {
    expect(back.backlog).toEqual([]);
    expect(hackney.backlog.length).toBeGreaterThan(0);
    expect(back.items.every((i) => i.objective === undefined)).toBe(true);
    expect(notHeld).toContain("items on no agenda (the backlog)");
    expect(exported.notExported.join("\n")).toMatch(/items on no agenda/);
  });
});

describe("the North Yorkshire example as Open Civic Data", () => {
  it("is valid, keeps the cancelled and moved meetings, and holds nothing of the private briefing", () => {
    const ny = loadNorthYorkshire();
    const out = programmeToOcd(ny, { today: "2022-12-01" });
    for (const f of out.files) expect(validateOcd(f.object._type as OcdType, f.object), f.name).toEqual([]);
    const events = out.files.map((f) => f.object).filter((o) => o._type === "event");
    expect(events.map((e) => [String(e.start_date).slice(0, 10), e.status])).toEqual([
      ["2022-06-17", "passed"],
      ["2022-09-09", "cancelled"],
      ["2022-11-04", "passed"],
      ["2022-12-16", "confirmed"],
      ["2023-03-10", "confirmed"],
    ]);
    expect(JSON.stringify(out)).not.toContain("Mid cycle briefing");
  });

  it("writes a meeting whose day is to be confirmed as its month, tentative, and reads it back so", () => {
    const ny = structuredClone(loadNorthYorkshire());
    const mar = ny.meetings.find((m) => m.id === "2023-03")!;
    mar.date = "2023-03";
    mar.dateConfirmed = false;
    const objects = programmeToOcd(ny, { today: "2022-12-01" }).files.map((f) => f.object);
    const event = objects.find(
      (o) => o._type === "event" && (o.extras as { scrutineer_id: string }).scrutineer_id === "2023-03",
    )!;
    expect(event).toMatchObject({ start_date: "2023-03", end_date: "", all_day: true, status: "tentative" });
    expect(validateOcd("event", event)).toEqual([]);
    expect(programmeFromOcd(objects).programme.meetings.find((m) => m.id === "2023-03")).toMatchObject({
      date: "2023-03",
      dateConfirmed: false,
    });
  });
});
