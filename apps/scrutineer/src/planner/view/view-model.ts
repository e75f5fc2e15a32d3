import { type OverrunLevel, overrunLevel } from "@scrutineer/agenda";
import type { ProgrammeReport } from "@scrutineer/checks";
import { shortDate } from "@scrutineer/dates";
import { type MeetingDeadlines, type MeetingStanding, standingWords } from "@scrutineer/deadlines";
import {
  AGENDA_OUTCOME_LABELS,
  type Finding,
  formatMinutes,
  ITEM_STATUS_LABELS,
  type Item,
  type ItemStatus,
  type Meeting,
  meetingTimes,
  type Programme,
  type ProgrammeIndex,
} from "@scrutineer/model";

import { SEVERITY_MARK } from "../../io/print.js";
import { backlogPane } from "../state/index.js";

/**
 * What each pane shows, read from what the checks computed (`programmeReport`: each meeting's
 * timing, deadlines, standing and findings). The planner decides nothing here: it picks what to
 * show and lays out the packages' words.
 */

export type Tone = "normal" | "dim" | "good" | "warn" | "bad" | "accent";

/** Shown where the checks' results go until they are in. */
export const CHECKING = "checking…";

/** "Mon 16 Jan": the header already says the year. */
const dayOf = (date: string) => shortDate(date, { year: false });

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
  /** Where the meeting stands today, in the deadlines package's words. */
  badge: Badge;
  errors: number;
  warnings: number;
  /** The checks are not in yet: no timing, standing or findings to show (the first frame). */
  checking: boolean;
}

/** The tone of a standing: dim once held or cancelled, accent on the day, else by its risk. */
export function standingTone(standing: MeetingStanding): Tone {
  if (standing.phase === "cancelled" || standing.phase === "held") return "dim";
  if (standing.risk === "missed") return "bad";
  if (standing.risk === "at-risk") return "warn";
  return standing.phase === "today" ? "accent" : "normal";
}

/** A meeting's standing as a badge: the words `scrutineer deadlines` prints, and their compact form. */
export function standingBadge(standing: MeetingStanding): Badge {
  return {
    text: standingWords(standing),
    short: standingWords(standing, { compact: true }),
    tone: standingTone(standing),
  };
}

const OVERRUN_TONE: Record<OverrunLevel, Tone> = { overruns: "bad", "may-overrun": "warn", fits: "good" };

/** What the year pane shows of a meeting before the checks are in: its date and mark. */
const CHECKING_BADGE: Badge = { text: "", short: "", tone: "dim" };

/** The year pane's rows; without the checks' report yet (the first frame), dates and marks only, `checking`. */
export function yearRows(index: ProgrammeIndex, report: ProgrammeReport | undefined): YearRow[] {
  return index.meetingsInOrder.map((meeting) => {
    const label = dayOf(meeting.date);
    const mark = meeting.status === "cancelled" ? "✕" : meeting.status === "moved" ? "↷" : " ";
    const checked = report?.meetings.get(meeting.id);
    if (!checked) {
      const nothing = { min: 0, max: 0 };
      return {
        meeting,
        label,
        mark,
        used: nothing,
        available: 0,
        fit: "dim",
        badge: CHECKING_BADGE,
        errors: 0,
        warnings: 0,
        checking: true,
      };
    }
    const { timing, standing, findings: here } = checked;
    return {
      meeting,
      label,
      mark,
      used: timing.usedMinutes,
      available: timing.availableMinutes,
      fit: meeting.status === "cancelled" ? "dim" : OVERRUN_TONE[overrunLevel(timing)],
      badge: standingBadge(standing),
      errors: here.filter((f) => f.severity === "error").length,
      warnings: here.filter((f) => f.severity === "warning").length,
      checking: false,
    };
  });
}

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

/**
 * The standing in the deadlines package's words, then the deadlines' dates and any Cabinet Q&A
 * notice (none for a meeting whose day is to be confirmed).
 */
function deadlineLine(d: MeetingDeadlines | undefined, standing: MeetingStanding): { text: string; tone: Tone } {
  if (!d) return { text: standingWords(standing), tone: standingTone(standing) };
  const part = (name: string, x: MeetingDeadlines["dispatch"]) =>
    `${name} ${dayOf(x.effective)}${x.stated ? " (stated)" : ""}`;
  const parts = [standingWords(standing), part("papers", d.papersDeadline), part("dispatch", d.dispatch)];
  for (const n of d.cabinetNotices)
    parts.push(`Cabinet notice by ${dayOf(n.due)}${n.notified ? ` · told ${dayOf(n.notified)}` : ""}`);
  return { text: parts.join(" · "), tone: standingTone(standing) };
}

