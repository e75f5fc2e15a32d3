import { parseSlotRule } from "@scrutineer/deadlines";
import {
  type ParseOptions,
  type ProgrammeError,
  parseYamlFile,
  type ReferenceProblem,
  type RegisterFill,
} from "@scrutineer/model";
import { type CommitteeEntry, Council } from "./council-file.js";

/** council.yaml parsed: the council, or every error with file, line, column and field path. */
export type CouncilParseResult =
  | { ok: true; council: Council; errors: [] }
  | { ok: false; errors: ProgrammeError[]; council?: undefined };

const LISTS = ["councillors", "coOptees", "officers", "cabinetMembers"] as const;

/** The references inside council.yaml: ids once each, the supporting officers in the register, spans the right way round. */
export function councilReferenceProblems(council: Council): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: (string | number)[], code: string, message: string) => problems.push({ path, code, message });
  // One id names one person across the whole register, so a programme's id is never ambiguous.
  const seen = new Map<string, string>();
  for (const list of LISTS)
    council.register[list].forEach((person, i) => {
      const earlier = seen.get(person.id);
      if (earlier)
        add(["register", list, i, "id"], "duplicate-id", `${person.id} is already in the register (${earlier})`);
      else seen.set(person.id, `register.${list}[${i}]`);
    });
  const officers = new Set(council.register.officers.map((o) => o.id));
  const committees = new Set<string>();
  const files = new Set<string>();
  council.committees.forEach((c, i) => {
    if (committees.has(c.id)) add(["committees", i, "id"], "duplicate-id", `committee ${c.id} is listed twice`);
    committees.add(c.id);
    if (files.has(c.programme))
      add(["committees", i, "programme"], "duplicate-id", `${c.programme} is already another committee's programme`);
    files.add(c.programme);
    if (c.cycle) {
      try {
        parseSlotRule(c.cycle.rule);
      } catch (error) {
        add(["committees", i, "cycle", "rule"], "invalid-rule", error instanceof Error ? error.message : String(error));
      }
    }
    c.officers.forEach((id, k) => {
      if (!officers.has(id))
        add(["committees", i, "officers", k], "register-unknown-id", `no officer with id ${id} in register.officers`);
    });
  });
  const venues = new Set<string>();
  council.venues.forEach((v, i) => {
    if (venues.has(v.id)) add(["venues", i, "id"], "duplicate-id", `venue ${v.id} is listed twice`);
    venues.add(v.id);
  });
  council.avoidDates.forEach((d, i) => {
    if (d.until !== undefined && d.until < d.from)
      add(["avoidDates", i, "until"], "span-reversed", `until ${d.until} is before from ${d.from}`);
  });
  council.elections.forEach((e, i) => {
    if (e.poll < e.periodFrom)
      add(
        ["elections", i, "periodFrom"],
        "span-reversed",
        `the period starts ${e.periodFrom}, after the poll ${e.poll}`,
      );
  });
  return problems;
}

/**
 * Parse council.yaml: the council, or every error with file, line, column and field path (the
 * programme loader's own steps and limits: `parseYamlFile` of `@scrutineer/model`). Pure; never throws.
 */
export function parseCouncil(
  source: string | Uint8Array,
  file = "council.yaml",
  options: Pick<ParseOptions, "limits"> = {},
): CouncilParseResult {
  const result = parseYamlFile(source, file, options, {
    schema: Council,
    what: "council.yaml",
    empty: "the file is empty: council.yaml starts with council: (see docs/council-wide.md)",
    references: councilReferenceProblems,
  });
  return result.ok ? { ok: true, council: result.value, errors: [] } : { ok: false, errors: result.errors };
}

/**
 * What a committee's programme takes from council.yaml (`parseProgramme(text, file, { register })`):
 * the register's people by id, and the commission's council, jurisdiction, municipal year,
 * contact (its first supporting officer) and closure days where the programme does not write them.
 */
export function registerFor(council: Council, committee: CommitteeEntry): RegisterFill {
  const officer = council.register.officers.find((o) => o.id === committee.officers[0]);
  const commission: Record<string, unknown> = {
    id: committee.id,
    council: council.council,
    jurisdiction: council.jurisdiction,
    municipalYear: council.municipalYear,
  };
  if (officer)
    commission.contact = {
      name: officer.name,
      ...(officer.phone ? { phone: officer.phone } : {}),
      ...(officer.email ? { email: officer.email } : {}),
    };
  if (council.closureDays.length > 0) commission.deadlines = { nonWorkingDays: [...council.closureDays] };
  return { ...council.register, commission };
}
