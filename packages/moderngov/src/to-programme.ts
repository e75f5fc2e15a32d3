import { municipalYearBounds } from "@scrutineer/dates";
import {
  type CommissionKind,
  crossReferenceProblems,
  type Jurisdiction,
  MunicipalYear,
  Programme,
  type ProgrammeInput,
} from "@scrutineer/model";
import { cleanRefusedText } from "./clean-refused-text.js";
import { ModernGovImportError } from "./errors.js";
import { meetingAttendance } from "./import-attendance.js";
import { importCommission } from "./import-commission.js";
import { itemInput } from "./import-item.js";
import { importPeople, peopleByName, peopleLists, readRegister } from "./import-people.js";
import { importedId } from "./imported-ids.js";
import { readEventKind, readMeetingStatus } from "./meeting-status.js";
import type { SourcedResponse } from "./records.js";
import type { ImportNote, ImportNoteCode } from "./report.js";
import { selectResponses } from "./select-responses.js";
import type { ModernGovSite } from "./site.js";

/** Options of `importProgramme`. */
export interface ImportOptions {
  site: ModernGovSite;
  /** The committee: its ModernGov id (`144`) or its title, any case (`Audit Committee`). */
  committee: string;
  /** Municipal year, `2025/26`. */
  year: string;
  /** The council's name; when absent it is made from the site (and the report says so). */
  council?: string;
  /** The law the council works under; when absent England is written (and the report says so: ModernGov does not say). */
  jurisdiction?: Jurisdiction;
  /** The word for the committee; when absent it is read from the title (`kindFromName`). */
  kind?: CommissionKind;
}

/** The programme read from ModernGov: `input` as it will be written (no defaults filled), `programme` parsed. */
export interface ImportResult {
  input: ProgrammeInput;
  programme: Programme;
  report: ImportNote[];
  committee: { id: number; title: string };
  /** Meeting ids of the meetings whose agenda ModernGov gave (GetMeeting); their agendas are ModernGov's. */
  detailed: string[];
  /** Of those, the meetings whose agenda ModernGov marks published. */
  published: string[];
}

/**
 * Map ModernGov's answers for one committee and one municipal year onto a work programme.
 * Pure: the responses are read already. What the programme cannot hold is listed in the report
 * with its element and value; personal data is never read (see parseResponse), so it cannot
 * reach the programme or the report.
 *
 * - The commission is the committee; its usual start, finish and venue are the most common of its meetings'.
 * - Meetings are those GetMeetings lists for the committee in the year; GetMeeting adds the venue,
 *   planned finish, agenda and attendees. Ids are keyed by the site (`manchester-meeting-4967`).
 * - Status: Cancelled → `cancelled`; provisional → `dateConfirmed: false`; Moved → `scheduled`
 *   (ModernGov does not say from when: the report says so).
 * - Agenda items in ModernGov's order, titles and text decoded; the printed number, restriction and
 *   papers go in the item's notes as `ModernGov: …` lines (the programme has no field for them yet).
 * - The committee's kind (committee, sub-committee, panel, board, commission) from its title, unless given.
 * - The jurisdiction as given, else England, with a note (ModernGov does not say).
 * - Attendees: councillors (chair, vice-chair, member), co-optees (with their votes where the role
 *   says: "non-voting", "voting", a parent-governor or diocesan representative) and officers;
 *   substitutes under `substitutes:`, in the place of the member their role names ("Substitute
 *   for Cllr Jones"; otherwise the report says to add whom they replaced); a held meeting whose
 *   attendees are all marked apologies or absent is recorded `apologies-only`; "expected"
 *   attendance is not mapped.
 * - A "meeting" whose status says briefing, informal, site visit or workshop is an event, private.
 *
 * @throws ModernGovImportError for an unknown or ambiguous committee, a committee with no
 *   GetMeetings response, a bad year, or (a bug) a programme that does not validate.
 */
