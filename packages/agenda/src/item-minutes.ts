/**
 * Minutes allotted to each item. The work programme allots every item its minutes ("City &
 * Hackney Safeguarding Children Partnership (45)", "Unregistered Educational Settings (30)":
 * seed 001, lines 5750-5790); an item with none, or with 0, cannot be timed and counts as 0.
 * A warning for a topic, a note for a procedural item (work programme, minutes), which often
 * has none.
 */
import { type Finding, findingAt } from "@scrutineer/model";
import { itemLabel, type TimingFacts } from "./timing-facts.js";

/** `item-no-minutes` or `item-zero-minutes` for the i-th timed item (info when procedural, else warning). */
export function itemMinutesFinding(facts: TimingFacts, i: number): Finding | undefined {
  const t = facts.timing;
  const timed = t.items[i]!;
  const range = facts.minutes[i]!.range;
  const severity = timed.item.procedural ? ("info" as const) : ("warning" as const);
  const procedural = timed.item.procedural ? " (a procedural item)" : "";
  // As every timing finding: the item, then the meeting.
  const at = { item: timed.item.id, ...findingAt({ id: t.meetingId, date: t.meeting }) };
  if (range === undefined)
    return {
      severity,
      code: "item-no-minutes",
      message: `${itemLabel(timed)} has no minutes allotted: the timing counts it as 0${procedural}.`,
      ...at,
    };
  if (range.max === 0)
    return {
      severity,
      code: "item-zero-minutes",
      message: `${itemLabel(timed)} is allotted 0 minutes${procedural}.`,
      ...at,
    };
  return undefined;
}