/** The selected meeting: its timed agenda with start times, minutes, status and officers. */
export function meetingView(index: ProgrammeIndex, report: ProgrammeReport | undefined, meeting: Meeting): MeetingView {
  const checked = report?.meetings.get(meeting.id);
  const { people } = index;
  const { start, plannedEnd, venue } = meetingTimes(index.programme, meeting);
  const here = checked?.findings ?? [];
  const timed = new Map(checked?.timing.items.map((t) => [t.item.id, t]));
  const rows = index.agenda(meeting).map((slot): AgendaRow => {
    const t = timed.get(slot.item.id);
    const row: AgendaRow = {
      item: slot.item,
      start: t ? range(t.start) : "",
      number: t ? String(t.number) : "",
      minutes: slot.item.minutes === undefined ? "—" : formatMinutes(slot.item.minutes),
      // Once the meeting has recorded what became of the item, that is its status here.
      status: slot.outcome ? AGENDA_OUTCOME_LABELS[slot.outcome] : ITEM_STATUS_LABELS[slot.item.status],
      statusTone: slot.outcome ? (slot.outcome === "deferred" ? "warn" : "accent") : statusTone(slot.item.status),
      officers: slot.item.officers.map((o) => people.get(o)?.name ?? o).join(", "),
      flag: worst(here.filter((f) => f.item === slot.item.id)),
      alongside: slot.item.alongside.length > 0,
    };
    if (slot.statedStart) row.stated = slot.statedStart;
    return row;
  });
  const moved = meeting.movedFrom ? ` · moved from ${dayOf(meeting.movedFrom)}` : "";
  const state = meeting.status === "cancelled" ? " · CANCELLED" : moved;
  const title = `${shortDate(meeting.date)} ${start}–${plannedEnd} · ${venue}${state}`;
  const opening = `${start}  1 Apologies · 2 Declarations · 3 Urgent items`;
  // Before the checks are in (the first frame): the agenda as written, its times and deadlines to come.
  if (!checked)
    return {
      meeting,
      title,
      deadlines: CHECKING,
      deadlineTone: "dim",
      opening,
      rows,
      closing: CHECKING,
      closingTone: "dim",
    };
  const { timing, deadlines, standing } = checked;
  const line = deadlineLine(deadlines, standing);
  const slack = timing.slackMinutes;
  const ends = range(timing.finish);
  const level = overrunLevel(timing);
  const closing =
    level === "overruns"
      ? `ends ${ends} · overruns ${plannedEnd} by ${-slack.max} min`
      : level === "may-overrun"
        ? `ends ${ends} · may overrun ${plannedEnd} by ${-slack.min} min`
        : `ends ${ends} · ${slack.min === slack.max ? slack.min : `${slack.min}–${slack.max}`} min to spare before ${plannedEnd}`;
  const closingTone = OVERRUN_TONE[level];
  return {
    meeting,
    title,
    deadlines: line.text,
    deadlineTone: line.tone,
    opening,
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

/** The backlog, then any item on no agenda and not in the backlog (withdrawn ones aside): `backlogPane`. */
export function backlogRows(index: ProgrammeIndex): BacklogRow[] {
  const row = (id: string, unplaced: boolean): BacklogRow => {
    const item = index.items.get(id)!;
    return {
      item,
      minutes: item.minutes === undefined ? "—" : formatMinutes(item.minutes),
      status: ITEM_STATUS_LABELS[item.status],
      statusTone: statusTone(item.status),
      unplaced,
    };
  };
  const { listed, unplaced } = backlogPane(index);
  return [...listed.map((id) => row(id, false)), ...unplaced.map((id) => row(id, true))];
}

/** A finding as one line: "✖ 27 Feb: …". */
export function findingText(f: Finding, programme: Programme): string {
  const where = f.meeting ? `${shortDate(f.meeting, { weekday: false, year: false })}: ` : "";
  const title = f.item && !f.meeting ? `${programme.items.find((i) => i.id === f.item)?.title ?? f.item}: ` : "";
  return `${SEVERITY_MARK[f.severity]} ${where}${title}${f.message}`;
}
