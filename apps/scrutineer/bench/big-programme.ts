/**
 * Programmes of any size for benches and complexity tests: the Hackney 2022/23 example's
 * meetings and items copied `copies` times into one programme (8 meetings and about 35 items per
 * copy), each copy's ids suffixed, its meeting dates shifted by a few days within the municipal
 * year. Every copy is as rich as the real one: timed agendas, attendance, declarations, Cabinet
 * Q&A, stated deadlines.
 */
import { readFileSync } from "node:fs";
import { agendaItemId, type Programme, type ProgrammeLimits, parseProgramme } from "@scrutineer/model";
import { stringify } from "yaml";

const example = new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url);

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The example as data. */
export function exampleProgramme(): Programme {
  const result = parseProgramme(readFileSync(example, "utf8"));
  if (!result.ok) throw new Error("the example does not parse");
  return result.programme;
}

/** A programme of `8 × copies` meetings (see above). */
export function bigProgramme(copies: number, base = exampleProgramme()): Programme {
  const items: Programme["items"] = [];
  const meetings: Programme["meetings"] = [];
  const backlog: string[] = [];
  for (let k = 0; k < copies; k++) {
    const id = (old: string) => (k === 0 ? old : `${old}-${k}`);
    const shift = k === 0 ? 0 : (k % 9) - 4; // a few days either way: still inside the year
    for (const item of base.items)
      items.push({ ...item, id: id(item.id), alongside: item.alongside.map(id) } as Programme["items"][number]);
    for (const m of base.meetings) {
      const agenda = m.agenda.map((entry) =>
        typeof entry === "string" ? id(entry) : { ...entry, item: id(agendaItemId(entry)) },
      );
      const meeting = { ...m, id: id(m.id), date: shiftDate(m.date, shift), agenda } as Programme["meetings"][number];
      if (shift !== 0) {
        // Stated deadlines and a move belong to the real dates, not the shifted copies.
        delete (meeting as { papersDeadline?: string }).papersDeadline;
        delete (meeting as { dispatch?: string }).dispatch;
        delete (meeting as { movedFrom?: string }).movedFrom;
        if (meeting.status === "moved") meeting.status = "scheduled";
      }
      if (Array.isArray(meeting.declarations))
        meeting.declarations = meeting.declarations.map((d) => ({ ...d, items: d.items?.map(id) }));
      meetings.push(meeting);
    }
    backlog.push(...base.backlog.map(id));
  }
  return { ...base, items, meetings, backlog };
}

/**
 * No limits: a programme file is refused beyond 100 meetings or 1 MiB (docs/limits.md), which is
 * right for an officer's file and wrong for a bench that wants 8,000 meetings.
 */
export const BENCH_LIMITS: Partial<ProgrammeLimits> = {
  maxBytes: Number.POSITIVE_INFINITY,
  maxItems: Number.POSITIVE_INFINITY,
  maxMeetings: Number.POSITIVE_INFINITY,
  maxAliases: Number.POSITIVE_INFINITY,
  maxAliasValues: Number.POSITIVE_INFINITY,
};

/** The same, as the text of a programme file (each copy written out in full: no YAML aliases). */
export function bigProgrammeYaml(copies: number): string {
  const programme = bigProgramme(copies);
  const text = stringify(programme, { lineWidth: 0, aliasDuplicateObjects: false });
  const check = parseProgramme(text, "programme.yaml", { limits: BENCH_LIMITS });
  if (!check.ok) throw new Error(`the generated programme does not parse: ${JSON.stringify(check.errors[0])}`);
  return text;
}
