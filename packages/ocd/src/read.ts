import { municipalYearBounds } from "@scrutineer/dates";
import {
  CommissionKind,
  crossReferenceProblems,
  Jurisdiction,
  Programme,
  ProgrammeEventKind,
  type ProgrammeInput,
} from "@scrutineer/model";
import { OcdReadError } from "./errors.js";
import { londonWallTime } from "./london.js";
import { type OcdType, ocdSchemas } from "./schemas.js";
import { validateOcd } from "./validate.js";

type Obj = Record<string, unknown> & { _id?: string; _type?: string };
const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const rec = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

function scrutineerId(o: Obj): string | undefined {
  return str(arr(o.identifiers).find((i) => i.scheme === "scrutineer")?.identifier);
}

/** `2022-05-01` (a membership's start) → `2022/23`. */
function yearOf(start: string | undefined): string | undefined {
  const y = start ? Number(start.slice(0, 4)) : Number.NaN;
  return Number.isFinite(y) ? `${y}/${String((y + 1) % 100).padStart(2, "0")}` : undefined;
}

/**
 * Read Open Civic Data objects (as `programmeToOcd` or pupa write them) back into a work
 * programme: the commission from the committee organization, councillors and co-optees from
 * its memberships (roles from the membership's `role`), Cabinet members from the executive's,
 * meetings from events (London wall times from the offset date-times; `cancelled` and
 * `tentative` kept), agendas in `order` with their titles and attending people. Ids come from
 * the `scrutineer` identifiers and `extras.scrutineer_id`. What OCD does not carry is not
 * invented: the result lists it in `notHeld`.
 * @throws OcdReadError (an `OcdError`; see `OcdErrorCode`) when an object is of an unknown type or
 *   does not validate against its schema, no committee is found, an event has no readable start,
 *   no municipal year can be found, or the programme read back does not validate.
 */
