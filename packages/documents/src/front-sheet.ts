import { publicDeclarations, type TimedItem, timeAgenda } from "@scrutineer/agenda";
import { agendaItemId, type Meeting, meetingTimes, type Programme, peopleById } from "@scrutineer/model";
import { dayMonthYear, itemTime, longDate, meetingTime } from "./council-dates.js";
import type { DocumentOptions } from "./options.js";
import {
  attendeeLabel,
  interestActionLabels,
  interestKindLabels,
  pagesLabel,
  roleLabel,
  SENSITIVE_NATURE,
} from "./wording.js";

/**
 * The agenda front sheet as data, shared by the Markdown and HTML renderers so both say the
 * same thing. Modelled on the CYP Commission's front sheet of 16 Jan 2023 (seed 001, lines
 * 1-50): commission, date, time, venue, livestream, contact, members with Chair and
 * Vice-Chair, co-optees, then 1 Apologies, 2 Declarations, 3 Urgent Items / Order of
 * Business, the timed items from 4 (start, pages, purpose) and Any Other Business.
 * Start times are computed from the allotted minutes (`timeAgenda`); a different start stated
 * in the programme is noted, not printed as if it were right. Declarations come only from
 * `publicDeclarations`, so a sensitive interest's nature cannot reach the page.
 */
export interface FrontSheet {
  commission: string;
  council: string;
  /** The page's title: "Children and Young People Scrutiny Commission, Monday 16 January 2023". */
  title: string;
  isoDate: string;
  date: string;
  time: string;
  venue: string;
  cancelled: boolean;
  /** "Moved from 8 September 2022", "This meeting has been cancelled.", "The date is provisional." */
  statusNotes: string[];
  livestream?: string;
  webpage?: string;
  contact: { name: string; phone?: string; email?: string };
  members: { name: string; role?: string }[];
  coOptees: { name: string; represents?: string }[];
  items: FrontSheetItem[];
  /** Items on the agenda but withdrawn: listed so readers know, never numbered or timed. */
  withdrawn: string[];
  declarations: FrontSheetDeclaration[];
  /** "Items are expected to finish by 21.20; the meeting is planned to close at 22.00." */
  timing?: string;
}

export interface FrontSheetItem {
  number: number;
  title: string;
  /** Computed start, "19.05", or "19.50–20.05" when earlier ranges leave it open. */
  start?: string;
  /** Set when the programme states a start the allotted minutes do not give. */
  timeNote?: string;
  pages?: string;
  purpose?: string;
  attending: string[];
  procedural: boolean;
}

export interface FrontSheetDeclaration {
  name: string;
  /** The agenda items the interest is declared in: number (when on this agenda) and title. */
  items: { number?: number; title: string }[];
  kind: string;
  /** The nature as declared, or "not published (sensitive interest)". */
  nature: string;
  sensitive: boolean;
  action: string;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The computed start, and a note when the programme states a start outside it. */
function startOf(timed: TimedItem): { start: string; timeNote?: string } {
  const { earliest, latest } = timed.start;
  const computed = earliest === latest ? itemTime(earliest) : `${itemTime(earliest)}–${itemTime(latest)}`;
  if (timed.statedStart === undefined) return { start: computed };
  const stated = minutesOf(timed.statedStart);
  if (stated >= minutesOf(earliest) && stated <= minutesOf(latest)) return { start: itemTime(timed.statedStart) };
  return {
    start: computed,
    timeNote: `The programme states ${itemTime(timed.statedStart)}; the allotted minutes give ${computed}.`,
  };
}

export function frontSheet(programme: Programme, meeting: Meeting, _options: DocumentOptions): FrontSheet {
  const { commission } = programme;
  const people = peopleById(programme);
  const times = meetingTimes(programme, meeting);
  const timing = timeAgenda(programme, meeting);

  const statusNotes: string[] = [];
  if (meeting.status === "cancelled") statusNotes.push("This meeting has been cancelled.");
  if (meeting.movedFrom) statusNotes.push(`Moved from ${dayMonthYear(meeting.movedFrom)}.`);
  if (!meeting.dateConfirmed && meeting.status !== "cancelled") statusNotes.push("The date is provisional.");

  const items: FrontSheetItem[] = timing.procedural.map((p) => ({
    number: p.number,
    title: p.title,
    attending: [],
    procedural: true,
  }));
  for (const timed of timing.items) {
    const entry: FrontSheetItem = {
      number: timed.number,
      title: timed.item.title,
      ...startOf(timed),
      attending: timed.item.officers.flatMap((id) => {
        const person = people.get(id);
        return person ? [attendeeLabel(person)] : [];
      }),
      procedural: false,
    };
    if (timed.pages) entry.pages = pagesLabel(timed.pages);
    if (timed.item.objective) entry.purpose = timed.item.objective;
    items.push(entry);
  }
  const last = items[items.length - 1]?.number ?? 3;
  items.push({ number: last + 1, title: "Any Other Business", attending: [], procedural: true });

  const numbered = new Map(timing.items.map((t) => [t.item.id, { number: t.number, title: t.item.title }]));
  const titles = new Map(programme.items.map((i) => [i.id, i.title]));
  const declarations = publicDeclarations(programme, meeting).map(
    (d): FrontSheetDeclaration => ({
      name: d.name,
      items: d.items.map((id) => numbered.get(id) ?? { title: titles.get(id) ?? id }),
      kind: interestKindLabels[d.kind],
      // Belt and braces: whatever the agenda package returns, a sensitive nature is never printed.
      nature: d.sensitive ? SENSITIVE_NATURE : d.nature.trim().replace(/\.+$/, ""),
      sensitive: d.sensitive,
      action: interestActionLabels[d.action],
    }),
  );

  const sheet: FrontSheet = {
    commission: commission.name,
    council: commission.council,
    title: `${commission.name}, ${longDate(meeting.date)}`,
    isoDate: meeting.date,
    date: longDate(meeting.date),
    time: meetingTime(times.start),
    venue: times.venue,
    cancelled: meeting.status === "cancelled",
    statusNotes,
    contact: { ...commission.contact },
    members: programme.members.map((m) => {
      const role = roleLabel(m.role);
      return role ? { name: m.name, role } : { name: m.name };
    }),
    coOptees: programme.coOptees.map((c) =>
      c.represents ? { name: c.name, represents: c.represents } : { name: c.name },
    ),
    items,
    withdrawn: programme.items
      .filter((i) => i.status === "withdrawn" && meeting.agenda.some((e) => agendaItemId(e) === i.id))
      .map((i) => i.title),
    declarations,
  };
  const livestream = meeting.livestream ?? commission.livestream;
  if (livestream) sheet.livestream = livestream;
  if (commission.webpage) sheet.webpage = commission.webpage;
  if (timing.items.length > 0 && meeting.status !== "cancelled") {
    const finish =
      timing.finish.earliest === timing.finish.latest
        ? `at ${itemTime(timing.finish.latest)}`
        : `between ${itemTime(timing.finish.earliest)} and ${itemTime(timing.finish.latest)}`;
    sheet.timing = `The items are expected to finish ${finish}; the meeting is planned to close at ${itemTime(timing.plannedEnd)}.`;
  }
  return sheet;
}
