import { publicDeclarations, statedStartDiffers, type TimedItem, timeAgenda } from "@scrutineer/agenda";
import { dayMonthYear, itemTime, meetingTime } from "@scrutineer/dates";
import { calendarFor, publicQuestionsDeadline } from "@scrutineer/deadlines";
import {
  bodyWord,
  indexProgramme,
  interestKindLabel,
  type Meeting,
  meetingOrder,
  meetingTimes,
  memberRoleLabel,
  monthOnly,
  type OrderEntry,
  type Programme,
  type ProgrammeIndex,
  publicQuestionsHeading,
  SENSITIVE_NATURE,
} from "@scrutineer/model";
import type { DocumentOptions } from "./options.js";
import {
  attendeeLabel,
  interestActionLabels,
  meetingDateWords,
  outcomeLabel,
  pagesLabel,
  publicQuestionsWords,
} from "./wording.js";

/**
 * The agenda front sheet as data, shared by the Markdown and HTML renderers so both say the
 * same thing. Modelled on the CYP Commission's front sheet of 16 Jan 2023 (seed 001, lines
 * 1-50): commission, date, time, venue, livestream, contact, members with Chair and
 * Vice-Chair, co-optees, then the order of business: Hackney's 1 Apologies, 2 Declarations,
 * 3 Urgent Items / Order of Business, the timed items from 4 (start, pages, purpose) and Any
 * Other Business; another council's headings in its own order (`commission.orderOfBusiness`),
 * public questions with their notice. The body is called what it is ("the meeting of the
 * Committee"). The membership is the membership on the meeting's day (`from`/`until`).
 * A cancelled meeting's front sheet is a notice of cancellation, not a summons.
 * Start times are computed from the allotted minutes (`timeAgenda`); a different start stated
 * in the programme is noted, not printed as if it were right. Declarations come only from
 * `publicDeclarations`, so a sensitive interest's nature cannot reach the page.
 */
