import { publicDeclarations } from "@scrutineer/agenda";
import { municipalYearBounds } from "@scrutineer/dates";
import {
  agendaItemId,
  type Item,
  indexProgramme,
  type Meeting,
  meetingTimes,
  monthOnly,
  type Programme,
  type ProgrammeIndex,
  plural,
  sitsOn,
} from "@scrutineer/model";
import { ocdId } from "./ids.js";
import { londonOffsetDateTime } from "./london.js";
import { publicEventOf } from "./public-event.js";
import type { OcdType } from "./schemas.js";

/** A source line, required on every organization, person and event (pupa `sources`, minItems 1). */
interface Source {
  url: string;
  note: string;
}

/** One object as pupa writes it: `_id`, `_type` and the fields of its schema. */
export type OcdObject = { _id: string; _type: OcdType } & Record<string, unknown>;

/** A file of the export: `<type>_<uuid>.json`, as pupa names its scrape output. */
export interface OcdFile {
  name: string;
  object: OcdObject;
}

/** `programmeToOcd`'s answer: one file per object (`{ path, object }`, pupa's layout) and what was left out. */
export interface OcdExport {
  files: OcdFile[];
  /** What the programme holds that the export leaves out or keeps only in `extras`, in plain words. */
  notExported: string[];
}

/** Options of `programmeToOcd`. */
export interface OcdOptions {
  /** Today in London (`YYYY-MM-DD`): meetings before it that were not cancelled are `passed`. */
  today: string;
  /** Where the data came from; defaults to the commission's web page, else a `urn:` naming the programme. */
  source?: Source;
}

/** Roles as OCD memberships and posts name them (Popolo: role "Chairman" on a membership). */
const ROLE_LABEL = { chair: "Chair", "vice-chair": "Vice-Chair", member: "Member" } as const;

const file = (object: OcdObject): OcdFile => ({ name: `${object._type}_${object._id}.json`, object });

/** An organization with no names, identifiers, contacts or links beyond its own. */
function organization(
  id: string,
  name: string,
  classification: string,
  parent: string | null,
  sources: Source[],
  fields: Record<string, unknown> = {},
): OcdFile {
  return file({
    _id: id,
    _type: "organization",
    name,
    classification,
    parent_id: parent,
    other_names: [],
    identifiers: [],
    contact_details: [],
    links: [],
    sources,
    extras: {},
    ...fields,
  });
}

/**
 * A programme as Open Civic Data / Popolo JSON, one object per file as pupa writes its scrape
 * output (shared/interop/ocd.md): organizations for the council and the commission (and the
 * Cabinet when Cabinet members are named), people, memberships with roles and the municipal
 * member's own term (`from`, `until`) or else the municipal year as start and end dates, posts for
 * the Chair and Vice-Chair, substitutes as people with no membership, and an event per meeting with
 * its status (`cancelled`, `tentative`, `confirmed`, `passed`), start and planned end with their
 * offset (`+01:00` in BST, `+00:00` in GMT), location, livestream as media, the agenda in order
 * with its numbers and related people, participants from the attendance (present, remote,
 * apologies, substitutes with whom they replaced; where the minutes list only apologies, everyone
 * else on the membership that day as present), and sources; public events (briefings, visits
 * marked `public: true`) as events of their kind; private events never. A
 * sensitive interest's nature is never written; declarations go in the event's `extras` in
 * their public form only. Pure: pass `today`.
 *
 * @example
 * const { files } = programmeToOcd(programme, { today: "2023-01-09" });
 * files.filter((f) => f.object._type === "event").length; // 8
 * files.every((f) => validateOcd(f.object._type, f.object).length === 0); // true
 */
