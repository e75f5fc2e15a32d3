import { minutesOfDay, wallTime } from "@scrutineer/dates";
import {
  closingHeadings,
  type Finding,
  HACKNEY_ORDER,
  type Meeting,
  meetingOrder,
  meetingTimes,
  minutesRange,
  orderLayout,
  type ProgrammeIndex,
} from "@scrutineer/model";
import { overrunFinding } from "./agenda-overrun.js";
import { littleSlackFinding } from "./agenda-slack.js";
import { itemMinutesFinding } from "./item-minutes.js";
import { itemTimeGivenFinding } from "./item-time-given.js";
import { plannedLengthFindings } from "./planned-length.js";
import { statedStartDiffersFinding, statedStartsOutOfOrderFinding } from "./stated-start.js";
import type { AgendaTiming, ItemMinutes, TimedItem, TimingFacts, TimingOptions } from "./timing-facts.js";

/**
 * Timing a meeting's agenda.
 *
 * Source: the front sheet of the CYP Scrutiny Commission, 16 Jan 2023 (seed 001, lines 1-50):
 * the meeting opens at 7.00 pm with 1 Apologies for Absence, 2 Declarations of Interest and
 * 3 Urgent Items / Order of Business, and the first timed item starts at 19.05; every later
 * item's printed start follows from the minutes the work programme allots. Another council's
 * order of business (`commission.orderOfBusiness`, or the meeting's own) opens with its own headings; the first timed
 * item starts `proceduralMinutes` after the start. The planned end is `meetingTimes`'s.
 * Withdrawn items never count towards the total. The findings on a timing are each their own
 * rule: planned-length.ts, agenda-overrun.ts, agenda-slack.ts, item-minutes.ts, stated-start.ts,
 * item-time-given.ts.
 */

/** The three procedural items Hackney's front sheets open with (its order of business, the default). */
export const PROCEDURAL_ITEMS: readonly { number: number; title: string }[] = orderLayout(HACKNEY_ORDER).opening.map(
  ({ number, title }) => ({ number, title }),
);

/**
 * Time a meeting's agenda: every item's earliest and latest start and end, the finish, the slack, and findings.
 *
 * @example
 * const timing = timeAgenda(index, index.findMeeting("2023-01-16")!);
 * timing.finish.latest; // "21:15"
 * timing.items[0]?.start.earliest; // "19:05"
 */
export function timeAgenda(index: ProgrammeIndex, meeting: Meeting, options: TimingOptions = {}): AgendaTiming {
  const { programme } = index;
  const times = meetingTimes(programme, meeting);
  const { start, plannedEnd } = times;
  const layout = orderLayout(meetingOrder(programme.commission, meeting));
  const startMin = minutesOfDay(start);
  const procedural = programme.commission.proceduralMinutes;

  let earliest = startMin + procedural;
  let latest = startMin + procedural;
  const minutes: ItemMinutes[] = [];
  const items: TimedItem[] = index.numberedAgenda(meeting).map((slot) => {
    const range = slot.item.minutes === undefined ? undefined : minutesRange(slot.item.minutes);
    const s = [earliest, latest] as const;
    earliest += range?.min ?? 0;
    latest += range?.max ?? 0;
    const e = [earliest, latest] as const;
    minutes.push({ ...(range ? { range } : {}), start: s, end: e });
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
  const availableMinutes = times.lengthMinutes;
  const timing: AgendaTiming = {
    meeting: meeting.date,
    meetingId: meeting.id,
    start,
    plannedEnd,
    endFrom: times.endFrom,
    procedural: layout.opening.map(({ number, title }) => ({ number, title })),
    items,
    closing: closingHeadings(layout, items[items.length - 1]?.number ?? layout.firstItemNumber - 1).map(
      ({ number, title }) => ({ number, title }),
    ),
    finish: { earliest: wallTime(earliest), latest: wallTime(latest) },
    usedMinutes,
    availableMinutes,
    slackMinutes: { min: availableMinutes - usedMinutes.max, max: availableMinutes - usedMinutes.min },
    findings: [],
  };
  // A cancelled meeting has nothing to time: its agenda is kept for the record only.
  if (meeting.status !== "cancelled")
    timing.findings = [
      ...plannedLengthFindings({ meeting, times, hasItems: items.length > 0 }),
      ...timingFindings({ timing, minutes, endMinutes: startMin + times.lengthMinutes }, options),
    ];
  return timing;
}

/** The timing rules in the order an officer reads them: the meeting as a whole, then item by item down the agenda. */
function timingFindings(facts: TimingFacts, options: TimingOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding | undefined) => {
    if (f) findings.push(f);
  };
  add(overrunFinding(facts) ?? littleSlackFinding(facts, options));
  facts.timing.items.forEach((_, i) => {
    add(itemMinutesFinding(facts, i));
    add(statedStartsOutOfOrderFinding(facts, i));
    add(statedStartDiffersFinding(facts, i));
    add(itemTimeGivenFinding(facts, i));
  });
  return findings;
}
