import { type AttendeeKind, attendeeKind, bareName, coOpteeVoting } from "./attendance.js";
import { importedId } from "./imported-ids.js";
import type { Attendee, MeetingDetail, MeetingSummary, SourcedResponse, WardCouncillor } from "./records.js";
import type { ImportNotes } from "./report.js";
import type { ModernGovSite } from "./site.js";

/** One person an import found: the programme's id and name, what they are, their latest attendee record and its response. */
export interface ImportedPerson {
  id: string;
  name: string;
  kind: AttendeeKind;
  a: Attendee;
  source: string;
}

/** `Councillor Basil Curley` as written; only surrounding space is dropped. */
const personName = (name: string) => name.trim();

/**
 * The councillors on the register (GetCouncillorsByWard), by ModernGov id, noting the personal
 * data the parser dropped unread.
 */
export function readRegister(
  used: readonly SourcedResponse[],
  note: ImportNotes,
): Map<number, { source: string; c: WardCouncillor }> {
  const councillors = new Map<number, { source: string; c: WardCouncillor }>();
  for (const r of used) {
    if (r.response.kind !== "councillors-by-ward") continue;
    if (r.response.homeAddressesDropped > 0)
      note(
        "personal-data-dropped",
        r.source,
        `home addresses of ${r.response.homeAddressesDropped} councillors were dropped unread (values withheld); so were work addresses, phones, e-mails and photographs`,
        "homeaddress",
      );
    for (const c of r.response.councillors) councillors.set(c.id, { source: r.source, c });
  }
  return councillors;
}

/**
 * Every attendee of the year's meetings (`ordered`, by date), by ModernGov id, in order of first
 * appearance; the latest meeting's role wins. Notes what the programme cannot hold of them (party,
 * ward, page, key posts, terms of office) and the register's councillors who attended no meeting.
 */
export function importPeople(
  ordered: readonly { m: MeetingSummary }[],
  details: ReadonlyMap<number, { source: string; d: MeetingDetail }>,
  councillors: ReadonlyMap<number, { source: string; c: WardCouncillor }>,
  context: { site: ModernGovSite; committeeTitle: string; year: string },
  note: ImportNotes,
): Map<number, ImportedPerson> {
  const { site } = context;
  const people = new Map<number, ImportedPerson>();
  for (const { m } of ordered) {
    const detail = details.get(m.id);
    if (!detail) continue;
    for (const a of detail.d.attendees) {
      let kind = attendeeKind(a.role, a.name);
      // A councillor on the register is a councillor, whatever the role says.
      if (kind === "officer" && councillors.has(a.memberId)) kind = "member";
      const entry = {
        id: importedId.person(site, a.memberId),
        name: personName(a.name),
        kind,
        a,
        source: detail.source,
      };
      const before = people.get(a.memberId);
      // The latest meeting's role wins: a member may become Chair during the year.
      if (!before || kind !== "substitute") people.set(a.memberId, before ? { ...entry, kind } : entry);
    }
  }
  for (const p of people.values()) {
    if (p.a.party)
      note("not-mapped", p.source, `${p.name}'s party`, `attendee[${p.a.memberId}].politicalparty`, p.a.party);
    if (p.a.ward) note("not-mapped", p.source, `${p.name}'s ward`, `attendee[${p.a.memberId}].ward`, p.a.ward);
    if (p.a.url) note("not-mapped", p.source, `${p.name}'s page on the site`, `attendee[${p.a.memberId}].url`, p.a.url);
    const registered = councillors.get(p.a.memberId);
    if (registered) {
      const c = registered.c;
      if (c.keyPosts)
        note("not-mapped", registered.source, `${c.name}'s key posts`, `councillor[${c.id}].keyposts`, c.keyPosts);
      for (const [i, t] of c.terms.entries())
        note(
          "not-mapped",
          registered.source,
          `${c.name}'s term of office`,
          `councillor[${c.id}].termofoffice[${i}]`,
          `${t.start ?? "?"} to ${t.end ?? "unspecified"}`,
        );
    }
  }
  const notOnCommittee = [...councillors.values()].filter(({ c }) => !people.has(c.id)).length;
  if (notOnCommittee > 0)
    note(
      "not-in-selection",
      [...new Set([...councillors.values()].map((c) => c.source))].join(", "),
      `${notOnCommittee} councillors on the register attended no meeting of ${context.committeeTitle} in ${context.year}: not imported`,
    );
  return people;
}

/** The committee's members and co-optees by name as the register and attendees write it, for a substitute's "for". */
export function peopleByName(people: ReadonlyMap<number, ImportedPerson>): Map<string, ImportedPerson> {
  return new Map(
    [...people.values()]
      .filter((p) => p.kind !== "officer" && p.kind !== "substitute")
      .map((p) => [bareName(p.name), p]),
  );
}

/** The programme's lists of people: members (with chair and vice-chair roles), co-optees with their votes, substitutes, officers. */
export function peopleLists(people: ReadonlyMap<number, ImportedPerson>) {
  const member = (p: ImportedPerson) => ({
    id: p.id,
    name: p.name,
    ...(p.kind === "chair" || p.kind === "vice-chair" ? { role: p.kind } : {}),
  });
  const all = [...people.values()];
  return {
    members: all.filter((p) => p.kind === "chair" || p.kind === "vice-chair" || p.kind === "member").map(member),
    coOptees: all
      .filter((p) => p.kind === "co-optee")
      .map((p) => {
        const voting = coOpteeVoting(p.a.role);
        return { id: p.id, name: p.name, ...(voting ? { voting } : {}) };
      }),
    substitutes: all.filter((p) => p.kind === "substitute").map((p) => ({ id: p.id, name: p.name })),
    officers: all
      .filter((p) => p.kind === "officer")
      .map((p) => ({ id: p.id, name: p.name, ...(p.a.role ? { title: p.a.role } : {}) })),
  };
}
