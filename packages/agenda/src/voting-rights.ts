/**
 * Who may vote on an item.
 *
 * Sources: councillors on the commission vote on every item; co-optees vote only within their
 * scope: diocesan and parent-governor representatives on education matters (Local Government
 * Act 2000 sch. 1; the Parent Governor Representatives (England) Regulations 2001), co-optees
 * the council's scheme gives full votes on every item (Gloucestershire's constitution, Part 4
 * rule 5.2: district councillors on its health scrutiny committee), others not at all; a
 * substitute votes as the member they replace would (quorum.ts); in England only members in the
 * room vote, since a meeting under the Local Government Act 1972 is held in one physical place (R
 * (Hertfordshire CC) v SSHCLG [2021] EWHC 1093 (Admin)), so those "connected virtually"
 * (minutes of 30 Nov 2022, seed 003, line 38) do not, while in Wales and Scotland remote members
 * are present (`commissionLaw`); and a declared interest may take the vote away (seed 001, lines
 * 86-140; `interestAction`).
 */
import type { Item, Person } from "@scrutineer/model";
import type { InterestAction } from "./interests.js";

/**
 * Whether someone is entitled to vote on the item: a councillor, a co-optee with full votes, or an
 * education co-optee on an education matter. A substitute's entitlement is the member's they
 * replace: ask about that member.
 */
export function entitledToVote(person: Person | undefined, item: Item): boolean {
  if (person?.kind === "councillor") return true;
  if (person?.kind !== "co-optee") return false;
  return person.voting === "full" || (person.voting === "education" && item.education);
}

/** How a member attends a meeting: in the room, or "connected virtually". */
export type AttendanceMode = "present" | "remote";

/**
 * Whether attending this way lets a member vote and count towards the quorum. In the room, always.
 * Remotely, only where remote attendees are present (`remotePresent`: `commissionLaw(commission)`):
 * in England a meeting under the Local Government Act 1972 is held in one physical place, so a
 * member connected virtually is not present (R (Hertfordshire CC) v SSHCLG [2021] EWHC 1093
 * (Admin)); in Wales (LG&E(W)A 2021 s47) and Scotland (LG in Scotland Act 2003 s43) they are.
 */
export function attendanceAllowsVote(mode: AttendanceMode, remotePresent = false): boolean {
  return mode === "present" || remotePresent;
}

/** Whether the interest still lets the member vote (whether they can vote at all is `entitledToVote`). */
export function interestAllowsVote(action: InterestAction): boolean {
  return action === "take-part-and-vote";
}
