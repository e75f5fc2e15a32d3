import { type CouncilFinding, type CouncilFolder, councilFindings } from "@scrutineer/council";
import { longDate, meetingTime } from "@scrutineer/dates";
import { type CommissionKind, meetingTimes, type Severity } from "@scrutineer/model";
import type { DocumentOptions } from "./options.js";

/**
 * The council overview (issue 15, "outputs for the whole council"): each committee's year at a
 * glance, as democratic services put it beside the calendar of meetings. Public by design: the
 * committees' meetings (date, time, venue, how many items), each committee's Chair where the
 * programme names one, and the clashes the council's checks find across committees. Events that
 * are not meetings (private briefings, visits), people's contact details and declarations of
 * interest are never in it.
 */

/** One meeting of a committee, as the overview shows it. */
export interface CouncilOverviewMeeting {
  id: string;
  /** `YYYY-MM-DD`. */
  isoDate: string;
  /** "Monday 16 January 2023". */
  date: string;
  /** "7.00 pm" (the meeting's own start, else the commission's). */
  time: string;
  /** The venue's name (a council.yaml venue id is given by its name). */
  venue: string;
  cancelled: boolean;
  /** The long date it was moved from, when it was moved. */
  movedFrom?: string;
  /** The date is not confirmed yet. */
  provisional: boolean;
  /** Items on its agenda. */
  items: number;
  /** The other committees holding it with this one (their names), for a joint meeting. */
  jointWith: string[];
  /** The codes of the clashes found at it across committees (`venue-clash`, …). */
  clashes: string[];
}

/** One committee's year. */
export interface CouncilOverviewCommittee {
  id: string;
  name: string;
  kind: CommissionKind;
  /** The Chair's name as the programme gives it; absent when the programme names none. */
  chair?: string;
  meetings: CouncilOverviewMeeting[];
  /** Different items on the agendas of its meetings that are not cancelled. */
  items: number;
  /** Clashes across committees that concern it. */
  clashes: number;
}

/** A clash found across committees (`councilFindings`), in words. */
export interface CouncilOverviewClash {
  severity: Severity;
  code: string;
  /** `YYYY-MM-DD`, of the first meeting concerned. */
  isoDate?: string;
  /** Its long date, "Monday 27 February 2023". */
  date?: string;
  /** The committees concerned, by name. */
  committees: string[];
  message: string;
}

/** The overview's data: what the Markdown and HTML forms show. */
export interface CouncilOverview {
  /** "Council overview 2022/23". */
  title: string;
  council: string;
  municipalYear: string;
  /** "Monday 9 January 2023". */
  asAt: string;
  committees: CouncilOverviewCommittee[];
  clashes: CouncilOverviewClash[];
}

/** Options of the overview: today's date, and the findings across committees when the caller has them already. */
export interface CouncilOverviewOptions extends Pick<DocumentOptions, "today"> {
  /** `councilFindings(folder)`, when already made; made here otherwise. */
  findings?: readonly CouncilFinding[];
}

/**
 * The council overview's data, from a council folder (see the module comment). Committees in
 * council.yaml's order, each one's meetings in date order; the clashes in the order
 * `councilFindings` gives them. Pure.
 *
 * @example
 * import { Council, councilFolder } from "@scrutineer/council";
 * const council = Council.parse({ council: "London Borough of Hackney", municipalYear: "2022/23", committees: [{ id: "cyp", programme: "programme.yaml" }] });
 * const folder = councilFolder(council, [{ entry: council.committees[0]!, file: "programme.yaml", programme: __parsed }]);
 * const overview = councilOverview(folder, { today: "2023-01-09" });
 * overview.committees[0]!.chair; // "Cllr Sophie Conway"
 * overview.committees[0]!.meetings[4]!.date; // "Monday 16 January 2023"
 * overview.clashes.length; // 0
 */
export function councilOverview(folder: CouncilFolder, options: CouncilOverviewOptions): CouncilOverview {
  const { council } = folder;
  const findings = options.findings ?? councilFindings(folder);
  const names = new Map(folder.committees.map((c) => [c.entry.id, c.index.programme.commission.name]));
  const venueName = (venue: string) => {
    const text = venue.trim().toLowerCase();
    return council.venues.find((v) => v.id === text)?.name ?? venue;
  };
  const committees = folder.committees.map((committee): CouncilOverviewCommittee => {
    const { programme } = committee.index;
    const id = committee.entry.id;
    const mine = findings.filter((f) => f.committees.includes(id));
    const meetings = [...programme.meetings]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m): CouncilOverviewMeeting => {
        const times = meetingTimes(programme, m);
        const out: CouncilOverviewMeeting = {
          id: m.id,
          isoDate: m.date,
          date: longDate(m.date),
          time: meetingTime(times.start),
          venue: venueName(times.venue),
          cancelled: m.status === "cancelled",
          provisional: !m.dateConfirmed,
          items: m.agenda.length,
          jointWith: (m.jointWith ?? []).map((other) => names.get(other) ?? other),
          // A clash points at the first meeting concerned: its date, for each committee it names.
          clashes: [...new Set(mine.filter((f) => f.meeting === m.date).map((f) => f.code))],
        };
        if (m.movedFrom) out.movedFrom = longDate(m.movedFrom);
        return out;
      });
    const items = new Set(
      programme.meetings
        .filter((m) => m.status !== "cancelled")
        .flatMap((m) => m.agenda.map((e) => (typeof e === "string" ? e : e.item))),
    );
    const chairs = programme.members.filter((m) => m.role === "chair").map((m) => m.name);
    const out: CouncilOverviewCommittee = {
      id,
      name: programme.commission.name,
      kind: programme.commission.kind,
      meetings,
      items: items.size,
      clashes: mine.length,
    };
    if (chairs.length > 0) out.chair = [...new Set(chairs)].join(" / ");
    return out;
  });
  return {
    title: `Council overview ${council.municipalYear}`,
    council: council.council,
    municipalYear: council.municipalYear,
    asAt: longDate(options.today),
    committees,
    clashes: findings.map((f) => {
      const clash: CouncilOverviewClash = {
        severity: f.severity,
        code: f.code,
        committees: f.committees.map((c) => names.get(c) ?? c),
        message: f.message,
      };
      if (f.meeting) {
        clash.isoDate = f.meeting;
        clash.date = f.meeting.length === 10 ? longDate(f.meeting) : f.meeting;
      }
      return clash;
    }),
  };
}
