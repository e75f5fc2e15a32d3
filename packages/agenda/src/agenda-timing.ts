import {
  type Finding,
  type Item,
  type Meeting,
  type Minutes,
  meetingTimes,
  minutesRange,
  type Programme,
} from "@scrutineer/model";
import { numberedAgenda } from "./numbering.js";
import { frontSheetTime, minutesOfDay, plural, wallTime } from "./wall-time.js";

/**
 * Timing a meeting's agenda.
 *
 * Source: the front sheet of the CYP Scrutiny Commission, 16 Jan 2023 (seed 001, lines 1-50):
 * the meeting opens at 7.00 pm with 1 Apologies for Absence, 2 Declarations of Interest and
 * 3 Urgent Items / Order of Business, and the first timed item starts at 19.05; every later
 * item's printed start follows from the minutes the work programme allots. Hackney's standing
 * orders close a meeting at 22.00 unless it agrees to go on: the default planned end.
 * Real front sheets do not always add up (item 6 of 16 Jan 2023 is allotted 45 minutes and
 * given 50), and withdrawn items must never count towards the total.
 */

/** "HH:MM" times: the earliest and latest an item can start or end, given minute ranges. Clamped at 23:59. */
export interface TimeRange {
  earliest: string;
  latest: string;
}

export interface TimedItem {
  /** The number on the front sheet: timed items are numbered from 4. */
  number: number;
  item: Item;
  /** The item's allotted minutes, as written (a figure or a range); absent when none are allotted. */
  minutes?: Minutes;
  start: TimeRange;
  end: TimeRange;
  /** The start printed on the front sheet, "HH:MM". */
  statedStart?: string;
  pages?: string;
}

export interface AgendaTiming {
  meeting: string;
  meetingId: string;
  start: string;
  plannedEnd: string;
  /** 1 Apologies for Absence, 2 Declarations of Interest, 3 Urgent Items / Order of Business. */
  procedural: { number: number; title: string }[];
  /** Numbered from 4; withdrawn items excluded. */
  items: TimedItem[];
  finish: TimeRange;
  /** Procedural minutes plus every item's minutes (an item with none counts as 0). */
  usedMinutes: { min: number; max: number };
  /** Planned end minus start. */
  availableMinutes: number;
  /** availableMinutes - usedMinutes: `min` is the slack if every range runs long, `max` if every range runs short. */
  slackMinutes: { min: number; max: number };
  findings: Finding[];
}

export interface TimingOptions {
  /** Warn when the worst-case slack is below this many minutes (default 10). */
  slackWarningMinutes?: number;
}

/** The three procedural items every front sheet opens with. */
export const PROCEDURAL_ITEMS: readonly { number: number; title: string }[] = [
  { number: 1, title: "Apologies for Absence" },
  { number: 2, title: "Declarations of Interest" },
  { number: 3, title: "Urgent Items / Order of Business" },
];

export const DEFAULT_SLACK_WARNING_MINUTES = 10;

/** Time a meeting's agenda: every item's earliest and latest start and end, the finish, the slack, and findings. */
export function timeAgenda(programme: Programme, meeting: Meeting, options: TimingOptions = {}): AgendaTiming {
  const { start, plannedEnd } = meetingTimes(programme, meeting);
  const startMin = minutesOfDay(start);
  const endMin = minutesOfDay(plannedEnd);
  const procedural = programme.commission.proceduralMinutes;

  const slots = numberedAgenda(programme, meeting);
  let earliest = startMin + procedural;
  let latest = startMin + procedural;
  const raw: {
    slot: (typeof slots)[number];
    range?: { min: number; max: number };
    s: [number, number];
    e: [number, number];
  }[] = [];
  for (const slot of slots) {
    const range = slot.item.minutes === undefined ? undefined : minutesRange(slot.item.minutes);
    const s: [number, number] = [earliest, latest];
    earliest += range?.min ?? 0;
    latest += range?.max ?? 0;
    raw.push({ slot, ...(range ? { range } : {}), s, e: [earliest, latest] });
  }

  const items: TimedItem[] = raw.map(({ slot, s, e }) => {
    const timed: TimedItem = {
      number: slot.number,
      item: slot.item,
      start: { earliest: wallTime(s[0]), latest: wallTime(s[1]) },
      end: { earliest: wallTime(e[0]), latest: wallTime(e[1]) },
    };
    if (slot.item.minutes !== undefined) timed.minutes = slot.item.minutes;
    if (slot.statedStart) timed.statedStart = slot.statedStart;
    if (slot.pages) timed.pages = slot.pages;
    return timed;
  });

  const usedMinutes = { min: earliest - startMin, max: latest - startMin };
  const availableMinutes = endMin - startMin;
  const timing: AgendaTiming = {
    meeting: meeting.date,
    meetingId: meeting.id,
    start,
    plannedEnd,
    procedural: PROCEDURAL_ITEMS.map((p) => ({ ...p })),
    items,
    finish: { earliest: wallTime(earliest), latest: wallTime(latest) },
    usedMinutes,
    availableMinutes,
    slackMinutes: { min: availableMinutes - usedMinutes.max, max: availableMinutes - usedMinutes.min },
    findings: [],
  };
  // A cancelled meeting has nothing to time: its agenda is kept for the record only.
  if (meeting.status !== "cancelled")
    timing.findings = timingFindings(
      timing,
      raw.map(({ range, s, e }) => ({ range, s, e })),
      endMin,
      options,
    );
  return timing;
}

interface RawTimes {
  range: { min: number; max: number } | undefined;
  s: [number, number];
  e: [number, number];
}

