import {
  bodyWord,
  commissionLaw,
  type Finding,
  findingAt,
  listJoin,
  type Meeting,
  type Programme,
  type ProgrammeIndex,
  plural,
  sitsOn,
} from "@scrutineer/model";
import { interestOutcomes } from "./interests.js";
import { attendanceAllowsVote, entitledToVote, interestAllowsVote } from "./voting-rights.js";
import { leavesForItem } from "./who-must-leave.js";

/**
 * Whether the meeting is quorate for each item.
 *
 * Source: the quorum is set by the council's constitution, not the seed papers, so it is the
 * commission's `quorum` rule: at least `minVoting` voting members and at least `minFraction` of
 * the councillors on the commission that day (rounded up; `from`/`until`). Those who count are
 * those who may vote on the item in the room (voting-rights.ts), less anyone who leaves for an
 * interest (who-must-leave.ts).
 * - Remote attendance: in England members "connected virtually" (minutes of 30 Nov 2022, seed
 *   003, line 38) are not present (R (Hertfordshire CC) v SSHCLG [2021] EWHC 1093 (Admin)); in
 *   Wales (multi-location meetings, LG&E(W)A 2021 s47) and Scotland (LG in Scotland Act 2003
 *   s43) they are, unless the commission says otherwise (`commissionLaw`). A note says which.
 * - Substitutes ("Councillor Andy Paraskos attending as substitute" for John Mann, North
 *   Yorkshire, 17 June 2022) count in the place of the member they replace and vote as that
 *   member would; the membership, and so the quorum, is unchanged.
 * - Minutes that record apologies only (`attendance.recorded: apologies-only`): everyone else on
 *   the membership that day was present.
 * - Items deferred or withdrawn at the meeting were not considered: no quorum is needed for them.
 */
export interface ItemQuorum {
  /** The item's id. */
  item: string;
  /** Ids of those who may vote on the item: present, entitled to vote on it (substitutes as their member), not leaving. */
  voters: string[];
  /** Ids of commission members, co-optees and substitutes counted present for the item (those who leave excluded). */
  present: string[];
  /** Ids of commission members and co-optees attending remotely (counted in `present` only where remote attendees are present). */
  remote: string[];
  /** Substitutes present, each with the member they replace. */
  substitutes: { id: string; for: string }[];
  /** Ids of attendees who must leave for the item because of an interest (speak-then-leave included). */
  mustLeave: string[];
  /** Voting members needed: the larger of `minVoting` and `minFraction` of the councillors, rounded up. */
  required: number;
  quorate: boolean;
}

/**
 * Voting members a commission needs present: max(minVoting, ⌈minFraction × councillors⌉), the
 * councillors being those on the commission on `date` (all of them when no date is given).
 */
export function quorumRequired(programme: Programme, date?: string): number {
  const { minVoting, minFraction } = programme.commission.quorum;
  const councillors = date === undefined ? programme.members : programme.members.filter((m) => sitsOn(m, date));
  // Round up, but forgive floating-point dust (0.1 × 30 is 3.0000000000000004, not more than 3).
  const fraction = Math.ceil(minFraction * councillors.length - 1e-9);
  return Math.max(minVoting, fraction);
}

/** Who attended, read the way the minutes record it: present in the room, remote, substitutes. */
export interface MeetingAttendance {
  /** How the minutes recorded it: `full`, or `apologies-only` (then `inRoom` is everyone else on the membership). */
  recorded: "full" | "apologies-only";
  /** Members and co-optees on the membership that day in the room. */
  inRoom: string[];
  /** Members and co-optees attending remotely (present only where the jurisdiction says). */
  remote: string[];
  /** Substitutes, each with the member they replaced. */
  substitutes: { id: string; for: string }[];
}

/**
 * Who attended a meeting, as the quorum reads it; undefined when no attendance is recorded. With
 * `apologies-only`, everyone on the membership that day not sending apologies, not remote and not
 * replaced by a substitute was in the room.
 */
export function meetingAttendance(index: ProgrammeIndex, meeting: Meeting): MeetingAttendance | undefined {
  const a = meeting.attendance;
  if (!a) return undefined;
  const { councillors, coOptees } = index.membershipOn(meeting.date);
  const members = [...councillors, ...coOptees].map((m) => m.id);
  const onMembership = new Set(members);
  const replaced = new Set(a.substitutes.map((s) => s.for));
  const remote = a.remote.filter((id) => onMembership.has(id));
  const substitutes = a.substitutes.filter((s) => index.people.get(s.id) && onMembership.has(s.for));
  if (a.recorded === "apologies-only") {
    const away = new Set([...a.apologies, ...a.remote, ...replaced]);
    return { recorded: a.recorded, inRoom: members.filter((id) => !away.has(id)), remote, substitutes };
  }
  return { recorded: a.recorded, inRoom: a.present.filter((id) => onMembership.has(id)), remote, substitutes };
}

