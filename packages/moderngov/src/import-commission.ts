import { type CommissionKind, type Jurisdiction, kindFromName, type ProgrammeInput } from "@scrutineer/model";
import { importedId } from "./imported-ids.js";
import type { ImportNotes } from "./report.js";
import { committeePage, type ModernGovSite } from "./site.js";

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

const titleCase = (key: string) =>
  key
    .split("-")
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(" ");

/**
 * The commission of an imported programme: the committee, its kind from its title, and its usual
 * start, finish and venue the most common of its meetings'. Notes what is filled in: the council's
 * name made from the site when not given, a venue "To be confirmed", no planned finish, and the
 * contact "Democratic Services" (the web service names no officer), and the jurisdiction England
 * when not given (ModernGov does not say which law a council works under; a Welsh or Scottish
 * council must be told, since it decides clear days and remote attendance).
 */
export function importCommission(
  committee: { id: number; title: string },
  meetings: NonNullable<ProgrammeInput["meetings"]>,
  options: { site: ModernGovSite; year: string; council?: string; jurisdiction?: Jurisdiction; kind?: CommissionKind },
  note: ImportNotes,
): ProgrammeInput["commission"] {
  const { site } = options;
  const council = options.council ?? titleCase(site.key);
  if (!options.council)
    note(
      "filled-in",
      "options",
      `the council's name is made from the site's address: "${council}" (give --council)`,
      "commission.council",
      council,
    );
  const jurisdiction = options.jurisdiction ?? "england";
  if (!options.jurisdiction)
    note(
      "filled-in",
      "options",
      "ModernGov does not say which law the council works under: England assumed (5 clear days' notice, remote members not present); give --jurisdiction wales or scotland otherwise",
      "commission.jurisdiction",
      jurisdiction,
    );
  const venue = mostCommon(meetings.map((m) => m.venue));
  if (!venue)
    note(
      "filled-in",
      "options",
      `no meeting says where it meets: the commission's venue is "To be confirmed"`,
      "commission.venue",
    );
  const start = mostCommon(meetings.map((m) => m.start));
  const plannedEnd = mostCommon(meetings.map((m) => m.plannedEnd));
  if (!plannedEnd)
    note(
      "filled-in",
      "options",
      "no meeting gives a planned finish: each meeting is timed against its start + 3 hours (set plannedEnd or usualLength)",
      "commission.plannedEnd",
    );
  note(
    "filled-in",
    "options",
    "ModernGov's web service does not name the committee's officer: the contact is \"Democratic Services\"",
    "commission.contact.name",
    "Democratic Services",
  );
  return {
    id: importedId.commission(site, committee.id),
    name: committee.title,
    shortName: committee.title,
    kind: options.kind ?? kindFromName(committee.title),
    council,
    jurisdiction,
    municipalYear: options.year,
    venue: venue ?? "To be confirmed",
    ...(start ? { start } : {}),
    ...(plannedEnd && (!start || plannedEnd > start) ? { plannedEnd } : {}),
    webpage: committeePage(site, committee.id),
    contact: { name: "Democratic Services" },
  };
}
