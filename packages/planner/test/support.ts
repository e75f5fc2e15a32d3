import { readFileSync } from "node:fs";
import { agendaItemId, type Programme, parseProgramme } from "@scrutineer/model";
import { highsSolver } from "../src/solve/highs-solver.js";

/** The real 2022/23 programme of the Hackney CYP Scrutiny Commission. */
export function example(): Programme {
  const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
  const parsed = parseProgramme(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.programme;
}

/**
 * The real 2022/23 programme's text as it was before the January review update was planned: the
 * School Exclusions review followed up by nothing but recommendation 1's standing item.
 */
export const unplannedSource = readFileSync(
  new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url),
  "utf8",
)
  .replace("    items: [exclusions-cabinet-response, exclusions-monitoring-2022, exclusions-review-update]\n", "")
  .replaceAll("        followUp: { item: exclusions-review-update }\n", "");

/** The real 2022/23 programme of North Yorkshire's Scrutiny of Health Committee: deferred items, a briefing. */
export function northYorkshire(): Programme {
  const source = readFileSync(
    new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url),
    "utf8",
  );
  const parsed = parseProgramme(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.programme;
}

/** A programme file from this package's fixtures. */
export function fixture(name: string): Programme {
  const source = readFileSync(new URL(`../src/__fixtures__/${name}`, import.meta.url), "utf8");
  const parsed = parseProgramme(source, name);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
  return parsed.programme;
}

/**
 * The 2022/23 programme with every meeting emptied into the backlog, as at the start of the
 * year: standing items keep their real month as their window, and the attendance and
 * declarations (records of meetings not yet held) are cleared.
 */
export function emptiedExample(): { programme: Programme; months: Map<string, string> } {
  const p = example();
  const months = new Map<string, string>();
  const onAgenda: string[] = [];
  for (const m of p.meetings)
    for (const e of m.agenda) {
      const id = agendaItemId(e);
      onAgenda.push(id);
      const item = p.items.find((i) => i.id === id)!;
      if (item.standing) months.set(id, m.date.slice(0, 7));
    }
  const programme: Programme = {
    ...p,
    items: p.items.map((i) =>
      months.has(i.id) ? { ...i, earliest: months.get(i.id)!, latest: months.get(i.id)! } : i,
    ),
    meetings: p.meetings.map(({ attendance: _a, ...m }) => ({ ...m, agenda: [], declarations: [] })),
    backlog: [...p.backlog, ...onAgenda],
  };
  return { programme, months };
}

/** One HiGHS runtime for a whole test file. */
export const solver = highsSolver();

/** The programme with one item moved to a meeting's agenda (at its end) or to the backlog. */
export function moved(p: Programme, itemId: string, to: string | "backlog"): Programme {
  const meetings = p.meetings.map((m) => ({
    ...m,
    agenda: [...m.agenda.filter((e) => agendaItemId(e) !== itemId), ...(m.id === to ? [itemId] : [])],
  }));
  const backlog = [...p.backlog.filter((id) => id !== itemId), ...(to === "backlog" ? [itemId] : [])];
  return { ...p, meetings, backlog };
}

/** The programme with one item's fields changed. */
/**
 * The programme as it stood before a meeting was held: that meeting's agenda entries without
 * the outcomes, resolutions, actions and written answers its minutes recorded (which tie its
 * items to it).
 */
export function unrecorded(p: Programme, meetingId: string): Programme {
  const meetings = p.meetings.map((m) =>
    m.id !== meetingId
      ? m
      : {
          ...m,
          agenda: m.agenda.map((e) => {
            if (typeof e === "string") return e;
            const { outcome: _o, deferredTo: _d, resolutions: _r, actions: _a, writtenAnswers: _w, ...rest } = e;
            return Object.keys(rest).length === 1 ? rest.item : rest;
          }),
        },
  );
  return { ...p, meetings };
}

export function withItem(p: Programme, itemId: string, change: Partial<Programme["items"][number]>): Programme {
  return { ...p, items: p.items.map((i) => (i.id === itemId ? { ...i, ...change } : i)) };
}
