import type { Finding, Item, Minutes, PlannedEndSource } from "@scrutineer/model";

/**
 * The shapes of a timed agenda (`timeAgenda`) and what each timing rule reads: the timing
 * itself, and the minutes of the day behind its times, before they are clamped at 23:59 for
 * printing, so that a rule measures an overrun past midnight by its true length.
 */

/** "HH:MM" times: the earliest and latest an item can start or end, given minute ranges. Clamped at 23:59. */
export interface TimeRange {
  earliest: string;
  latest: string;
}

/**
 * One timed agenda item: its number on the front sheet, the item, its allotted minutes, its start and end
 * as `TimeRange`s (`"HH:MM"` Europe/London wall clock, earliest and latest when minutes are ranges), and
 * the start and pages the programme states.
 */
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

/**
 * `timeAgenda`'s answer: the meeting (date `YYYY-MM-DD` and id), its start and planned end (`"HH:MM"`),
 * the procedural and closing headings, every timed item, the finish, minutes used and available and the
 * slack (all in minutes), and the timing findings. Source: the front sheet of 16 Jan 2023 (seed 001).
 */
export interface AgendaTiming {
  meeting: string;
  meetingId: string;
  start: string;
  plannedEnd: string;
  /** Where the planned end comes from: the meeting, the commission's end or usual length, or assumed (3 hours). */
  endFrom: PlannedEndSource;
  /** The opening headings of the order of business (Hackney: 1 Apologies for Absence, 2 Declarations of Interest, 3 Urgent Items / Order of Business). */
  procedural: { number: number; title: string }[];
  /** Numbered after the opening headings (from 4 in Hackney's order); withdrawn items excluded. */
  items: TimedItem[];
  /** The headings after the items, numbered after the last (Hackney: Any Other Business). */
  closing: { number: number; title: string }[];
  finish: TimeRange;
  /** Procedural minutes plus every item's minutes (an item with none counts as 0). */
  usedMinutes: { min: number; max: number };
  /** Planned end minus start (the meeting's planned length). */
  availableMinutes: number;
  /** availableMinutes - usedMinutes: `min` is the slack if every range runs long, `max` if every range runs short. */
  slackMinutes: { min: number; max: number };
  findings: Finding[];
}

/** Options of `timeAgenda` and the checks that time an agenda. */
export interface TimingOptions {
  /** Warn when the worst-case slack is below this many minutes (default 10). */
  slackWarningMinutes?: number;
}

/** One timed item's minutes of the day (since midnight, never clamped). */
export interface ItemMinutes {
  /** The allotted minutes as a range (a figure is a range of one); absent when none are allotted. */
  range?: { min: number; max: number };
  /** Earliest and latest start. */
  start: readonly [number, number];
  /** Earliest and latest end. */
  end: readonly [number, number];
}

/** What the timing rules read. */
export interface TimingFacts {
  /** The timing, its findings still to come. */
  timing: AgendaTiming;
  /** Per timed item, in the same order as `timing.items`. */
  minutes: readonly ItemMinutes[];
  /** The planned end, in minutes since midnight. */
  endMinutes: number;
}

/** `Item 6 "Outcome of School Exclusions - Review Update"`: how the timing findings name an item. */
export function itemLabel(timed: TimedItem): string {
  return `Item ${timed.number} "${timed.item.title}"`;
}