export interface FrontSheet {
  commission: string;
  /** What the body is called: "Commission", "Committee", "Panel", "Board", "Sub-Committee". */
  body: string;
  council: string;
  /** The page's title: "Children and Young People Scrutiny Commission, Monday 16 January 2023". */
  title: string;
  isoDate: string;
  date: string;
  time: string;
  venue: string;
  cancelled: boolean;
  /** For a cancelled meeting, the notice of cancellation, one paragraph a line. */
  cancellation?: string[];
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

/**
 * One item of the front sheet: number, title, computed start (`"19.05"`, the council's wording), a note when
 * a stated start differs, pages, purpose, who attends, whether it is procedural, and its outcome if minuted.
 */
export interface FrontSheetItem {
  number: number;
  title: string;
  /** Computed start, "19.05", or "19.50–20.05" when earlier ranges leave it open. */
  start?: string;
  /** With the checker's notes only: the programme states a start the allotted minutes do not give. */
  timeNote?: string;
  /** A Cabinet Q&A: the Cabinet member questioned and the topics they were told of. */
  cabinetQA?: { cabinetMember: string; topics: string[] };
  pages?: string;
  purpose?: string;
  attending: string[];
  procedural: boolean;
  /** What became of it at the meeting, when the minutes say: "Deferred to the meeting of 4 November 2022." */
  outcome?: string;
}

/**
 * A declaration of interest as the front sheet prints it: the member's name, the items, the kind of
 * interest, its nature (withheld for a sensitive interest, Localism Act 2011 s32) and the action.
 */
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

/**
 * The computed start, and (with the checker's notes only) a note when the programme states a
 * start outside it (the agenda's stated-start rule).
 */
function startOf(timed: TimedItem, withChecks: boolean): { start: string; timeNote?: string } {
  const { earliest, latest } = timed.start;
  const computed = earliest === latest ? itemTime(earliest) : `${itemTime(earliest)}–${itemTime(latest)}`;
  if (timed.statedStart === undefined) return { start: computed };
  if (!statedStartDiffers(timed)) return { start: itemTime(timed.statedStart) };
  if (!withChecks) return { start: computed };
  return {
    start: computed,
    timeNote: `The programme states ${itemTime(timed.statedStart)}; the allotted minutes give ${computed}.`,
  };
}

/** The meeting that took a cancelled meeting's place (moved from its date), if any. */
function replacement(index: ProgrammeIndex, meeting: Meeting): Meeting | undefined {
  return index.meetingsInOrder.find((m) => m !== meeting && m.movedFrom === meeting.date && m.status !== "cancelled");
}

/**
 * The agenda front sheet of a meeting as data, before it is written as Markdown or HTML: the commission,
 * date and time in words, venue, contact, membership, procedural and timed items, and the public
 * declarations. `frontSheetMarkdown` and `frontSheetHtml` render it. Layout source: Hackney's front sheet
 * of 16 Jan 2023 (seed 001). Pure: `options.withChecks` adds the checker's notes for the officer.
 */
export function frontSheet(programme: Programme, meeting: Meeting, options: DocumentOptions): FrontSheet {
  const { commission } = programme;
  const index = indexProgramme(programme);
  const { people } = index;
  const times = meetingTimes(programme, meeting);
  const timing = timeAgenda(index, meeting);
  const body = bodyWord(commission.kind);
  const cancelled = meeting.status === "cancelled";
  const date = meetingDateWords(meeting);

  const statusNotes: string[] = [];
  if (cancelled) statusNotes.push("This meeting has been cancelled.");
  if (meeting.movedFrom) statusNotes.push(`Moved from ${dayMonthYear(meeting.movedFrom)}.`);
  if (!meeting.dateConfirmed && !cancelled)
    statusNotes.push(monthOnly(meeting) ? "The day is to be confirmed." : "The date is provisional.");

  const slots = new Map(index.numberedAgenda(meeting).map((s) => [s.item.id, s]));
  const order = meetingOrder(commission, meeting);
  const notice = publicQuestionsHeading(order)?.notice;
  const items: FrontSheetItem[] = timing.procedural.map((p) => {
    const entry: FrontSheetItem = { number: p.number, title: p.title, attending: [], procedural: true };
    if (notice && p.number === publicQuestionsNumber(timing.procedural, order) && !monthOnly(meeting))
      entry.purpose = publicQuestionsWords(
        publicQuestionsDeadline(meeting.date, notice, calendarFor(commission)),
        commission.contact.name,
      );
    return entry;
  });
  for (const timed of timing.items) {
    const qa = timed.item.cabinetQA;
    // The Cabinet member questioned attends, as the work programme lists them.
    const attending =
      qa && !timed.item.officers.includes(qa.cabinetMember)
        ? [...timed.item.officers, qa.cabinetMember]
        : timed.item.officers;
    const entry: FrontSheetItem = {
      number: timed.number,
      title: timed.item.title,
      ...startOf(timed, options.withChecks ?? false),
      attending: attending.flatMap((id) => {
        const person = people.get(id);
        return person ? [attendeeLabel(person)] : [];
      }),
      procedural: false,
    };
    if (qa) {
      const member = people.get(qa.cabinetMember);
      entry.cabinetQA = { cabinetMember: member ? attendeeLabel(member) : qa.cabinetMember, topics: [...qa.topics] };
    }
    if (timed.pages) entry.pages = pagesLabel(timed.pages);
    if (timed.item.objective) entry.purpose = timed.item.objective;
    const slot = slots.get(timed.item.id);
    const outcome = slot && outcomeLabel(index, slot);
    if (outcome) entry.outcome = outcome;
    items.push(entry);
  }
  for (const p of timing.closing) items.push({ number: p.number, title: p.title, attending: [], procedural: true });

  const numbered = new Map(timing.items.map((t) => [t.item.id, { number: t.number, title: t.item.title }]));
  const declarations = publicDeclarations(index, meeting).map(
    (d): FrontSheetDeclaration => ({
      name: d.name,
      items: d.items.map((id) => numbered.get(id) ?? { title: index.items.get(id)?.title ?? id }),
      kind: interestKindLabel(d.kind),
      // Belt and braces: whatever the agenda package returns, a sensitive nature is never printed.
      nature: d.sensitive ? SENSITIVE_NATURE : d.nature.trim().replace(/\.+$/, ""),
      sensitive: d.sensitive,
      action: interestActionLabels[d.action],
    }),
  );

  const membership = index.membershipOn(meeting.date);
  const sheet: FrontSheet = {
    commission: commission.name,
    body,
    council: commission.council,
    title: `${commission.name}, ${date}`,
    isoDate: meeting.date,
    date,
    time: meetingTime(times.start),
    venue: times.venue,
    cancelled,
    statusNotes,
    contact: { ...commission.contact },
    members: membership.councillors.map((m) => {
      const role = memberRoleLabel(m.role);
      return role ? { name: m.name, role } : { name: m.name };
    }),
    coOptees: membership.coOptees.map((c) =>
      c.represents ? { name: c.name, represents: c.represents } : { name: c.name },
    ),
    items,
    withdrawn: programme.items
      .filter((i) => i.status === "withdrawn" && index.agenda(meeting).some((slot) => slot.item === i))
      .map((i) => i.title),
    declarations,
  };
  const livestream = meeting.livestream ?? commission.livestream;
  if (livestream) sheet.livestream = livestream;
  if (commission.webpage) sheet.webpage = commission.webpage;
  if (cancelled) {
    const next = replacement(index, meeting);
    sheet.cancellation = [
      `The meeting of the ${commission.name} due to be held on ${date} at ${sheet.time}, ${times.venue}, has been cancelled.`,
      ...(next
        ? [
            `It will now take place on ${meetingDateWords(next)} at ${meetingTime(meetingTimes(programme, next).start)}.`,
          ]
        : []),
      ...(meeting.notes ? [meeting.notes.trim()] : []),
    ];
  }
  if (timing.items.length > 0 && !cancelled) {
    const finish =
      timing.finish.earliest === timing.finish.latest
        ? `at ${itemTime(timing.finish.latest)}`
        : `between ${itemTime(timing.finish.earliest)} and ${itemTime(timing.finish.latest)}`;
    sheet.timing = `The items are expected to finish ${finish}; the meeting is planned to close at ${itemTime(timing.plannedEnd)}.`;
  }
  return sheet;
}

/** The number of the public-questions heading among the opening headings (0 when it is not there). */
function publicQuestionsNumber(
  procedural: readonly { number: number; title: string }[],
  order: readonly OrderEntry[],
): number {
  const at = order.findIndex((e) => (typeof e === "string" ? e : e.kind) === "public-questions");
  return at >= 0 && at < procedural.length ? (procedural[at]?.number ?? 0) : 0;
}
