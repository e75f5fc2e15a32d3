/**
 * Overrun: the agenda against the meeting's planned end.
 *
 * Source: Hackney's standing orders close a meeting at 22.00 unless it agrees to go on (the
 * default planned end, `commission.plannedEnd`); a meeting that runs out of time answers the
 * questions it did not reach in writing (seed 004, line 111). An error when even the shortest
 * reading of the agenda overruns, a warning when only the upper ends of minute ranges do.
 */
import { itemTime } from "@scrutineer/dates";
import { type Finding, findingAt, plural } from "@scrutineer/model";
import * as z from "zod";
import type { AgendaTiming, TimingFacts } from "./timing-facts.js";

/**
 * How an agenda stands against the planned end: `overruns` when even the shortest reading
 * (every range at its lower end) runs past it, `may-overrun` when only the upper ends of minute
 * ranges do, else `fits`.
 */
export const OverrunLevel = z.enum(["fits", "may-overrun", "overruns"]);
export type OverrunLevel = z.infer<typeof OverrunLevel>;

/** The overrun level of a timed agenda (`timeAgenda`): minutes used against the minutes available. */
export function overrunLevel(timing: Pick<AgendaTiming, "usedMinutes" | "availableMinutes">): OverrunLevel {
  if (timing.usedMinutes.min > timing.availableMinutes) return "overruns";
  if (timing.usedMinutes.max > timing.availableMinutes) return "may-overrun";
  return "fits";
}

/** `agenda-overrun` (error) or `agenda-may-overrun` (warning), naming the first item past the planned end. */
export function overrunFinding(facts: TimingFacts): Finding | undefined {
  const t = facts.timing;
  const window = `${itemTime(t.start)} to ${itemTime(t.plannedEnd)}`;
  const at = findingAt({ id: t.meetingId, date: t.meeting });
  const from = (i: number) => (i >= 0 ? `, from item ${t.items[i]!.number} "${t.items[i]!.item.title}"` : "");
  const first = (i: number) => (i >= 0 ? { item: t.items[i]!.item.id } : {});

  const level = overrunLevel(t);
  if (level === "overruns") {
    const i = facts.minutes.findIndex((m) => m.end[0] > facts.endMinutes);
    const over = t.usedMinutes.min - t.availableMinutes;
    return {
      severity: "error",
      code: "agenda-overrun",
      message: `The agenda needs ${plural(t.usedMinutes.min, "minute")} but the meeting has ${t.availableMinutes} (${window}): it overruns the planned end by ${plural(over, "minute")}${from(i)}. Questions not reached are answered in writing unless the meeting agrees to go on.`,
      ...first(i),
      ...at,
    };
  }
  if (level === "may-overrun") {
    const i = facts.minutes.findIndex((m) => m.end[1] > facts.endMinutes);
    const over = t.usedMinutes.max - t.availableMinutes;
    return {
      severity: "warning",
      code: "agenda-may-overrun",
      message: `If every item takes the upper end of its range the agenda needs ${plural(t.usedMinutes.max, "minute")} but the meeting has ${t.availableMinutes} (${window}): ${plural(over, "minute")} past the planned end${from(i)}.`,
      ...first(i),
      ...at,
    };
  }
  return undefined;
}
