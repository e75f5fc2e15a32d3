import { timeAgenda } from "@scrutineer/agenda";
import { dayMonthYear, longDate, meetingTime } from "@scrutineer/dates";
import { calendarFor, meetingDeadlines } from "@scrutineer/deadlines";
import {
  commissionLaw,
  eventKindLabel,
  formatMinutes,
  ITEM_STATUS_LABELS,
  type Item,
  type ItemStatus,
  indexProgramme,
  type Meeting,
  meetingTimes,
  monthOnly,
  type Programme,
  type ProgrammeEvent,
  plural,
} from "@scrutineer/model";
import type { DocumentOptions } from "./options.js";
import {
  attendeeLabel,
  backlogHeading,
  meetingDateWords,
  outcomeLabel,
  preparationLabel,
  statusLegend,
} from "./wording.js";

/**
 * The year's work-programme table as data, shared by the Markdown and HTML renderers.
 * Modelled on the CYP Commission's 2022/23 work programme (seed 001, lines ~5735-5845): per
 * meeting its date ("29 Sept (moved from 8 Sept)"), papers deadline and agenda dispatch, and
 * its items with minutes, officers, preparatory work and status (legend "Bold = confirmed,
 * Red = confirmed but to be scoped", TBC), Cabinet Q&A topics and notice; then "Possible items
 * noted for 2023/24". Deadlines come from `meetingDeadlines`: the programme's date where it
 * states one, else the rule's, and the table says which; a meeting known only by its month has
 * them "to be confirmed". It is a public document: of the events that are not meetings
 * (briefings, site visits) only those marked `public: true` are listed.
 */
export interface WorkProgramme {
  commission: string;
  council: string;
  municipalYear: string;
  title: string;
  /** "Monday 16 January 2023": the day the table was produced. */
  asAt: string;
  legend: { status: ItemStatus; label: string; meaning: string }[];
  /** How stated and computed dates differ, in words. */
  datesKey: string;
  meetings: WorkProgrammeMeeting[];
  /** Public events that are not meetings (site visits, evidence sessions); private ones never appear. */
  events: WorkProgrammeEvent[];
  /** Items in no meeting and not in the backlog: they would otherwise vanish from the table. */
  unscheduled: WorkProgrammeItem[];
  backlogHeading: string;
  backlog: WorkProgrammeItem[];
}

/**
 * A deadline in the work-programme table: in words and as `YYYY-MM-DD`, whether it is stated in the file,
 * computed by rule or to be confirmed, and what the rule gives when a stated date differs.
 */
export interface DeadlineCell {
  /** In words; "to be confirmed" for a meeting with no day yet. */
  date: string;
  /** YYYY-MM-DD; empty when to be confirmed. */
  isoDate: string;
  basis: "stated" | "computed" | "to-be-confirmed";
  /** With the checker's notes only: when a stated date differs from the rule, what the rule gives. */
  rule?: string;
}

/**
 * One meeting of the work-programme table: its number and id, date (`YYYY-MM-DD` and in words), moves,
 * cancellation and provisional date, time and venue when unusual, deadlines, Cabinet Q&A and items.
 */
export interface WorkProgrammeMeeting {
  number: number;
  id: string;
  isoDate: string;
  date: string;
  /** "moved from 8 September 2022". */
  movedFrom?: string;
  cancelled: boolean;
  /** For a cancelled meeting held later on another day: "postponed to 4 November 2022". */
  postponedTo?: string;
  provisional: boolean;
  /** Set when the meeting is not at the commission's usual time or venue. */
  time?: string;
  venue?: string;
  papersDeadline: DeadlineCell;
  dispatch: DeadlineCell;
  /** "130 of 180 minutes", or "125–140 of 180 minutes" with ranges. */
  allotted: string;
  overAllotted: boolean;
  items: WorkProgrammeItem[];
}

/**
 * One item row of the work-programme table: title, objective, minutes (`"45"`, `"30-45"`), directorate,
 * officers, preparatory work, status and its label, and the items taken alongside.
 */
