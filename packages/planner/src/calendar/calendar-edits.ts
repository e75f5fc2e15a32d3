import type { CouncilFolder } from "@scrutineer/council";
import type { ProgrammeEdit } from "@scrutineer/model";
import { meetingIdFor } from "./meeting-id.js";
import type { CalendarProposal, ProposedMeeting } from "./propose-calendar.js";

/**
 * What writing a proposed calendar into the programmes means for each committee (issue 15:
 * "YAML meetings blocks written into each programme on request", `scrutineer calendar --apply`).
 */

/** One committee's share of the proposal: the meetings to add, and those left out because it already meets that day. */
export interface CommitteeCalendarEdits {
  /** The committee's id in council.yaml. */
  committee: string;
  /** Its programme file as the folder names it (for messages). */
  file: string;
  /** `add-meeting` edits, in date order: each new meeting's id and date (its time and venue are the commission's). */
  edits: Array<Extract<ProgrammeEdit, { type: "add-meeting" }>>;
  /** Proposed meetings on a date the programme already has a meeting on (of any status): not added again. */
  alreadyThere: ProposedMeeting[];
}

/**
 * The edits that write a proposal's meetings into each proposed committee's programme: one
 * `add-meeting` per proposed meeting, with `id` and `date` only (the start and venue the
 * proposal used are the commission's own, so they are left to it). A date on which the
 * committee already has a meeting (scheduled, moved there or cancelled) is not added again:
 * applying the same proposal twice adds nothing the second time. Committees the proposal
 * leaves out get no entry. Pure: apply the edits with `applyEditToSource` (comments kept).
 *
 * @example
 * import { Council } from "@scrutineer/council";
 * const council = Council.parse({ council: "London Borough of Hackney", municipalYear: "2022/23", committees: [{ id: "cyp", programme: "programme.yaml" }] });
 * const folder = { council, committees: [{ entry: council.committees[0]!, file: "programme.yaml", index }] };
 * const at = (date: string) => ({ committee: "cyp", date, start: "19:00", venue: "Council Chamber" });
 * const proposal = { municipalYear: "2022/23", status: "optimal" as const, gap: 0, seconds: 1, unmet: [], leftOut: [], meetings: [at("2023-03-06"), at("2023-03-20")] };
 * const [cyp] = calendarEdits(folder, proposal);
 * cyp!.edits.map((e) => e.meeting.id).join(); // "2023-03-06"
 * cyp!.alreadyThere.length; // 1
 */
export function calendarEdits(folder: CouncilFolder, proposal: CalendarProposal): CommitteeCalendarEdits[] {
  const out: CommitteeCalendarEdits[] = [];
  for (const committee of folder.committees) {
    const mine = proposal.meetings
      .filter((m) => m.committee === committee.entry.id)
      .sort((a, b) => a.date.localeCompare(b.date));
    if (mine.length === 0) continue;
    const { meetings } = committee.index.programme;
    const taken = new Set(meetings.map((m) => m.id));
    const dates = new Set(meetings.map((m) => m.date));
    const entry: CommitteeCalendarEdits = {
      committee: committee.entry.id,
      file: committee.file,
      edits: [],
      alreadyThere: [],
    };
    for (const m of mine) {
      if (dates.has(m.date)) {
        entry.alreadyThere.push(m);
        continue;
      }
      dates.add(m.date);
      entry.edits.push({ type: "add-meeting", meeting: { id: meetingIdFor(m.date, taken), date: m.date } });
    }
    out.push(entry);
  }
  return out;
}