export function programmeToOcd(programme: Programme, options: OcdOptions): OcdExport {
  const { commission: c } = programme;
  const key = `${c.id}/${c.municipalYear}`;
  const source: Source =
    options.source ??
    (c.webpage
      ? { url: c.webpage, note: `${c.name}'s web page` }
      : {
          url: `urn:scrutineer:programme:${c.id}:${c.municipalYear.replace("/", "-")}`,
          note: "Scrutineer work programme",
        });
  const sources = [source];
  const { from: first, to: last } = municipalYearBounds(c.municipalYear);
  const files: OcdFile[] = [];
  const notExported: string[] = [];

  const councilId = ocdId("organization", `council:${c.council}`);
  files.push(organization(councilId, c.council, "legislature", null, sources));
  const committeeId = ocdId("organization", `committee:${key}`);
  const contact = [
    ...(c.contact.email
      ? [{ type: "email", value: c.contact.email, note: c.contact.name, label: "Scrutiny officer" }]
      : []),
    ...(c.contact.phone
      ? [{ type: "voice", value: c.contact.phone, note: c.contact.name, label: "Scrutiny officer" }]
      : []),
  ];
  files.push(
    organization(committeeId, c.name, "committee", councilId, sources, {
      other_names: c.shortName !== c.name ? [{ name: c.shortName, note: "short name" }] : [],
      identifiers: [{ identifier: c.id, scheme: "scrutineer" }],
      contact_details: contact,
      links: [
        ...(c.webpage ? [{ url: c.webpage, note: "web page" }] : []),
        ...(c.livestream ? [{ url: c.livestream, note: "livestream" }] : []),
      ],
      extras: {
        municipal_year: c.municipalYear,
        contact_name: c.contact.name,
        kind: c.kind,
        jurisdiction: c.jurisdiction,
      },
    }),
  );
  notExported.push(
    "the commission's usual start, planned end, venue, procedural minutes, quorum and deadline rules (only each meeting's own start, end and venue)",
  );

  // People: councillors and co-optees are members; officers and Cabinet members are named on items.
  const personId = (id: string) => ocdId("person", `${c.council}:${id}`);
  const person = (id: string, name: string, kind: string, extra: Record<string, unknown> = {}) =>
    file({
      _id: personId(id),
      _type: "person",
      name,
      other_names: [],
      identifiers: [{ identifier: id, scheme: "scrutineer" }],
      contact_details: [],
      links: [],
      sources,
      extras: { scrutineer_kind: kind, ...extra },
    });
  const posts = new Map<string, string>();
  for (const role of ["chair", "vice-chair"] as const) {
    if (!programme.members.some((m) => m.role === role)) continue;
    const id = ocdId("post", `${key}:${role}`);
    posts.set(role, id);
    files.push(
      file({
        _id: id,
        _type: "post",
        label: ROLE_LABEL[role],
        role,
        maximum_memberships: 1,
        organization_id: committeeId,
        start_date: first,
        end_date: last,
        contact_details: [],
        links: [],
        extras: {},
      }),
    );
  }
  const membership = (
    pid: string,
    name: string,
    org: string,
    role: string,
    label: string,
    extra: Record<string, unknown> = {},
    postId: string | null = null,
    term: { from?: string | undefined; until?: string | undefined } = {},
  ) =>
    file({
      _id: ocdId("membership", `${org}:${pid}:${role}`),
      _type: "membership",
      person_id: personId(pid),
      person_name: name,
      organization_id: org,
      post_id: postId,
      on_behalf_of_id: null,
      role,
      label,
      // The member's own term where the programme gives it (appointed or leaving mid-year), else the year.
      start_date: term.from ?? first,
      end_date: term.until ?? last,
      contact_details: [],
      links: [],
      extras: extra,
    });
  for (const m of programme.members) {
    files.push(person(m.id, m.name, "councillor"));
    files.push(
      membership(
        m.id,
        m.name,
        committeeId,
        m.role,
        `${ROLE_LABEL[m.role]} of the ${c.name}`,
        {},
        posts.get(m.role) ?? null,
        m,
      ),
    );
  }
  for (const co of programme.coOptees) {
    files.push(person(co.id, co.name, "co-optee", co.represents ? { represents: co.represents } : {}));
    files.push(
      membership(
        co.id,
        co.name,
        committeeId,
        "co-opted member",
        `Co-opted member of the ${c.name}`,
        { voting: co.voting, ...(co.represents ? { represents: co.represents } : {}) },
        null,
        co,
      ),
    );
  }
  // Substitutes are never members (they sit in a member's place for one meeting): people with no
  // membership, named as participants of the meetings they attended ("substitute for …").
  for (const sub of programme.substitutes)
    files.push(person(sub.id, sub.name, "substitute", sub.represents ? { represents: sub.represents } : {}));
  for (const o of programme.officers)
    files.push(
      person(o.id, o.name, "officer", {
        ...(o.title ? { title: o.title } : {}),
        ...(o.organisation ? { organisation: o.organisation } : {}),
      }),
    );
  if (programme.cabinetMembers.length > 0) {
    const cabinetId = ocdId("organization", `cabinet:${c.council}`);
    files.push(organization(cabinetId, `Cabinet, ${c.council}`, "executive", councilId, sources));
    for (const cm of programme.cabinetMembers) {
      files.push(person(cm.id, cm.name, "cabinet-member"));
      files.push(
        membership(
          cm.id,
          cm.name,
          cabinetId,
          "cabinet member",
          cm.portfolio ? `Cabinet Member for ${cm.portfolio}` : "Cabinet Member",
          cm.portfolio ? { portfolio: cm.portfolio } : {},
        ),
      );
    }
  }
  if (
    programme.officers.some((o) => o.unavailable.length > 0) ||
    programme.cabinetMembers.some((m) => m.unavailable.length > 0)
  )
    notExported.push("officers' and Cabinet members' unavailable dates (private planning data)");

  const index = indexProgramme(programme);
  const items = index.items;
  const names = new Map<string, string>(
    [
      ...programme.members,
      ...programme.coOptees,
      ...programme.substitutes,
      ...programme.officers,
      ...programme.cabinetMembers,
    ].map((p) => [p.id, p.name]),
  );
  for (const m of [...programme.meetings].sort((a, b) => a.date.localeCompare(b.date)))
    files.push(
      file(eventOf(programme, m, { index, committeeId, personId, names, items, sources, today: options.today, key })),
    );

  // Events that are not meetings (briefings, site visits…): the public ones only; a private one never.
  for (const e of [...programme.events].sort((a, b) => a.date.localeCompare(b.date)))
    if (e.public)
      files.push(
        file(
          publicEventOf(e, {
            committeeId,
            committeeName: c.name,
            personId,
            names,
            items,
            sources,
            key,
            today: options.today,
          }),
        ),
      );
  if (programme.events.some((e) => e.public && e.notes))
    notExported.push("public events' notes (the officer's working notes)");
  const privateEvents = programme.events.filter((e) => !e.public).length;
  if (privateEvents > 0)
    notExported.push(
      `${plural(privateEvents, "private event")} (briefings, site visits and the like not marked public: never published)`,
    );

  const unplaced = programme.items.filter((i) => !index.meetingOfItem(i.id));
  if (unplaced.length > 0)
    notExported.push(
      `${plural(unplaced.length, "item")} on no agenda (the backlog and unplaced items): OCD has agendas of events only`,
    );
  notExported.push(
    "items' minutes allotted, objectives, stated start times and pages (kept in the agenda item's notes and extras, not in OCD fields)",
    "planning data: priorities, TOPICC scores, preparation, earliest/latest, pins, taken-alongside, Cabinet Q&A notice",
    "papers deadlines and dispatch dates (in the event's extras only)",
  );
  return { files, notExported };
}

