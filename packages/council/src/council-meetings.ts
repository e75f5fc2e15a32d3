import { minutesOfDay } from "@scrutineer/dates";
import { type Meeting, meetingTimes, monthOnly } from "@scrutineer/model";
import type { Committee, CouncilFolder } from "./council-committees.js";
import type { Venue } from "./council-file.js";

/**
 * One meeting as the council sees it: held by one committee, or by several together (a joint
 * meeting, listed in each programme once with the same id and `jointWith`), with who is due
 * there. Cancelled meetings and meetings whose day is still to be confirmed are left out: they
 * cannot clash with anything.
 */
export interface CouncilMeeting {
  /** `committee/meeting-id`; a joint meeting: its committees' ids joined by `+`, then `/meeting-id`. */
  key: string;
  /** The committees holding it, in council.yaml's order. */
  committees: readonly string[];
  meeting: Meeting;
  date: string;
  /** Start and planned end, minutes of the day (Europe/London wall clock). */
  start: number;
  end: number;
  /** The venue as written, and the room it names (a venue's id when council.yaml lists it). */
  venue: string;
  room: string;
  /** Councillors and co-optees on the membership that day, of every committee holding it. */
  members: ReadonlySet<string>;
  /** Cabinet members due: questioned at a Cabinet Q&A or attending an item. */
  cabinetMembers: ReadonlySet<string>;
  /** Officers due: attending an item, or supporting the committee (council.yaml's `officers`). */
  officers: ReadonlySet<string>;
  /** The scrutiny officers supporting it. */
  supportOfficers: ReadonlySet<string>;
  /** Whether any item on its agenda is not procedural and not withdrawn. */
  substantive: boolean;
}

/** The room a venue text names: a council.yaml venue's id when it is that id or name, else the text itself (trimmed, lower case). */
export function roomOf(venue: string, venues: readonly Venue[]): string {
  const text = venue.trim().toLowerCase();
  const known = venues.find((v) => v.id === text || v.name.trim().toLowerCase() === text);
  return known ? known.id : text;
}

function due(committee: Committee, meeting: Meeting) {
  const { index } = committee;
  const members = new Set<string>();
  const cabinetMembers = new Set<string>();
  const officers = new Set<string>();
  const membership = index.membershipOn(meeting.date);
  for (const m of membership.councillors) members.add(m.id);
  for (const m of membership.coOptees) members.add(m.id);
  let substantive = false;
  for (const slot of index.agenda(meeting)) {
    if (slot.item.status === "withdrawn" || slot.outcome === "withdrawn") continue;
    if (!slot.item.procedural) substantive = true;
    if (slot.item.cabinetQA) cabinetMembers.add(slot.item.cabinetQA.cabinetMember);
    for (const id of slot.item.officers) {
      const kind = index.people.get(id)?.kind;
      if (kind === "cabinet-member") cabinetMembers.add(id);
      else if (kind === "officer") officers.add(id);
    }
  }
  const support = committee.entry.officers;
  for (const id of support) officers.add(id);
  return { members, cabinetMembers, officers, substantive, support };
}

/**
 * Every meeting of the council's committees, joint meetings once, sorted by date, start and key.
 * Linear in the meetings (and their agendas).
 */
export function councilMeetings(folder: CouncilFolder): CouncilMeeting[] {
  const byKey = new Map<
    string,
    CouncilMeeting & {
      committees: string[];
      members: Set<string>;
      cabinetMembers: Set<string>;
      officers: Set<string>;
      supportOfficers: Set<string>;
    }
  >();
  const order = new Map(folder.committees.map((c, i) => [c.entry.id, i]));
  for (const committee of folder.committees) {
    const { programme } = committee.index;
    for (const meeting of committee.index.meetingsInOrder) {
      if (meeting.status === "cancelled" || monthOnly(meeting)) continue;
      const holders = [committee.entry.id, ...(meeting.jointWith ?? []).filter((id) => order.has(id))].sort(
        (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
      );
      const key = `${[...new Set(holders)].join("+")}/${meeting.id}`;
      const people = due(committee, meeting);
      const known = byKey.get(key);
      if (known && known.date === meeting.date) {
        for (const id of people.members) known.members.add(id);
        for (const id of people.cabinetMembers) known.cabinetMembers.add(id);
        for (const id of people.officers) known.officers.add(id);
        for (const id of people.support) known.supportOfficers.add(id);
        known.substantive ||= people.substantive;
        known.committees.push(committee.entry.id);
        known.committees.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        continue;
      }
      const times = meetingTimes(programme, meeting);
      byKey.set(known ? `${key}@${committee.entry.id}` : key, {
        key: known ? `${key}@${committee.entry.id}` : key,
        // Only the committees that list it: a jointWith not named back is `joint-meeting-mismatch`.
        committees: [committee.entry.id],
        meeting,
        date: meeting.date,
        start: minutesOfDay(times.start),
        end: minutesOfDay(times.start) + Math.max(times.lengthMinutes, 1),
        venue: times.venue,
        room: roomOf(times.venue, folder.council.venues),
        members: people.members,
        cabinetMembers: people.cabinetMembers,
        officers: people.officers,
        supportOfficers: new Set(people.support),
        substantive: people.substantive,
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.start - b.start || a.key.localeCompare(b.key),
  );
}

/**
 * Every pair of meetings that overlap in time (same day, start of one before the end of the
 * other), each pair once, earlier first. Meetings are grouped by day, so the work is the sum
 * over days of (meetings that day)²: a council's calendar has a handful a day.
 * `counter`, when given, counts the pairs compared (the complexity test reads it).
 */
export function overlappingPairs(
  meetings: readonly CouncilMeeting[],
  counter?: { comparisons: number },
): Array<readonly [CouncilMeeting, CouncilMeeting]> {
  const byDay = new Map<string, CouncilMeeting[]>();
  for (const m of meetings) {
    const day = byDay.get(m.date);
    if (day) day.push(m);
    else byDay.set(m.date, [m]);
  }
  const pairs: Array<readonly [CouncilMeeting, CouncilMeeting]> = [];
  for (const day of byDay.values()) {
    for (let i = 0; i < day.length; i++)
      for (let j = i + 1; j < day.length; j++) {
        if (counter) counter.comparisons++;
        const a = day[i] as CouncilMeeting;
        const b = day[j] as CouncilMeeting;
        if (a.start < b.end && b.start < a.end) pairs.push(a.start <= b.start ? [a, b] : [b, a]);
      }
  }
  return pairs;
}