function timingFindings(t: AgendaTiming, raw: RawTimes[], endMin: number, options: TimingOptions): Finding[] {
  const findings: Finding[] = [];
  const meeting = t.meeting;
  const add = (f: Omit<Finding, "meeting">) => findings.push({ ...f, meeting });
  const window = `${frontSheetTime(t.start)} to ${frontSheetTime(t.plannedEnd)}`;

  // Overrun: an error when even the shortest reading overruns, a warning when only ranges' upper ends do.
  if (t.usedMinutes.min > t.availableMinutes) {
    const i = raw.findIndex((r) => r.e[0] > endMin);
    const over = t.usedMinutes.min - t.availableMinutes;
    add({
      severity: "error",
      code: "agenda-overrun",
      message: `The agenda needs ${plural(t.usedMinutes.min, "minute")} but the meeting has ${t.availableMinutes} (${window}): it overruns the planned end by ${plural(over, "minute")}${i >= 0 ? `, from item ${t.items[i]!.number} "${t.items[i]!.item.title}"` : ""}. Questions not reached are answered in writing unless the meeting agrees to go on.`,
      ...(i >= 0 ? { item: t.items[i]!.item.id } : {}),
    });
  } else if (t.usedMinutes.max > t.availableMinutes) {
    const i = raw.findIndex((r) => r.e[1] > endMin);
    const over = t.usedMinutes.max - t.availableMinutes;
    add({
      severity: "warning",
      code: "agenda-may-overrun",
      message: `If every item takes the upper end of its range the agenda needs ${plural(t.usedMinutes.max, "minute")} but the meeting has ${t.availableMinutes} (${window}): ${plural(over, "minute")} past the planned end${i >= 0 ? `, from item ${t.items[i]!.number} "${t.items[i]!.item.title}"` : ""}.`,
      ...(i >= 0 ? { item: t.items[i]!.item.id } : {}),
    });
  } else {
    const threshold = options.slackWarningMinutes ?? DEFAULT_SLACK_WARNING_MINUTES;
    if (t.slackMinutes.min < threshold)
      add({
        severity: "warning",
        code: "agenda-little-slack",
        message: `Only ${plural(t.slackMinutes.min, "minute")} to spare before the planned end ${frontSheetTime(t.plannedEnd)} (the agenda finishes at ${frontSheetTime(t.finish.latest)} at the latest): questions and discussion that run long will push items out.`,
      });
  }

  // Per item, in agenda order: minutes, stated start against the computed one, and the time its stated starts give it.
  let previousDrift = 0;
  t.items.forEach((ti, i) => {
    const r = raw[i]!;
    const item = ti.item.id;
    const title = `Item ${ti.number} "${ti.item.title}"`;
    const severity = ti.item.procedural ? ("info" as const) : ("warning" as const);
    const procedural = ti.item.procedural ? " (a procedural item)" : "";
    if (r.range === undefined)
      add({
        severity,
        code: "item-no-minutes",
        message: `${title} has no minutes allotted: the timing counts it as 0${procedural}.`,
        item,
      });
    else if (r.range.max === 0)
      add({ severity, code: "item-zero-minutes", message: `${title} is allotted 0 minutes${procedural}.`, item });

    const before = t.items[i - 1];
    if (ti.statedStart !== undefined && before?.statedStart !== undefined && ti.statedStart < before.statedStart)
      add({
        severity: "warning",
        code: "stated-starts-out-of-order",
        message: `${title} is stated to start at ${frontSheetTime(ti.statedStart)}, before item ${before.number} "${before.item.title}" at ${frontSheetTime(before.statedStart)}, which comes first on the agenda.`,
        item,
      });

    // Drift: how far the stated start lies outside the computed earliest-latest window (signed).
    let drift = 0;
    if (ti.statedStart !== undefined) {
      const stated = minutesOfDay(ti.statedStart);
      drift = stated < r.s[0] ? stated - r.s[0] : stated > r.s[1] ? stated - r.s[1] : 0;
      if (drift !== 0) {
        const computed =
          r.s[0] === r.s[1]
            ? `at ${frontSheetTime(wallTime(r.s[0]))}`
            : `between ${frontSheetTime(wallTime(r.s[0]))} and ${frontSheetTime(wallTime(r.s[1]))}`;
        const carried =
          drift === previousDrift && before
            ? `; the same difference as item ${before.number}, carried down the agenda`
            : "";
        add({
          severity: "warning",
          code: "stated-start-differs",
          message: `${title} is stated to start at ${frontSheetTime(ti.statedStart)} but the allotted minutes put it ${computed} (${plural(Math.abs(drift), "minute")} ${drift < 0 ? "earlier" : "later"}${carried}).`,
          item,
        });
      }
    }
    previousDrift = drift;

    // The time between this item's stated start and the next one's is the time the front sheet gives it.
    const next = t.items[i + 1];
    if (ti.statedStart !== undefined && next?.statedStart !== undefined && r.range !== undefined) {
      const given = minutesOfDay(next.statedStart) - minutesOfDay(ti.statedStart);
      if (given >= 0 && (given > r.range.max || given < r.range.min)) {
        const allotted = r.range.min === r.range.max ? `${r.range.min}` : `${r.range.min}-${r.range.max}`;
        add({
          severity: "warning",
          code: given > r.range.max ? "item-given-more-time" : "item-given-less-time",
          message: `${title} is allotted ${allotted} minutes but the stated starts give it ${given} (${frontSheetTime(ti.statedStart)} → ${frontSheetTime(next.statedStart)}).`,
          item,
        });
      }
    }
  });
  return findings;
}