interface EventContext {
  index: ProgrammeIndex;
  committeeId: string;
  personId: (id: string) => string;
  names: Map<string, string>;
  items: ReadonlyMap<string, Item>;
  sources: Source[];
  today: string;
  key: string;
}

function eventStatus(m: Meeting, today: string): "cancelled" | "tentative" | "confirmed" | "passed" {
  if (m.status === "cancelled") return "cancelled";
  if (m.date < today) return "passed";
  return m.dateConfirmed ? "confirmed" : "tentative";
}

function eventOf(p: Programme, m: Meeting, ctx: EventContext): OcdObject {
  const { start, plannedEnd, venue } = meetingTimes(p, m);
  const livestream = m.livestream ?? p.commission.livestream;
  const participants: Record<string, unknown>[] = [
    { name: p.commission.name, entity_type: "organization", note: "host", organization_id: ctx.committeeId },
  ];
  const present = (list: readonly string[], note: string) => {
    for (const id of list)
      participants.push({ name: ctx.names.get(id) ?? id, entity_type: "person", note, person_id: ctx.personId(id) });
  };
  const a = m.attendance;
  if (a) {
    // Minutes that list only apologies and substitutes: everyone else on the membership that day was present.
    const absent = new Set([...a.apologies, ...a.remote]);
    const presentIds =
      a.recorded === "apologies-only"
        ? [...p.members, ...p.coOptees].filter((x) => sitsOn(x, m.date) && !absent.has(x.id)).map((x) => x.id)
        : a.present;
    present(presentIds, "present");
    present(a.remote, "attended remotely");
    present(a.apologies, "apologies");
    for (const sub of a.substitutes)
      participants.push({
        name: ctx.names.get(sub.id) ?? sub.id,
        entity_type: "person",
        note: `substitute for ${ctx.names.get(sub.for) ?? sub.for}`,
        person_id: ctx.personId(sub.id),
      });
  }
  // Numbers as the front sheet prints them (the agenda package's numbering); a withdrawn item keeps its place, unnumbered.
  const numbers = new Map(ctx.index.numberedAgenda(m).map((slot) => [slot.item.id, String(slot.number)]));
  const agenda = m.agenda.map((entry) => {
    const id = agendaItemId(entry);
    const item = ctx.items.get(id);
    const statedStart = typeof entry === "string" ? undefined : entry.statedStart;
    const pages = typeof entry === "string" ? undefined : entry.pages;
    const outcome = typeof entry === "string" ? undefined : entry.outcome;
    const deferredTo = typeof entry === "string" ? undefined : entry.deferredTo;
    const people = [...(item?.officers ?? []), ...(item?.cabinetQA ? [item.cabinetQA.cabinetMember] : [])];
    return {
      description: item?.title ?? id,
      order: numbers.get(id) ?? null,
      classification: [item?.procedural ? "procedural" : "scrutiny"],
      subjects: [],
      notes: [
        ...(item?.objective ? [item.objective] : []),
        ...(statedStart ? [`Stated start ${statedStart.replace(":", ".")}`] : []),
        ...(item?.status === "withdrawn" ? ["Withdrawn"] : []),
        ...(outcome ? [`Outcome: ${outcome}`] : []),
      ],
      media: [],
      related_entities: [...new Set(people)].map((pid) => ({
        name: ctx.names.get(pid) ?? pid,
        entity_type: "person",
        note: item?.cabinetQA?.cabinetMember === pid ? "Cabinet member questioned" : "attending",
        person_id: ctx.personId(pid),
      })),
      extras: {
        scrutineer_id: id,
        ...(item?.minutes !== undefined ? { minutes: item.minutes } : {}),
        ...(statedStart ? { stated_start: statedStart } : {}),
        ...(pages ? { pages } : {}),
        ...(outcome ? { outcome } : {}),
        ...(deferredTo ? { deferred_to: deferredTo } : {}),
        ...(item && item.status !== "confirmed" ? { status: item.status } : {}),
        ...(item?.education ? { education: true } : {}),
      },
    };
  });
  const declarations = publicDeclarations(ctx.index, m).map((d) => ({
    person: d.name,
    person_id: ctx.personId(d.person),
    items: d.items.map((i) => ctx.items.get(i)?.title ?? i),
    kind: d.kind,
    // The public form only: a sensitive interest's nature is replaced by the agenda package's wording.
    nature: d.nature,
    sensitive: d.sensitive,
    action: d.action,
  }));
  return {
    _id: ocdId("event", `${ctx.key}:${m.id}`),
    _type: "event",
    name: p.commission.name,
    description: m.movedFrom ? `Moved from ${m.movedFrom}` : "",
    classification: "committee-meeting",
    // A meeting whose day is to be confirmed has only its month: a fuzzy date (OCDEP 101), tentative.
    start_date: monthOnly(m) ? m.date : londonOffsetDateTime(m.date, start),
    end_date: !monthOnly(m) && plannedEnd > start ? londonOffsetDateTime(m.date, plannedEnd) : "",
    all_day: monthOnly(m),
    status: eventStatus(m, ctx.today),
    location: { name: venue, note: "", url: null, coordinates: null },
    media: livestream
      ? [
          {
            name: "Livestream",
            type: "video recording",
            date: m.date,
            offset: null,
            links: [{ media_type: "text/html", url: livestream }],
          },
        ]
      : [],
    documents: [],
    links: [],
    participants,
    agenda,
    sources: ctx.sources,
    extras: {
      scrutineer_id: m.id,
      ...(m.movedFrom ? { moved_from: m.movedFrom } : {}),
      ...(m.papersDeadline ? { papers_deadline: m.papersDeadline } : {}),
      ...(m.dispatch ? { dispatch: m.dispatch } : {}),
      ...(declarations.length > 0 ? { declarations } : {}),
      ...(a?.recorded === "apologies-only" ? { attendance_recorded: "apologies-only" } : {}),
      ...(a && a.substitutes.length > 0
        ? { substitutes: a.substitutes.map((sub) => ({ person_id: ctx.personId(sub.id), for: ctx.personId(sub.for) })) }
        : {}),
    },
    pupa_id: `scrutineer:${ctx.key}:${m.id}`,
  };
}
