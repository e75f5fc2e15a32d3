import { type ProgrammeInput, programmeText } from "@scrutineer/model";
import type { ModernGovSite } from "./site.js";

/**
 * The text of a newly imported programme: the file format the officer edits, with a header
 * saying where it came from and who owns what. Lists of ids and people are written in the flow
 * style the bundled example uses (`programmeText` of the model). No clock: the header names
 * the site, committee and year, not the time of the import.
 */
export function programmeYaml(input: ProgrammeInput, site: ModernGovSite, committeeId: number): string {
  return programmeText(input, {
    header: [
      `${input.commission.name}, ${input.commission.council}, ${input.commission.municipalYear}.`,
      `Imported from ModernGov at ${site.base} (committee ${committeeId}) by \`scrutineer import moderngov\`.`,
      "A later import updates what ModernGov owns (meeting dates, times, status, venue, published agendas,",
      "attendance, item titles and the `ModernGov:` lines of item notes) and keeps what the officer owns",
      "(minutes, objectives once written, priorities, backlog, other notes, comments).",
    ],
  });
}