/**
 * Quorum for every item on the agenda (withdrawn items, and items deferred or withdrawn at the
 * meeting, excluded); empty when no attendance is recorded.
 *
 * @example
 * const quorum = quorumByItem(index, index.findMeeting("2022-11-30")!);
 * quorum.every((q) => q.quorate); // true
 * quorum[0]?.required; // 3
 */
export function quorumByItem(index: ProgrammeIndex, meeting: Meeting): ItemQuorum[] {
  const who = meetingAttendance(index, meeting);
  if (!who) return [];
  const remoteCounts = attendanceAllowsVote("remote", commissionLaw(index.programme.commission).remotePresent);
  const outcomes = interestOutcomes(index, meeting);
  const required = quorumRequired(index.programme, meeting.date);
  const everyone = [...who.inRoom, ...who.remote, ...who.substitutes.map((s) => s.id)];
  const standsFor = new Map(who.substitutes.map((s) => [s.id, s.for]));

  return index
    .numberedAgenda(meeting)
    .filter((slot) => slot.outcome !== "deferred" && slot.outcome !== "withdrawn")
    .map(({ item }) => {
      const onItem = outcomes.filter((o) => o.item === item.id);
      const leaving = new Set(onItem.filter((o) => leavesForItem(o.action)).map((o) => o.person));
      const noVote = new Set(onItem.filter((o) => !interestAllowsVote(o.action)).map((o) => o.person));
      const stays = (id: string) => !leaving.has(id);
      const remote = who.remote.filter(stays);
      const present = [
        ...who.inRoom.filter(stays),
        ...(remoteCounts ? remote : []),
        ...who.substitutes.map((s) => s.id).filter(stays),
      ];
      // A substitute votes as the member they replace would.
      const voters = present.filter(
        (id) => !noVote.has(id) && entitledToVote(index.people.get(standsFor.get(id) ?? id), item),
      );
      return {
        item: item.id,
        voters,
        present,
        remote,
        substitutes: who.substitutes.map((s) => ({ ...s })),
        mustLeave: everyone.filter((id) => leaving.has(id)),
        required,
        quorate: voters.length >= required,
      };
    });
}

/**
 * Findings: who attended remotely and whether they were counted (info, `remote-not-counted` in
 * England, `remote-counted` where remote attendees are present), and every item that would be
 * inquorate (error, `item-inquorate`). None for a cancelled meeting or one with no attendance recorded.
 */
export function quorumFindings(index: ProgrammeIndex, meeting: Meeting): Finding[] {
  if (meeting.status === "cancelled" || !meeting.attendance) return [];
  const { people, programme } = index;
  const law = commissionLaw(programme.commission);
  const name = (id: string) => people.get(id)?.name ?? id;
  const { minVoting, minFraction } = programme.commission.quorum;
  const councillors = index.membershipOn(meeting.date).councillors.length;
  const numbers = new Map(index.numberedAgenda(meeting).map((s) => [s.item.id, s]));
  const findings: Finding[] = [];

  const remote = meeting.attendance.remote.filter((id) => people.has(id));
  if (remote.length > 0)
    findings.push(
      law.remotePresent
        ? {
            severity: "info",
            code: "remote-counted",
            message: `${listJoin(remote.map(name))} attended remotely: present, counted towards the quorum and may vote (${law.remoteAttendanceOverridden ? `the ${bodyWord(programme.commission.kind, { lower: true })}'s standing orders` : law.remoteAttendanceLaw.short}).`,
            ...findingAt(meeting),
          }
        : {
            severity: "info",
            code: "remote-not-counted",
            message: `${listJoin(remote.map(name))} attended remotely (connected virtually): not counted towards the quorum and cannot vote.`,
            ...findingAt(meeting),
          },
    );

  for (const q of quorumByItem(index, meeting)) {
    if (q.quorate) continue;
    const slot = numbers.get(q.item)!;
    const leaving = q.mustLeave.length > 0 ? `; ${listJoin(q.mustLeave.map(name))} must leave for it` : "";
    findings.push({
      severity: "error",
      code: "item-inquorate",
      message: `Item ${slot.number} "${slot.item.title}" would be inquorate: ${q.voters.length === 0 ? "nobody" : `${q.voters.length} (${listJoin(q.voters.map(name))})`} ${law.remotePresent ? "present" : "in the room"} may vote on it but the quorum is ${q.required} (at least ${minVoting} voting members and ${Math.round(minFraction * 100)}% of the ${plural(councillors, "councillor")})${leaving}.`,
      ...findingAt(meeting),
      item: q.item,
    });
  }
  return findings;
}