export function programmeFromOcd(objects: readonly unknown[]): { programme: Programme; notHeld: string[] } {
  const all = objects.map(rec);
  for (const o of all) {
    const type = o._type as OcdType | undefined;
    if (!type || !(type in ocdSchemas))
      throw new OcdReadError(
        "unknown-type",
        o._type,
        `object ${o._id ?? "?"}: _type ${String(o._type)} is not one of ${Object.keys(ocdSchemas).join(", ")}`,
      );
    const problems = validateOcd(type, o);
    if (problems.length > 0)
      throw new OcdReadError("invalid-object", problems, `${type} ${o._id ?? "?"}: ${problems.join("; ")}`);
  }
  const of = (type: string) => all.filter((o) => o._type === type);
  const orgs = new Map(of("organization").map((o) => [o._id, o]));
  const people = new Map(of("person").map((o) => [o._id, o]));
  const committee = of("organization").find((o) => o.classification === "committee");
  if (!committee) throw new OcdReadError("no-committee", orgs.size, "no organization with classification committee");
  const council = orgs.get(str(committee.parent_id));
  const executive = of("organization").find((o) => o.classification === "executive");
  const pid = (id: unknown) => {
    const p = people.get(str(id));
    return p ? (scrutineerId(p) ?? String(p._id)) : String(id);
  };
  const memberships = of("membership");
  const ofCommittee = memberships.filter((m) => m.organization_id === committee._id);
  const contact = arr(committee.contact_details);
  const link = (note: string) => str(arr(committee.links).find((l) => l.note === note)?.url);

  // The committee's own municipal year first: a membership may start mid-year (its member's `from`).
  const year = str(rec(committee.extras).municipal_year) ?? yearOf(str(ofCommittee[0]?.start_date));
  if (!year)
    throw new OcdReadError(
      "no-municipal-year",
      committee._id,
      "no membership start date or municipal year to place the programme in",
    );
  const bounds = municipalYearBounds(year);
  // A membership dated other than the whole year is the member's own term (`from`, `until`).
  const term = (m: Obj) => {
    const from = str(m.start_date);
    const until = str(m.end_date);
    return {
      ...(from && from !== bounds.from ? { from } : {}),
      ...(until && until !== bounds.to ? { until } : {}),
    };
  };
  const members: NonNullable<ProgrammeInput["members"]> = [];
  const coOptees: NonNullable<ProgrammeInput["coOptees"]> = [];
  for (const m of ofCommittee) {
    const role = str(m.role) ?? "member";
    const id = pid(m.person_id);
    const name = str(m.person_name) ?? id;
    if (role === "co-opted member") {
      const voting = rec(m.extras).voting;
      const represents = str(rec(m.extras).represents);
      coOptees.push({
        id,
        name,
        ...(represents ? { represents } : {}),
        ...(voting === "education" || voting === "full" ? { voting } : {}),
        ...term(m),
      });
    } else members.push({ id, name, ...(role === "chair" || role === "vice-chair" ? { role } : {}), ...term(m) });
  }
  // Substitutes: people with no membership, marked so by the export (a pupa scrape has none).
  const substitutes = of("person")
    .filter((p) => rec(p.extras).scrutineer_kind === "substitute")
    .map((p) => {
      const represents = str(rec(p.extras).represents);
      return { id: scrutineerId(p) ?? String(p._id), name: String(p.name), ...(represents ? { represents } : {}) };
    });
  const cabinetMembers = executive
    ? memberships
        .filter((m) => m.organization_id === executive._id)
        .map((m) => ({ id: pid(m.person_id), name: str(m.person_name) ?? pid(m.person_id) }))
    : [];

  const items: NonNullable<ProgrammeInput["items"]> = [];
  const meetings: NonNullable<ProgrammeInput["meetings"]> = [];
  const officers = new Map<string, { id: string; name: string }>();
  const memberIds = new Set([...members, ...coOptees, ...cabinetMembers].map((p) => p.id));
  const byStart = (a: Obj, b: Obj) => String(a.start_date).localeCompare(String(b.start_date));
  // An event the export marks as not a meeting (a public briefing or visit) is read as one of `events:`.
  const isProgrammeEvent = (e: Obj) => rec(e.extras).scrutineer_event === true;
  const events = of("event")
    .filter((e) => !isProgrammeEvent(e))
    .sort(byStart);
  const seenItems = new Set<string>();
  for (const e of events) {
    const start = londonWallTime(String(e.start_date));
    if (!start)
      throw new OcdReadError(
        "invalid-start",
        e.start_date,
        `event ${e._id}: start_date ${String(e.start_date)} is not a date`,
      );
    const end = str(e.end_date) ? londonWallTime(String(e.end_date)) : undefined;
    const extras = rec(e.extras);
    const id = str(extras.scrutineer_id) ?? `event-${String(e._id).slice(0, 8)}`;
    // The agenda array is in order (pupa keeps it so); `order` is the printed number, which may be dotted or null.
    const agenda = arr(e.agenda);
    const entries: NonNullable<NonNullable<ProgrammeInput["meetings"]>[number]["agenda"]> = [];
    for (const [i, a] of agenda.entries()) {
      const itemId = str(rec(a.extras).scrutineer_id) ?? `${id}-item-${i + 1}`;
      // What became of it (an item deferred to a later agenda is on both: read it once).
      const outcome = str(rec(a.extras).outcome);
      const deferredTo = str(rec(a.extras).deferred_to);
      entries.push(
        outcome === "taken" || outcome === "noted" || outcome === "deferred" || outcome === "withdrawn"
          ? { item: itemId, outcome, ...(deferredTo ? { deferredTo } : {}) }
          : itemId,
      );
      if (seenItems.has(itemId)) continue;
      seenItems.add(itemId);
      const related = arr(a.related_entities).filter((r) => r.entity_type === "person");
      const attending = related.filter((r) => r.note !== "Cabinet member questioned").map((r) => pid(r.person_id));
      for (const r of related) {
        const who = pid(r.person_id);
        if (!memberIds.has(who)) officers.set(who, { id: who, name: str(r.name) ?? who });
      }
      const questioned = related.find((r) => r.note === "Cabinet member questioned");
      const minutes = rec(a.extras).minutes;
      items.push({
        id: itemId,
        title: str(a.description) ?? itemId,
        ...(Array.isArray(a.classification) && a.classification.includes("procedural") ? { procedural: true } : {}),
        ...(attending.length > 0 ? { officers: attending } : {}),
        ...(questioned ? { cabinetQA: { cabinetMember: pid(questioned.person_id) } } : {}),
        ...(typeof minutes === "number" || typeof minutes === "string" ? { minutes } : {}),
      });
    }
    const apologiesOnly = extras.attendance_recorded === "apologies-only";
    const attendance = {
      ...(apologiesOnly ? { recorded: "apologies-only" as const } : {}),
      present: [] as string[],
      remote: [] as string[],
      apologies: [] as string[],
      substitutes: arr(extras.substitutes).map((s) => ({ id: pid(s.person_id), for: pid(s.for) })),
    };
    for (const p of arr(e.participants).filter((x) => x.entity_type === "person")) {
      // With apologies-only minutes the export lists everyone else as present: not read back as such.
      const list =
        p.note === "present" && !apologiesOnly
          ? attendance.present
          : p.note === "attended remotely"
            ? attendance.remote
            : p.note === "apologies"
              ? attendance.apologies
              : undefined;
      list?.push(pid(p.person_id));
    }
    const moved = str(extras.moved_from);
    meetings.push({
      id,
      date: start.date,
      ...(start.time ? { start: start.time } : {}),
      ...(end?.time ? { plannedEnd: end.time } : {}),
      ...(str(rec(e.location).name) ? { venue: String(rec(e.location).name) } : {}),
      ...(e.status === "cancelled" ? { status: "cancelled" as const } : moved ? { status: "moved" as const } : {}),
      ...(moved ? { movedFrom: moved } : {}),
      ...(e.status === "tentative" ? { dateConfirmed: false } : {}),
      agenda: entries,
      ...(attendance.present.length +
        attendance.remote.length +
        attendance.apologies.length +
        attendance.substitutes.length >
        0 || apologiesOnly
        ? { attendance }
        : {}),
    });
  }
  const programmeEvents: NonNullable<ProgrammeInput["events"]> = [];
  for (const e of of("event").filter(isProgrammeEvent).sort(byStart)) {
    const start = londonWallTime(String(e.start_date));
    if (!start)
      throw new OcdReadError(
        "invalid-start",
        e.start_date,
        `event ${e._id}: start_date ${String(e.start_date)} is not a date`,
      );
    const end = str(e.end_date) ? londonWallTime(String(e.end_date)) : undefined;
    const kind = ProgrammeEventKind.safeParse(e.classification);
    const related = arr(e.agenda).map((a) => ({ id: str(rec(a.extras).scrutineer_id), title: str(a.description) }));
    for (const r of related)
      if (r.id && !seenItems.has(r.id)) {
        seenItems.add(r.id);
        items.push({ id: r.id, title: r.title ?? r.id });
      }
    const venue = str(rec(e.location).name);
    programmeEvents.push({
      id: str(rec(e.extras).scrutineer_id) ?? `event-${String(e._id).slice(0, 8)}`,
      title: str(e.name) ?? "Event",
      kind: kind.success ? kind.data : "other",
      date: start.date,
      ...(start.time ? { start: start.time } : {}),
      ...(end?.time ? { end: end.time } : {}),
      ...(venue && venue !== "To be confirmed" ? { venue } : {}),
      attendees: arr(e.participants)
        .filter((p) => p.entity_type === "person" && p.note === "attending")
        .map((p) => pid(p.person_id)),
      items: related.flatMap((r) => (r.id ? [r.id] : [])),
      // Only public events are ever exported.
      public: true,
    });
  }
  const venues = meetings.map((m) => m.venue).filter((v): v is string => v !== undefined);
  const input: ProgrammeInput = {
    version: 1,
    commission: {
      id: scrutineerId(committee) ?? `committee-${String(committee._id).slice(0, 8)}`,
      name: String(committee.name),
      ...(CommissionKind.safeParse(rec(committee.extras).kind).success
        ? { kind: CommissionKind.parse(rec(committee.extras).kind) }
        : {}),
      ...(Jurisdiction.safeParse(rec(committee.extras).jurisdiction).success
        ? { jurisdiction: Jurisdiction.parse(rec(committee.extras).jurisdiction) }
        : {}),
      shortName: str(arr(committee.other_names)[0]?.name) ?? String(committee.name),
      council: str(council?.name) ?? "Unknown council",
      municipalYear: year,
      venue: venues[0] ?? "To be confirmed",
      ...(link("web page") ? { webpage: link("web page") } : {}),
      ...(link("livestream") ? { livestream: link("livestream") } : {}),
      contact: {
        name: str(contact[0]?.note) ?? str(rec(committee.extras).contact_name) ?? "Unknown",
        ...(str(contact.find((d) => d.type === "email")?.value)
          ? { email: String(contact.find((d) => d.type === "email")!.value) }
          : {}),
        ...(str(contact.find((d) => d.type === "voice")?.value)
          ? { phone: String(contact.find((d) => d.type === "voice")!.value) }
          : {}),
      },
    },
    members,
    coOptees,
    ...(substitutes.length > 0 ? { substitutes } : {}),
    officers: [...officers.values()],
    cabinetMembers,
    items,
    meetings,
    ...(programmeEvents.length > 0 ? { events: programmeEvents } : {}),
  };
  const parsed = Programme.safeParse(input);
  if (!parsed.success)
    throw new OcdReadError(
      "invalid-programme",
      parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
      `the programme read back does not validate: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0)
    throw new OcdReadError(
      "invalid-programme",
      problems.map((p) => ({ path: p.path, message: p.message })),
      `the programme read back does not validate: ${problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ")}`,
    );
  return {
    programme: parsed.data,
    notHeld: [
      "items on no agenda (the backlog)",
      "objectives, minutes allotted, stated start times, pages and item statuses, except where kept in extras",
      "planning data (priorities, TOPICC, preparation, windows, pins, taken-alongside), deadlines and their rules",
      "the commission's usual start, planned end, procedural minutes and quorum rule",
      "declarations of interest beyond their public form",
      "officers' titles and organisations, Cabinet portfolios and Q&A topics",
      "the commission's jurisdiction and kind unless in the committee's extras (a pupa scrape: England and `commission` assumed)",
      "events' notes, and private events (never exported)",
    ],
  };
}