export interface WorkProgrammeItem {
  id: string;
  title: string;
  objective?: string;
  /** "45", "30-45", or "" when none are allotted. */
  minutes: string;
  directorate?: string;
  officers: string[];
  preparation: string[];
  status: ItemStatus;
  statusLabel: string;
  standing: boolean;
  /** Titles of items taken alongside this one. */
  alongside: string[];
  /** What became of it at this meeting (in a meeting's list only): "Deferred to the meeting of 4 November 2022." */
  outcome?: string;
  cabinetQA?: {
    cabinetMember: string;
    topics: string[];
    notified?: string;
    /** Latest date to tell the Cabinet member the topics ("6 weeks in advance"). */
    due?: string;
    late: boolean;
  };
}

/** A public event that is not a meeting, as the table lists it. */
export interface WorkProgrammeEvent {
  id: string;
  title: string;
  /** "Site visit", "Briefing", … */
  kind: string;
  isoDate: string;
  date: string;
  /** "10.00 am", when a start is given. */
  time?: string;
  venue?: string;
  /** Titles of the items it relates to. */
  items: string[];
}

const TO_BE_CONFIRMED: DeadlineCell = { date: "to be confirmed", isoDate: "", basis: "to-be-confirmed" };

/**
 * The year's work programme as data, before it is written as Markdown or HTML: each meeting with its
 * deadlines and items, then the possible items of the backlog. `workProgrammeMarkdown` and
 * `workProgrammeHtml` render it. Layout source: Hackney's 2022/23 work programme (seed 001). Pure: pass
 * `options.today` (`YYYY-MM-DD`).
 */