export function importProgramme(responses: readonly SourcedResponse[], options: ImportOptions): ImportResult {
  const { site } = options;
  const report: ImportNote[] = [];
  const note = (code: ImportNoteCode, source: string, message: string, element?: string, value?: string) =>
    report.push({
      code,
      source,
      message,
      ...(element !== undefined ? { element } : {}),
      ...(value !== undefined ? { value } : {}),
    });

  const year = MunicipalYear.safeParse(options.year);
  if (!year.success)
    throw new ModernGovImportError(
      "bad-year",
      options.year,
      `${options.year}: expected a municipal year written 2025/26`,
    );
  const { from: first, to: last } = municipalYearBounds(year.data);

  const { used, committee, summaries, details } = selectResponses(
    responses,
    {
      site,
      committee: options.committee,
      year: year.data,
      first,
      last,
    },
    note,
  );

  const councillors = readRegister(used, note);
  // People: every attendee of the year's meetings, by ModernGov id, in order of first appearance.
  const ordered = [...summaries.values()].sort((a, b) => a.m.date.localeCompare(b.m.date) || a.m.id - b.m.id);
  const people = importPeople(
    ordered,
    details,
    councillors,
    { site, committeeTitle: committee.title, year: year.data },
    note,
  );

  const items: NonNullable<ProgrammeInput["items"]> = [];
  const meetings: NonNullable<ProgrammeInput["meetings"]> = [];
  const events: NonNullable<ProgrammeInput["events"]> = [];
  const byName = peopleByName(people);
  const detailed: string[] = [];
  const published: string[] = [];
  for (const { source, m } of ordered) {
    const detail = details.get(m.id);
    const d = detail?.d;
    const where = `meeting[${m.id}]`;
    const id = importedId.meeting(site, m.id);
    const eventKind = readEventKind(d?.status ?? m.status);
    if (eventKind) {
      // Not a meeting under the 1972 Act: an event, private (a briefing is private unless said).
      const time = d?.time ?? m.time;
      events.push({
        id: importedId.event(site, m.id),
        title: `${committee.title}: ${(d?.status ?? m.status ?? "").trim()}`,
        kind: eventKind,
        date: d?.date ?? m.date,
        ...(time ? { start: time } : {}),
        ...(d?.location ? { venue: d.location } : {}),
        public: false,
      });
      note(
        "filled-in",
        source,
        `ModernGov lists meeting ${m.id} on ${m.date} as "${(d?.status ?? m.status ?? "").trim()}": imported as a private event, not a meeting (set public: true to publish it)`,
        `${where}.meetingstatus`,
        d?.status ?? m.status,
      );
      if (d && d.items.length > 0)
        note("not-mapped", detail!.source, `the agenda of the informal session of ${m.date}`, `${where}.agendaitems`);
      continue;
    }
    const status = readMeetingStatus(d?.status ?? m.status);
    if (!status.recognised)
      note(
        "unrecognised-value",
        source,
        `status not recognised: imported as scheduled`,
        `${where}.meetingstatus`,
        d?.status ?? m.status,
      );
    if (status.status === "moved")
      note(
        "not-mapped",
        source,
        "ModernGov says the meeting moved but not from which date: imported as scheduled (add movedFrom)",
        `${where}.meetingstatus`,
        d?.status ?? m.status,
      );
    const time = d?.time ?? m.time;
    const timeText = d?.timeText ?? m.timeText;
    if (!time && timeText)
      note("unrecognised-value", source, "start time not recognised", `${where}.meetingtime`, timeText);
    if (d?.plannedFinishText)
      note(
        "unrecognised-value",
        detail!.source,
        "planned finish not recognised",
        `${where}.meetingplannedfinishtime`,
        d.plannedFinishText,
      );
    if (d?.room)
      note("not-mapped", detail!.source, "room (the venue holds the location)", `${where}.meetingroom`, d.room);
    if (d?.webcast ?? m.webcast)
      note(
        "not-mapped",
        source,
        "webcast: the service gives no address (set livestream)",
        `${where}.iswebcast`,
        "True",
      );
    if (!d)
      note(
        "not-mapped",
        source,
        `no GetMeeting response for meeting ${m.id} on ${m.date}: its venue, finish, agenda and attendees are not known`,
      );
    for (const u of [...m.unread, ...(d?.unread ?? [])])
      note("unread-element", detail?.source ?? source, "not read by the importer", u.element, u.value);

    const meeting: NonNullable<ProgrammeInput["meetings"]>[number] = { id, date: d?.date ?? m.date };
    if (time) meeting.start = time;
    if (d?.plannedFinish) meeting.plannedEnd = d.plannedFinish;
    if (d?.location) meeting.venue = d.location;
    if (status.status === "cancelled") meeting.status = "cancelled";
    if (status.status === "tentative") meeting.dateConfirmed = false;

    if (d) {
      detailed.push(id);
      if (d.agendaPublished) published.push(id);
      const agenda = [...d.items].sort(
        (a, b) => a.sortKey - b.sortKey || (a.subNumber ?? "").localeCompare(b.subNumber ?? ""),
      );
      meeting.agenda = agenda.map((item) => importedId.item(site, item.id));
      for (const item of agenda) items.push(itemInput(item, detail!.source, note, site));
      const attendance = meetingAttendance(m, detail!, people, byName, site, note);
      if (attendance) meeting.attendance = attendance;
    }
    meetings.push(meeting);
  }

  const commission = importCommission(
    committee,
    meetings,
    {
      site,
      year: year.data,
      ...(options.council !== undefined ? { council: options.council } : {}),
      ...(options.jurisdiction !== undefined ? { jurisdiction: options.jurisdiction } : {}),
      ...(options.kind !== undefined ? { kind: options.kind } : {}),
    },
    note,
  );
  const input: ProgrammeInput = {
    version: 1,
    commission,
    ...peopleLists(people),
    items,
    meetings,
    events,
  };
  for (const key of ["members", "coOptees", "substitutes", "officers", "items", "events"] as const)
    if (input[key]?.length === 0) delete input[key];

  let parsed = Programme.safeParse(input);
  // ModernGov's text may carry characters the file format refuses (docs/limits.md). No officer
  // typed them, so they are taken out, each with a note, rather than refusing the import.
  if (!parsed.success && cleanRefusedText(input, parsed.error.issues, note)) parsed = Programme.safeParse(input);
  if (!parsed.success)
    throw new ModernGovImportError(
      "invalid-programme",
      parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
      `the imported programme does not validate: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0)
    throw new ModernGovImportError(
      "invalid-programme",
      problems.map((p) => ({ path: p.path, message: p.message })),
      `the imported programme does not validate: ${problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ")}`,
    );
  return { input, programme: parsed.data, report, committee, detailed, published };
}
