import { minutesOfDay } from "@scrutineer/dates";
import { type Item, type Meeting, meetingTimes, minutesRange, type Programme } from "@scrutineer/model";

/**
 * A meeting's time for agenda items: from its start to its planned end (Hackney's standing
 * orders close meetings at 22.00 unless the meeting agrees to go on), less the procedural
 * minutes for apologies, declarations and urgent items (the first timed item starts at 19.05
 * on the front sheet of 16 Jan 2023, seed 001). A range such as "30-45" counts at its upper
 * end unless the officer chooses the lower end; an item with no minutes counts 0, as the
 * agenda timing does. Withdrawn items take no time.
 */
export type RangeAt = "upper" | "lower";

/** Minutes from the meeting's start to its planned end. */
export function meetingLength(programme: Programme, meeting: Meeting): number {
  const { start, plannedEnd } = meetingTimes(programme, meeting);
  return minutesOfDay(plannedEnd) - minutesOfDay(start);
}

/** Minutes left for agenda items once the procedural items are taken. */
export function meetingCapacity(programme: Programme, meeting: Meeting): number {
  return meetingLength(programme, meeting) - programme.commission.proceduralMinutes;
}

/** The minutes an item takes from a meeting's time. */
export function itemMinutes(item: Item, rangeAt: RangeAt = "upper"): number {
  if (item.status === "withdrawn" || item.minutes === undefined) return 0;
  const { min, max } = minutesRange(item.minutes);
  return rangeAt === "upper" ? max : min;
}
