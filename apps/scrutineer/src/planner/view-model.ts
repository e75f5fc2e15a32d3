import { type AgendaTiming, timeAgenda } from "@scrutineer/agenda";
import { calendarFor, formatDate, type MeetingDeadlines, meetingDeadlines } from "@scrutineer/deadlines";
import {
  agendaOf,
  type Finding,
  formatMinutes,
  type Item,
  type ItemStatus,
  type Meeting,
  meetingOfItem,
  meetingsInOrder,
  meetingTimes,
  type Programme,
  peopleById,
} from "@scrutineer/model";

import { SEVERITY_MARK } from "../io/print.js";

/**
 * What each pane shows, read from the packages: timing from `timeAgenda`, deadlines from
 * `meetingDeadlines`, findings from `checkProgramme`. The planner decides nothing here; it
 * only picks what to show and how to word it.
 */

export type Tone = "normal" | "dim" | "good" | "warn" | "bad" | "accent";

/** "Mon 16 Jan" (the year is in the header). */
export function shortDate(date: string): string {
  return formatDate(date).slice(0, -5);
}

/** "16 Jan" for findings and badges. */
export function dayMonth(date: string): string {
  return formatDate(date).slice(4, -5);
}

export interface Badge {
  text: string;
  short: string;
  tone: Tone;
}

export interface YearRow {
  meeting: Meeting;
  label: string;
  mark: string;
  used: { min: number; max: number };
  available: number;
  /** "bad" when even the shortest reading overruns, "warn" when ranges may. */
  fit: Tone;
  badges: Badge[];
  errors: number;
  warnings: number;
}

function workingDays(n: number): string {
  return n === 0 ? "today" : n > 0 ? `${n}wd` : `${-n}wd late`;
}

function deadlineBadge(name: string, short: string, status: MeetingDeadlines["dispatch"]["status"]): Badge {
  const when = workingDays(status.workingDaysLeft);
  return {
    text: `${name} ${when}`,
    short: `${short} ${when.replace(" late", "!")}`,
    tone: status.overdue ? "bad" : status.workingDaysLeft <= 3 ? "warn" : "normal",
  };
}

/** Badges for a meeting against today: papers deadline and dispatch while they are ahead, else held or cancelled. */
export function meetingBadges(meeting: Meeting, deadlines: MeetingDeadlines, today: string): Badge[] {
  if (meeting.status === "cancelled") return [{ text: "cancelled", short: "cancelled", tone: "dim" }];
  if (meeting.date < today) return [{ text: "held", short: "held", tone: "dim" }];
  if (meeting.date === today) return [{ text: "today", short: "today", tone: "accent" }];
  return [
    deadlineBadge("papers", "P", deadlines.papersDeadline.status),
    deadlineBadge("dispatch", "D", deadlines.dispatch.status),
  ];
}

export interface Derived {
  meetings: Meeting[];
  timings: Map<string, AgendaTiming>;
  deadlines: Map<string, MeetingDeadlines>;
}

/** Timing and deadlines of every meeting, computed once per programme version. */
export function derive(programme: Programme, today: string): Derived {
  const meetings = meetingsInOrder(programme);
  const calendar = calendarFor(programme.commission);
  const timings = new Map<string, AgendaTiming>();
  const deadlines = new Map<string, MeetingDeadlines>();
  for (const m of meetings) {
    timings.set(m.id, timeAgenda(programme, m));
    deadlines.set(m.id, meetingDeadlines(programme, m, { today, calendar }));
  }
  return { meetings, timings, deadlines };
}

export function yearRows(derived: Derived, findings: readonly Finding[], today: string): YearRow[] {
  return derived.meetings.map((meeting) => {
    const timing = derived.timings.get(meeting.id)!;
    const here = findings.filter((f) => f.meeting === meeting.date);
    const fit: Tone =
      meeting.status === "cancelled"
        ? "dim"
        : timing.slackMinutes.max < 0
          ? "bad"
          : timing.slackMinutes.min < 0
            ? "warn"
            : "good";
    return {
      meeting,
      label: shortDate(meeting.date),
      mark: meeting.status === "cancelled" ? "✕" : meeting.status === "moved" ? "↷" : " ",
      used: timing.usedMinutes,
      available: timing.availableMinutes,
      fit,
      badges: meetingBadges(meeting, derived.deadlines.get(meeting.id)!, today),
      errors: here.filter((f) => f.severity === "error").length,
      warnings: here.filter((f) => f.severity === "warning").length,
    };
  });
}

export const STATUS_LABEL: Record<ItemStatus, string> = {
  confirmed: "confirmed",
  "to-be-scoped": "to be scoped",
  tbc: "TBC",
  withdrawn: "withdrawn",
};

export function statusTone(status: ItemStatus): Tone {
  return status === "confirmed" ? "good" : status === "withdrawn" ? "dim" : "warn";
}

export interface AgendaRow {
  item: Item;
  /** "19:05", "19:05–19:20" for a range, "" when withdrawn. */
  start: string;
  number: string;
  minutes: string;
  status: string;
  statusTone: Tone;
  officers: string;
  /** Worst finding on this item at this meeting. */
  flag: "error" | "warning" | "info" | undefined;
  alongside: boolean;
  stated?: string;
}

export interface MeetingView {
  meeting: Meeting;
  title: string;
  deadlines: string;
  deadlineTone: Tone;
  opening: string;
  rows: AgendaRow[];
  closing: string;
  closingTone: Tone;
}

