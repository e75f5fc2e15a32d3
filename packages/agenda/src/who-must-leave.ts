/**
 * Who must leave the room for an item because of a declared interest.
 *
 * Source: "Advice to Members on Declaring Interests", Hackney Council's Code of Conduct as
 * printed with every agenda (seed 001, lines 86-140), and the Localism Act 2011 s31: a member
 * with a disclosable pecuniary interest, or an other non-pecuniary interest in a contractual,
 * financial, consent, permission or licence matter under consideration, leaves while the item is
 * discussed (after speaking, where the public may, or making representations under a
 * dispensation), unless a dispensation lets them stay. What each declaration leads to is
 * `interestAction` (interests.ts).
 */
import { type Finding, findingAt, type Meeting, type ProgrammeIndex } from "@scrutineer/model";
import { INTEREST_ACTION_LABEL, type InterestAction, interestOutcomes } from "./interests.js";

/** Whether the action takes the member out of the room before the item is discussed and voted on. */
export function leavesForItem(action: InterestAction): boolean {
  return action === "must-leave" || action === "speak-then-leave" || action === "representations-then-leave";
}

/**
 * Findings (info, `member-must-leave`): who must leave for which item, so the Chair and officer
 * can plan the room. The nature of the interest is never in the message. None for a cancelled
 * meeting, nor for an item off the numbered agenda (withdrawn).
 */
export function mustLeaveFindings(index: ProgrammeIndex, meeting: Meeting): Finding[] {
  if (meeting.status === "cancelled") return [];
  const numbers = new Map(index.numberedAgenda(meeting).map((s) => [s.item.id, s]));
  return interestOutcomes(index, meeting)
    .filter((o) => leavesForItem(o.action) && numbers.has(o.item))
    .map((o) => {
      const slot = numbers.get(o.item)!;
      return {
        severity: "info" as const,
        code: "member-must-leave" as const,
        message: `On item ${slot.number} "${slot.item.title}", ${o.name} ${INTEREST_ACTION_LABEL[o.action]}. ${o.reason}`,
        ...findingAt(meeting),
        item: o.item,
      };
    });
}
