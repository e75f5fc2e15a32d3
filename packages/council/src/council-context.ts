import { longDate, meetingTime, wallTime } from "@scrutineer/dates";
import { listJoin } from "@scrutineer/model";
import type { CouncilFolder } from "./council-committees.js";
import { type CouncilMeeting, councilMeetings, overlappingPairs } from "./council-meetings.js";

/** What every cross-committee rule reads, built once per check: the meetings, the overlapping pairs and the names. */
export interface CouncilContext {
  folder: CouncilFolder;
  meetings: readonly CouncilMeeting[];
  /** Every pair of meetings that overlap in time, earlier first. */
  pairs: ReadonlyArray<readonly [CouncilMeeting, CouncilMeeting]>;
  /** A committee's short name ("CYP") by its id. */
  committeeName(id: string): string;
  /** A person's name by id: the register's, else the first programme's that names them. */
  personName(id: string): string;
  /** "CYP and Scrutiny Panel (joint)": the committees holding a meeting. */
  heldBy(meeting: CouncilMeeting): string;
  /** "Monday 16 January 2023 at 7.00 pm". */
  when(meeting: CouncilMeeting): string;
}

/** Build the context of a council folder. `counter` counts the pairs compared (the complexity test). */
export function councilContext(folder: CouncilFolder, counter?: { comparisons: number }): CouncilContext {
  const meetings = councilMeetings(folder);
  const committees = new Map(folder.committees.map((c) => [c.entry.id, c.index.programme.commission.shortName]));
  const people = new Map<string, string>();
  const { register } = folder.council;
  for (const list of [register.councillors, register.coOptees, register.officers, register.cabinetMembers])
    for (const p of list) people.set(p.id, p.name);
  for (const c of folder.committees) for (const [id, p] of c.index.people) if (!people.has(id)) people.set(id, p.name);
  const committeeName = (id: string) => committees.get(id) ?? id;
  return {
    folder,
    meetings,
    pairs: overlappingPairs(meetings, counter),
    committeeName,
    personName: (id) => people.get(id) ?? id,
    heldBy: (m) =>
      m.committees.length > 1
        ? `${listJoin(m.committees.map(committeeName))} (joint)`
        : committeeName(m.committees[0] ?? ""),
    when: (m) => `${longDate(m.date)} at ${meetingTime(wallTime(m.start))}`,
  };
}

/** The committees of some meetings, once each, in council.yaml's order. */
export function committeesOf(context: CouncilContext, ...meetings: CouncilMeeting[]): string[] {
  const all = new Set(meetings.flatMap((m) => m.committees));
  return context.folder.committees.map((c) => c.entry.id).filter((id) => all.has(id));
}