function range(r: { earliest: string; latest: string }): string {
  return r.earliest === r.latest ? r.earliest : `${r.earliest}–${r.latest}`;
}

function worst(findings: readonly Finding[]): AgendaRow["flag"] {
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return findings.length > 0 ? "info" : undefined;
}

function deadlineLine(meeting: Meeting, d: MeetingDeadlines, today: string): { text: string; tone: Tone } {
  const part = (name: string, x: MeetingDeadlines["dispatch"]) => {
    const when = x.status.overdue
      ? `${-x.status.workingDaysLeft} wd ago`
      : x.status.daysLeft === 0
        ? "today"
        : `in ${x.status.workingDaysLeft} wd`;
    return `${name} ${shortDate(x.effective)}${x.stated ? " (stated)" : ""} ${when}`;
  };
  const parts = [part("papers", d.papersDeadline), part("dispatch", d.dispatch)];
  for (const n of d.cabinetNotices)
    parts.push(`Cabinet notice by ${shortDate(n.due)}${n.notified ? ` · told ${shortDate(n.notified)}` : ""}`);
  const upcoming = meeting.date >= today && meeting.status !== "cancelled";
  const tone: Tone = !upcoming
    ? "dim"
    : d.papersDeadline.status.overdue || d.dispatch.status.overdue
      ? "bad"
      : d.papersDeadline.status.workingDaysLeft <= 3
        ? "warn"
        : "normal";
  return { text: parts.join(" · "), tone };
}

/** The selected meeting: its timed agenda with start times, minutes, status and officers. */
export function meetingView(
  programme: Programme,
  derived: Derived,
  meeting: Meeting,
  findings: readonly Finding[],
  today: string,
): MeetingView {
  const timing = derived.timings.get(meeting.id)!;
  const deadlines = derived.deadlines.get(meeting.id)!;
  const people = peopleById(programme);
  const { start, plannedEnd, venue } = meetingTimes(programme, meeting);
  const timed = new Map(timing.items.map((t) => [t.item.id, t]));
  const here = findings.filter((f) => f.meeting === meeting.date);
  const rows = agendaOf(programme, meeting).map((slot): AgendaRow => {
    const t = timed.get(slot.item.id);
    const row: AgendaRow = {
      item: slot.item,
      start: t ? range(t.start) : "",
      number: t ? String(t.number) : "",
      minutes: slot.item.minutes === undefined ? "—" : formatMinutes(slot.item.minutes),
      status: STATUS_LABEL[slot.item.status],
      statusTone: statusTone(slot.item.status),
      officers: slot.item.officers.map((o) => people.get(o)?.name ?? o).join(", "),
      flag: worst(here.filter((f) => f.item === slot.item.id)),
      alongside: slot.item.alongside.length > 0,
    };
    if (slot.statedStart) row.stated = slot.statedStart;
    return row;
  });
  const moved = meeting.movedFrom ? ` · moved from ${shortDate(meeting.movedFrom)}` : "";
  const state = meeting.status === "cancelled" ? " · CANCELLED" : moved;
  const line = deadlineLine(meeting, deadlines, today);
  const slack = timing.slackMinutes;
  const ends = range(timing.finish);
  let closing: string;
  let closingTone: Tone;
  if (slack.max < 0) {
    closing = `ends ${ends} · overruns ${plannedEnd} by ${-slack.max} min`;
    closingTone = "bad";
  } else if (slack.min < 0) {
    closing = `ends ${ends} · may overrun ${plannedEnd} by ${-slack.min} min`;
    closingTone = "warn";
  } else {
    closing = `ends ${ends} · ${slack.min === slack.max ? slack.min : `${slack.min}–${slack.max}`} min to spare before ${plannedEnd}`;
    closingTone = "good";
  }
  return {
    meeting,
    title: `${formatDate(meeting.date)} ${start}–${plannedEnd} · ${venue}${state}`,
    deadlines: line.text,
    deadlineTone: line.tone,
    opening: `${start}  1 Apologies · 2 Declarations · 3 Urgent items`,
    rows,
    closing,
    closingTone: meeting.status === "cancelled" ? "dim" : closingTone,
  };
}

export interface BacklogRow {
  item: Item;
  minutes: string;
  status: string;
  statusTone: Tone;
  /** On no agenda and not in the backlog: listed here so it can be placed. */
  unplaced: boolean;
}

/** The backlog, then any item on no agenda and not in the backlog (withdrawn ones aside). */
export function backlogRows(programme: Programme): BacklogRow[] {
  const byId = new Map(programme.items.map((i) => [i.id, i]));
  const row = (item: Item, unplaced: boolean): BacklogRow => ({
    item,
    minutes: item.minutes === undefined ? "—" : formatMinutes(item.minutes),
    status: STATUS_LABEL[item.status],
    statusTone: statusTone(item.status),
    unplaced,
  });
  const listed = programme.backlog.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  const inBacklog = new Set(programme.backlog);
  const loose = programme.items.filter(
    (i) => !inBacklog.has(i.id) && i.status !== "withdrawn" && !meetingOfItem(programme, i.id),
  );
  return [...listed.map((i) => row(i, false)), ...loose.map((i) => row(i, true))];
}

/** A finding as one line: "✖ 27 Feb: …". */
export function findingText(f: Finding, programme: Programme): string {
  const where = f.meeting ? `${dayMonth(f.meeting)}: ` : "";
  const title = f.item && !f.meeting ? `${programme.items.find((i) => i.id === f.item)?.title ?? f.item}: ` : "";
  return `${SEVERITY_MARK[f.severity]} ${where}${title}${f.message}`;
}
