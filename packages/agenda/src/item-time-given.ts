/**
 * The time the front sheet gives an item: from its stated start to the next item's. Real front
 * sheets do not always add up: item 6 of 16 Jan 2023, "Outcome of School Exclusions - Review
 * Update", is allotted 45 minutes in the work programme but stated to run 20.20 to 21.10, 50
 * minutes (seed 001, lines 39-41 and 5756).
 */
import { itemTime, minutesOfDay } from "@scrutineer/dates";
import { type Finding, findingAt } from "@scrutineer/model";
import { itemLabel, type TimingFacts } from "./timing-facts.js";

/** `item-given-more-time` or `item-given-less-time` (warning) when the stated starts give the i-th item other than it is allotted. */
export function itemTimeGivenFinding(facts: TimingFacts, i: number): Finding | undefined {
  const t = facts.timing;
  const timed = t.items[i]!;
  const next = t.items[i + 1];
  const range = facts.minutes[i]!.range;
  if (timed.statedStart === undefined || next?.statedStart === undefined || range === undefined) return undefined;
  const given = minutesOfDay(next.statedStart) - minutesOfDay(timed.statedStart);
  // A negative gap is the stated starts running out of order: that rule's to report.
  if (given < 0 || (given <= range.max && given >= range.min)) return undefined;
  const allotted = range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
  return {
    severity: "warning",
    code: given > range.max ? "item-given-more-time" : "item-given-less-time",
    message: `${itemLabel(timed)} is allotted ${allotted} ${range.max === 1 ? "minute" : "minutes"} but the stated starts give it ${given} (${itemTime(timed.statedStart)} → ${itemTime(next.statedStart)}).`,
    item: timed.item.id,
    ...findingAt({ id: t.meetingId, date: t.meeting }),
  };
}