export function workProgramme(programme: Programme, options: DocumentOptions): WorkProgramme {
  const { commission } = programme;
  const index = indexProgramme(programme);
  const { people } = index;
  const calendar = calendarFor(commission);
  const rules = commission.deadlines;
  const law = commissionLaw(commission);

  const itemRow = (item: Item, cabinetDue?: Map<string, string>): WorkProgrammeItem => {
    // The Cabinet member questioned at a Q&A attends it, as the 2022/23 table lists "Cllr Bramble".
    const attending =
      item.cabinetQA && !item.officers.includes(item.cabinetQA.cabinetMember)
        ? [...item.officers, item.cabinetQA.cabinetMember]
        : item.officers;
    const row: WorkProgrammeItem = {
      id: item.id,
      title: item.title,
      minutes: formatMinutes(item.minutes),
      officers: attending.flatMap((id) => {
        const person = people.get(id);
        return person ? [attendeeLabel(person)] : [];
      }),
      preparation: item.preparation.map(preparationLabel),
      status: item.status,
      statusLabel: ITEM_STATUS_LABELS[item.status],
      standing: item.standing,
      alongside: item.alongside.map((id) => index.items.get(id)?.title ?? id),
    };
    if (item.objective) row.objective = item.objective;
    if (item.directorate) row.directorate = item.directorate;
    if (item.cabinetQA) {
      const qa = item.cabinetQA;
      const member = people.get(qa.cabinetMember);
      const due = cabinetDue?.get(item.id);
      row.cabinetQA = {
        cabinetMember: member ? attendeeLabel(member) : qa.cabinetMember,
        topics: [...qa.topics],
        late: (options.withChecks ?? false) && Boolean(due && qa.notified && qa.notified > due),
      };
      if (qa.notified) row.cabinetQA.notified = longDate(qa.notified);
      if (due) row.cabinetQA.due = longDate(due);
    }
    return row;
  };

  const checks = options.withChecks ?? false;
  const meetings = index.meetingsInOrder.map((meeting: Meeting, i): WorkProgrammeMeeting => {
    const timing = timeAgenda(index, meeting);
    const times = meetingTimes(programme, meeting);
    const { min, max } = timing.usedMinutes;
    const used = min === max ? `${min}` : `${min}–${max}`;
    const row: WorkProgrammeMeeting = {
      number: i + 1,
      id: meeting.id,
      isoDate: meeting.date,
      date: meetingDateWords(meeting),
      cancelled: meeting.status === "cancelled",
      // A month alone already says "(date to be confirmed)".
      provisional: !meeting.dateConfirmed && !monthOnly(meeting),
      papersDeadline: TO_BE_CONFIRMED,
      dispatch: TO_BE_CONFIRMED,
      allotted: `${used} of ${plural(timing.availableMinutes, "minute")}`,
      overAllotted: checks && max > timing.availableMinutes,
      items: [],
    };
    if (meeting.movedFrom) row.movedFrom = `moved from ${dayMonthYear(meeting.movedFrom)}`;
    if (row.cancelled) {
      const next = index.meetingsInOrder.find((m) => m.movedFrom === meeting.date && m.status !== "cancelled");
      if (next) row.postponedTo = `postponed to ${meetingDateWords(next)}`;
    }
    if (times.start !== commission.start) row.time = meetingTime(times.start);
    if (times.venue !== commission.venue) row.venue = times.venue;
    const withOutcome = (slot: ReturnType<typeof index.agenda>[number], item: WorkProgrammeItem) => {
      const outcome = outcomeLabel(index, slot);
      return outcome ? { ...item, outcome } : item;
    };
    if (monthOnly(meeting)) {
      row.items = index.agenda(meeting).map((slot) => withOutcome(slot, itemRow(slot.item)));
      return row;
    }

    const deadlines = meetingDeadlines(index, meeting, { today: options.today, calendar });
    const cabinetDue = new Map(deadlines.cabinetNotices.map((n) => [n.item, n.due]));
    row.items = index.agenda(meeting).map((slot) => withOutcome(slot, itemRow(slot.item, cabinetDue)));

    const papers: DeadlineCell = {
      date: longDate(deadlines.papersDeadline.effective),
      isoDate: deadlines.papersDeadline.effective,
      basis: deadlines.papersDeadline.stated ? "stated" : "computed",
    };
    if (
      checks &&
      deadlines.papersDeadline.stated &&
      deadlines.papersDeadline.stated !== deadlines.papersDeadline.computed
    )
      papers.rule = `${plural(rules.papersWorkingDaysBeforeDispatch, "working day")} before dispatch gives ${longDate(deadlines.papersDeadline.computed)}`;
    const dispatch: DeadlineCell = {
      date: longDate(deadlines.dispatch.effective),
      isoDate: deadlines.dispatch.effective,
      basis: deadlines.dispatch.stated ? "stated" : "computed",
    };
    if (checks && deadlines.dispatch.stated && deadlines.dispatch.stated !== deadlines.dispatch.computed)
      dispatch.rule = `the latest lawful date is ${longDate(deadlines.dispatch.computed)}`;
    row.papersDeadline = papers;
    row.dispatch = dispatch;
    return row;
  });

  const eventRow = (e: ProgrammeEvent): WorkProgrammeEvent => {
    const row: WorkProgrammeEvent = {
      id: e.id,
      title: e.title,
      kind: eventKindLabel(e.kind),
      isoDate: e.date,
      date: longDate(e.date),
      items: e.items.map((id) => index.items.get(id)?.title ?? id),
    };
    if (e.start) row.time = meetingTime(e.start);
    if (e.venue) row.venue = e.venue;
    return row;
  };

  return {
    commission: commission.name,
    council: commission.council,
    municipalYear: commission.municipalYear,
    title: `${commission.name}: work programme ${commission.municipalYear}`,
    asAt: longDate(options.today),
    legend: statusLegend.map((l) => ({ ...l })),
    datesKey: `"Stated" dates are those set in the programme; "computed" dates follow the rules: agenda dispatch at the latest lawful date, ${plural(law.clearDays, "clear working day")} before the meeting (${law.dispatchLaw.full}), and the papers deadline ${plural(rules.papersWorkingDaysBeforeDispatch, "working day")} before dispatch.`,
    meetings,
    // A public document: private events (a briefing unless marked public) never appear.
    events: index.eventsInOrder.filter((e) => e.public).map(eventRow),
    // Withdrawn items too: the published table says what became of every item.
    unscheduled: programme.items
      .filter((it) => !index.meetingOfItem(it.id) && !index.backlog.has(it.id))
      .map((it) => itemRow(it)),
    backlogHeading: backlogHeading(commission.municipalYear),
    backlog: programme.backlog.flatMap((id) => {
      const item = index.items.get(id);
      return item ? [itemRow(item)] : [];
    }),
  };
}
