import { chooseCommittee } from "./choose-committee.js";
import { ModernGovImportError } from "./errors.js";
import type { MeetingDetail, MeetingSummary, SourcedResponse } from "./records.js";
import type { ImportNotes } from "./report.js";
import type { ModernGovSite } from "./site.js";

/** The responses an import uses: this install's, for the chosen committee, its meetings in the year. */
export interface Selection {
  /** The responses from this install (another install's ids mean other things). */
  used: SourcedResponse[];
  committee: { id: number; title: string };
  /** The committee's meetings in the year (GetMeetings), by ModernGov id. */
  summaries: Map<number, { source: string; m: MeetingSummary }>;
  /** The GetMeeting responses for those meetings, by ModernGov id. */
  details: Map<number, { source: string; d: MeetingDetail }>;
}

/**
 * Choose what an import reads, noting in the report what it leaves out and why (another install,
 * another committee, a meeting outside the year).
 * @throws ModernGovImportError for an unknown or ambiguous committee, or one with no GetMeetings response.
 */
export function selectResponses(
  responses: readonly SourcedResponse[],
  options: { site: ModernGovSite; committee: string; year: string; first: string; last: string },
  note: ImportNotes,
): Selection {
  const { first, last } = options;
  // Saved responses from another install share nothing with this one: their ids mean other things.
  const used: SourcedResponse[] = [];
  for (const r of responses) {
    const foreign = r.response.hosts.filter((h) => h !== options.site.host);
    if (foreign.length > 0 && !r.response.hosts.includes(options.site.host)) {
      note(
        "other-install",
        r.source,
        `its links name ${foreign.join(", ")}, not ${options.site.host}: ids are per install, so it is not used`,
      );
      continue;
    }
    used.push(r);
  }

  const committee = chooseCommittee(used, options.committee);
  const listed = used.flatMap((r) =>
    r.response.kind === "meetings"
      ? r.response.committees.filter((c) => c.committeeId === committee.id).map((c) => ({ source: r.source, c }))
      : [],
  );
  if (listed.length === 0)
    throw new ModernGovImportError(
      "no-meetings",
      committee.id,
      `no GetMeetings response for committee ${committee.id} (${committee.title}): nothing to import`,
    );
  for (const r of used)
    if (r.response.kind === "meetings")
      for (const c of r.response.committees)
        if (c.committeeId !== committee.id)
          note(
            "not-in-selection",
            r.source,
            `committee ${c.committeeId} (${c.committeeTitle ?? "untitled"}): another committee`,
          );

  const summaries = new Map<number, { source: string; m: MeetingSummary }>();
  for (const { source, c } of listed)
    for (const m of c.meetings) {
      if (m.date < first || m.date > last) {
        note(
          "not-in-selection",
          source,
          `meeting ${m.id} on ${m.date} is outside ${options.year} (${first} to ${last})`,
        );
        continue;
      }
      summaries.set(m.id, { source, m });
    }
  const details = new Map<number, { source: string; d: MeetingDetail }>();
  for (const r of used) {
    if (r.response.kind !== "meeting") continue;
    const d = r.response.meeting;
    if (summaries.has(d.id)) details.set(d.id, { source: r.source, d });
    else
      note(
        "not-in-selection",
        r.source,
        `meeting ${d.id} on ${d.date} is not a meeting of ${committee.title} in ${options.year}`,
      );
  }
  return { used, committee, summaries, details };
}
