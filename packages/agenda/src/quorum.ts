import { type Finding, type Meeting, type Programme, peopleById } from "@scrutineer/model";
import { interestAllowsVote, interestOutcomes, leavesForItem } from "./interests.js";
import { numberedAgenda } from "./numbering.js";

/**
 * Who may vote on an item, and whether the meeting is quorate for it.
 *
 * Sources: councillors present in the room vote; co-optees vote only within their scope
 * (diocesan and parent-governor representatives on education matters: Local Government Act
 * 2000 sch. 1, Parent Governor Representatives (England) Regulations 2001); members
 * "connected virtually" (minutes of 30 Nov 2022, seed 003) are not present, since a meeting
 * under the Local Government Act 1972 is held in one physical place (Hertfordshire CC v
 * SSHCLG [2021] EWHC 1093 (Admin)), so they neither vote nor count; a member who must leave
 * for an interest (seed 001, lines ~95-140) is out of the room. The quorum itself is set by the council's constitution, not the seed
 * papers, so it is the commission's `quorum` rule: at least `minVoting` voting members and at
 * least `minFraction` of the councillors (rounded up).
 */
export interface ItemQuorum {
  /** The item's id. */
  item: string;
  /** Ids of those who may vote on the item: in the room, entitled to vote on it, not leaving. */
  voters: string[];
  /** Ids of commission members and co-optees in the room for the item (those who leave excluded). */
  present: string[];
  /** Ids of commission members and co-optees attending remotely: not counted, cannot vote. */
  remote: string[];
  /** Ids of attendees who must leave for the item because of an interest (speak-then-leave included). */
  mustLeave: string[];
  /** Voting members needed: the larger of `minVoting` and `minFraction` of the councillors, rounded up. */
  required: number;
  quorate: boolean;
}

/** Voting members a commission needs present: max(minVoting, ⌈minFraction × councillors⌉). */
export function quorumRequired(programme: Programme): number {
  const { minVoting, minFraction } = programme.commission.quorum;
  // Round up, but forgive floating-point dust (0.1 × 30 is 3.0000000000000004, not more than 3).
  const fraction = Math.ceil(minFraction * programme.members.length - 1e-9);
  return Math.max(minVoting, fraction);
}

/** Quorum for every item on the agenda (withdrawn items excluded); empty when no attendance is recorded. */
export function quorumByItem(programme: Programme, meeting: Meeting): ItemQuorum[] {
  const attendance = meeting.attendance;
  if (!attendance) return [];
  const councillors = new Set(programme.members.map((m) => m.id));
  const educationCoOptees = new Set(programme.coOptees.filter((c) => c.voting === "education").map((c) => c.id));
  const commission = new Set([...councillors, ...programme.coOptees.map((c) => c.id)]);
  const outcomes = interestOutcomes(programme, meeting);
  const required = quorumRequired(programme);

  return numberedAgenda(programme, meeting).map(({ item }) => {
    const onItem = outcomes.filter((o) => o.item === item.id);
    const leaving = new Set(onItem.filter((o) => leavesForItem(o.action)).map((o) => o.person));
    const noVote = new Set(onItem.filter((o) => !interestAllowsVote(o.action)).map((o) => o.person));
    const attending = [...attendance.present, ...attendance.remote].filter((id) => commission.has(id));
    const present = attendance.present.filter((id) => commission.has(id) && !leaving.has(id));
    const remote = attendance.remote.filter((id) => commission.has(id) && !leaving.has(id));
    const voters = present.filter(
      (id) => !noVote.has(id) && (councillors.has(id) || (item.education && educationCoOptees.has(id))),
    );
    return {
      item: item.id,
      voters,
      present,
      remote,
      mustLeave: attending.filter((id) => leaving.has(id)),
      required,
      quorate: voters.length >= required,
    };
  });
}

/** Findings: every item that would be inquorate (error), and who attended remotely and was not counted (info). */
export function quorumFindings(programme: Programme, meeting: Meeting): Finding[] {
  if (meeting.status === "cancelled" || !meeting.attendance) return [];
  const people = peopleById(programme);
  const name = (id: string) => people.get(id)?.name ?? id;
  const { minVoting, minFraction } = programme.commission.quorum;
  const numbers = new Map(numberedAgenda(programme, meeting).map((s) => [s.item.id, s]));
  const findings: Finding[] = [];

  const remote = meeting.attendance.remote.filter((id) => people.has(id));
  if (remote.length > 0)
    findings.push({
      severity: "info",
      code: "remote-not-counted",
      message: `${list(remote.map(name))} attended remotely (connected virtually): not counted towards the quorum and cannot vote.`,
      meeting: meeting.date,
    });

  for (const q of quorumByItem(programme, meeting)) {
    if (q.quorate) continue;
    const slot = numbers.get(q.item)!;
    const leaving = q.mustLeave.length > 0 ? `; ${list(q.mustLeave.map(name))} must leave for it` : "";
    findings.push({
      severity: "error",
      code: "item-inquorate",
      message: `Item ${slot.number} "${slot.item.title}" would be inquorate: ${q.voters.length === 0 ? "nobody" : `${q.voters.length} (${list(q.voters.map(name))})`} in the room may vote on it but the quorum is ${q.required} (at least ${minVoting} voting members and ${Math.round(minFraction * 100)}% of the ${programme.members.length} councillors)${leaving}.`,
      meeting: meeting.date,
      item: q.item,
    });
  }
  return findings;
}

/** "A", "A and B", "A, B and C". */
export function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
