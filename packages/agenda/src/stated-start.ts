/**
 * Stated starts: the times the front sheet prints against the times the allotted minutes give.
 *
 * Source: the front sheet of 16 Jan 2023 (seed 001, lines 30-50) prints each timed item's start
 * ("Free School Meals (21.10)") though the minutes allotted put it at 21.05; the minutes of
 * 30 Nov 2022 (seed 003, lines 248-271) time items 21.20, 21.25 and then 21.20 again. A stated
 * start inside the window a minute range allows agrees with the timing.
 */
import { itemTime, minutesOfDay, wallTime } from "@scrutineer/dates";
import { type Finding, findingAt, plural } from "@scrutineer/model";
import { itemLabel, type TimedItem, type TimingFacts } from "./timing-facts.js";

/** How far a stated start lies outside the earliest-latest window, in minutes: negative before it, 0 inside. */
export function statedStartDrift(stated: number, earliest: number, latest: number): number {
  return stated < earliest ? stated - earliest : stated > latest ? stated - latest : 0;
}

/** True when a timed item's stated start lies outside the start its allotted minutes give. */
export function statedStartDiffers(timed: TimedItem): boolean {
  if (timed.statedStart === undefined) return false;
  const { earliest, latest } = timed.start;
  return statedStartDrift(minutesOfDay(timed.statedStart), minutesOfDay(earliest), minutesOfDay(latest)) !== 0;
}

function driftAt(facts: TimingFacts, i: number): number {
  const stated = facts.timing.items[i]?.statedStart;
  if (stated === undefined) return 0;
  const [earliest, latest] = facts.minutes[i]!.start;
  return statedStartDrift(minutesOfDay(stated), earliest, latest);
}

/** `stated-starts-out-of-order` (warning): the i-th item is stated to start before the item above it. */
export function statedStartsOutOfOrderFinding(facts: TimingFacts, i: number): Finding | undefined {
  const t = facts.timing;
  const timed = t.items[i]!;
  const before = t.items[i - 1];
  if (timed.statedStart === undefined || before?.statedStart === undefined || timed.statedStart >= before.statedStart)
    return undefined;
  return {
    severity: "warning",
    code: "stated-starts-out-of-order",
    message: `${itemLabel(timed)} is stated to start at ${itemTime(timed.statedStart)}, before item ${before.number} "${before.item.title}" at ${itemTime(before.statedStart)}, which comes first on the agenda.`,
    item: timed.item.id,
    ...findingAt({ id: t.meetingId, date: t.meeting }),
  };
}

/**
 * `stated-start-differs` (warning): the i-th item's stated start lies outside the window its
 * minutes give; both times are shown, and a difference carried down from the item above says so.
 */
export function statedStartDiffersFinding(facts: TimingFacts, i: number): Finding | undefined {
  const t = facts.timing;
  const timed = t.items[i]!;
  const drift = driftAt(facts, i);
  if (timed.statedStart === undefined || drift === 0) return undefined;
  const [earliest, latest] = facts.minutes[i]!.start;
  const computed =
    earliest === latest
      ? `at ${itemTime(wallTime(earliest))}`
      : `between ${itemTime(wallTime(earliest))} and ${itemTime(wallTime(latest))}`;
  const before = t.items[i - 1];
  const carried =
    before && drift === driftAt(facts, i - 1)
      ? `; the same difference as item ${before.number}, carried down the agenda`
      : "";
  return {
    severity: "warning",
    code: "stated-start-differs",
    message: `${itemLabel(timed)} is stated to start at ${itemTime(timed.statedStart)} but the allotted minutes put it ${computed} (${plural(Math.abs(drift), "minute")} ${drift < 0 ? "earlier" : "later"}${carried}).`,
    item: timed.item.id,
    ...findingAt({ id: t.meetingId, date: t.meeting }),
  };
}
