import { timeAgenda } from "@scrutineer/agenda";
import { calendarFor, meetingDeadlines } from "@scrutineer/deadlines";
import {
  agendaItemId,
  formatMinutes,
  type Item,
  type ItemStatus,
  type Meeting,
  meetingsInOrder,
  meetingTimes,
  type Programme,
  peopleById,
} from "@scrutineer/model";
import { dayMonthYear, longDate, meetingTime } from "./council-dates.js";
import { backlogHeading } from "./municipal-year.js";
import type { DocumentOptions } from "./options.js";
import { attendeeLabel, preparationLabel, statusLabels, statusLegend } from "./wording.js";

/**
 * The year's work-programme table as data, shared by the Markdown and HTML renderers.
 * Modelled on the CYP Commission's 2022/23 work programme (seed 001, lines ~5735-5845): per
 * meeting its date ("29 Sept (moved from 8 Sept)"), papers deadline and agenda dispatch, and
 * its items with minutes, officers, preparatory work and status (legend "Bold = confirmed,
 * Red = confirmed but to be scoped", TBC), Cabinet Q&A topics and notice; then "Possible items
 * noted for 2023/24". Deadlines come from `meetingDeadlines`: the programme's date where it
 * states one, else the rule's, and the table says which.
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
  /** Items in no meeting and not in the backlog: they would otherwise vanish from the table. */
  unscheduled: WorkProgrammeItem[];
  backlogHeading: string;
  backlog: WorkProgrammeItem[];
}

export interface DeadlineCell {
  date: string;
  isoDate: string;
  basis: "stated" | "computed";
  /** When a stated date differs from the rule: what the rule gives, in words. */
  rule?: string;
}

export interface WorkProgrammeMeeting {
  number: number;
  id: string;
  isoDate: string;
  date: string;
  /** "moved from 8 September 2022". */
  movedFrom?: string;
  cancelled: boolean;
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
  cabinetQA?: {
    cabinetMember: string;
    topics: string[];
    notified?: string;
    /** Latest date to tell the Cabinet member the topics ("6 weeks in advance"). */
    due?: string;
    late: boolean;
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function workProgramme(programme: Programme, options: DocumentOptions): WorkProgramme {
  const { commission } = programme;
  const people = peopleById(programme);
  const titles = new Map(programme.items.map((i) => [i.id, i.title]));
  const calendar = calendarFor(commission);
  const rules = commission.deadlines;

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
      statusLabel: statusLabels[item.status],
      standing: item.standing,
      alongside: item.alongside.map((id) => titles.get(id) ?? id),
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
        late: Boolean(due && qa.notified && qa.notified > due),
      };
      if (qa.notified) row.cabinetQA.notified = longDate(qa.notified);
      if (due) row.cabinetQA.due = longDate(due);
    }
    return row;
  };

  const meetings = meetingsInOrder(programme).map((meeting: Meeting, i): WorkProgrammeMeeting => {
    const deadlines = meetingDeadlines(programme, meeting, { today: options.today, calendar });
    const timing = timeAgenda(programme, meeting);
    const times = meetingTimes(programme, meeting);
    const cabinetDue = new Map(deadlines.cabinetNotices.map((n) => [n.item, n.due]));
    const byId = new Map(programme.items.map((it) => [it.id, it]));
    const items = meeting.agenda.flatMap((entry) => {
      const item = byId.get(agendaItemId(entry));
      return item ? [itemRow(item, cabinetDue)] : [];
    });

    const papers: DeadlineCell = {
      date: longDate(deadlines.papersDeadline.effective),
      isoDate: deadlines.papersDeadline.effective,
      basis: deadlines.papersDeadline.stated ? "stated" : "computed",
    };
    if (deadlines.papersDeadline.stated && deadlines.papersDeadline.stated !== deadlines.papersDeadline.computed)
      papers.rule = `${plural(rules.papersWorkingDaysBeforeDispatch, "working day")} before dispatch gives ${longDate(deadlines.papersDeadline.computed)}`;
    const dispatch: DeadlineCell = {
      date: longDate(deadlines.dispatch.effective),
      isoDate: deadlines.dispatch.effective,
      basis: deadlines.dispatch.stated ? "stated" : "computed",
    };
    if (deadlines.dispatch.stated && deadlines.dispatch.stated !== deadlines.dispatch.computed)
      dispatch.rule = `the latest lawful date is ${longDate(deadlines.dispatch.computed)}`;

    const { min, max } = timing.usedMinutes;
    const used = min === max ? `${min}` : `${min}–${max}`;
    const row: WorkProgrammeMeeting = {
      number: i + 1,
      id: meeting.id,
      isoDate: meeting.date,
      date: longDate(meeting.date),
      cancelled: meeting.status === "cancelled",
      provisional: !meeting.dateConfirmed,
      papersDeadline: papers,
      dispatch,
      allotted: `${used} of ${timing.availableMinutes} minutes`,
      overAllotted: max > timing.availableMinutes,
      items,
    };
    if (meeting.movedFrom) row.movedFrom = `moved from ${dayMonthYear(meeting.movedFrom)}`;
    if (times.start !== commission.start) row.time = meetingTime(times.start);
    if (times.venue !== commission.venue) row.venue = times.venue;
    return row;
  });

  const placed = new Set(programme.meetings.flatMap((m) => m.agenda.map(agendaItemId)));
  const inBacklog = new Set(programme.backlog);
  const byId = new Map(programme.items.map((it) => [it.id, it]));
  return {
    commission: commission.name,
    council: commission.council,
    municipalYear: commission.municipalYear,
    title: `${commission.name}: work programme ${commission.municipalYear}`,
    asAt: longDate(options.today),
    legend: statusLegend.map((l) => ({ ...l })),
    datesKey: `"Stated" dates are those set in the programme; "computed" dates follow the rules: agenda dispatch at the latest lawful date, ${plural(rules.clearDays, "clear working day")} before the meeting (Local Government Act 1972 s100B), and the papers deadline ${plural(rules.papersWorkingDaysBeforeDispatch, "working day")} before dispatch.`,
    meetings,
    unscheduled: programme.items.filter((it) => !placed.has(it.id) && !inBacklog.has(it.id)).map((it) => itemRow(it)),
    backlogHeading: backlogHeading(commission.municipalYear),
    backlog: programme.backlog.flatMap((id) => {
      const item = byId.get(id);
      return item ? [itemRow(item)] : [];
    }),
  };
}
