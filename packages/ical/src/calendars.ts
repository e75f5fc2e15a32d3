import { INTEREST_ACTION_LABEL, type PublicDeclaration } from "@scrutineer/agenda";
import type { Programme } from "@scrutineer/model";
import type { FeedEvent } from "./feed-event.js";
import type { ProgrammeFeed } from "./programme-feed.js";
import { renderCalendar } from "./render-calendar.js";
import { byText, oneLine } from "./text.js";

/**
 * The three kinds of feed: a commission's meetings, a member's meetings across every commission
 * they sit on, and the officers' deadlines. Each takes one or more `ProgrammeFeed`s (several
 * municipal years, or several commissions), so one subscription can outlive a year.
 */

export interface CalendarOptions {
  /** Overrides the calendar's name. */
  name?: string;
  /** Overrides the calendar's description. */
  description?: string;
  /** Seconds between refreshes the feed asks for (default one hour). */
  refreshSeconds?: number;
}

/** No councillor or co-optee with that id sits on any of the commissions given. */
export class UnknownPersonError extends Error {
  override readonly name = "UnknownPersonError";
  constructor(
    readonly person: string,
    readonly known: string[],
  ) {
    super(`no councillor or co-optee with the id "${person}" sits on these commissions`);
  }
}

function list<T>(x: T | readonly T[]): readonly T[] {
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

/** "Children and Young People Scrutiny Commission, London Borough of Hackney (2022/23, 2023/24)". */
function commissionsLine(feeds: readonly ProgrammeFeed[]): string {
  const byName = new Map<string, Set<string>>();
  for (const { programme: p } of feeds) {
    const name = `${oneLine(p.commission.name)}, ${oneLine(p.commission.council)}`;
    byName.set(name, (byName.get(name) ?? new Set()).add(p.commission.municipalYear));
  }
  return [...byName]
    .sort(([a], [b]) => byText(a, b))
    .map(([name, years]) => `${name} (${[...years].sort().join(", ")})`)
    .join("; ");
}

function names(feeds: readonly ProgrammeFeed[], pick: (p: Programme) => string): string {
  return [...new Set(feeds.map((f) => oneLine(pick(f.programme))))].sort((a, b) => byText(a, b)).join(", ");
}

function refresh(options: CalendarOptions): { refreshSeconds?: number } {
  return options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {};
}

/** Every meeting of the commission(s): the public feed. */
export function commissionCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  options: CalendarOptions = {},
): string {
  const all = list(feeds);
  return renderCalendar(
    all.flatMap((f) => f.meetings),
    {
      name: options.name ?? names(all, (p) => p.commission.name),
      description:
        options.description ??
        `Meetings of the ${commissionsLine(all)}. Times are UK time. Each event lists the agenda with estimated start times and is updated when the work programme changes.`,
      ...refresh(options),
    },
  );
}

const KIND_LABEL: Record<PublicDeclaration["kind"], string> = {
  "disclosable-pecuniary": "disclosable pecuniary interest",
  "other-non-pecuniary": "other non-pecuniary interest",
};

/** The member's own declarations, in their public form: a sensitive interest's nature never appears. */
function declarationLines(programme: Programme, declarations: readonly PublicDeclaration[]): string[] {
  if (declarations.length === 0) return [];
  const titles = new Map(programme.items.map((i) => [i.id, oneLine(i.title)]));
  const lines = ["", "Your declarations of interest at this meeting:"];
  for (const d of declarations) {
    const items = d.items.map((id) => titles.get(id) ?? id).join("; ");
    const nature = d.sensitive
      ? "a sensitive interest (its nature is not published)"
      : oneLine(d.nature).replace(/[.\s]+$/, "");
    lines.push(`- ${items}: ${KIND_LABEL[d.kind]}, ${nature}. You ${INTEREST_ACTION_LABEL[d.action]}.`);
  }
  return lines;
}

function personName(feeds: readonly ProgrammeFeed[], person: string): string | undefined {
  for (const { programme: p } of feeds) {
    const found = p.members.find((m) => m.id === person) ?? p.coOptees.find((c) => c.id === person);
    if (found) return oneLine(found.name);
  }
  return undefined;
}

/** Everyone who sits on any of the commissions: their ids and names, in name order. */
export function sittingMembers(feeds: readonly ProgrammeFeed[]): { id: string; name: string }[] {
  const out = new Map<string, string>();
  for (const f of feeds) for (const id of f.sitting) if (!out.has(id)) out.set(id, personName([f], id) ?? id);
  return [...out].map(([id, name]) => ({ id, name })).sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
}

/** Every meeting of every commission the councillor or co-optee sits on. */
export function memberCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  person: string,
  options: CalendarOptions = {},
): string {
  const all = list(feeds);
  const theirs = all.filter((f) => f.sitting.includes(person));
  const name = personName(theirs, person);
  if (theirs.length === 0 || name === undefined) {
    throw new UnknownPersonError(
      person,
      sittingMembers(all)
        .map((m) => m.id)
        .sort(byText),
    );
  }
  const events: FeedEvent[] = [];
  for (const f of theirs) {
    for (const m of f.meetings) {
      const own = m.declarations.filter((d) => d.person === person);
      events.push(
        own.length === 0 ? m : { ...m, description: [m.description, ...declarationLines(f.programme, own)].join("\n") },
      );
    }
  }
  return renderCalendar(events, {
    name: options.name ?? `${name}: scrutiny meetings`,
    description:
      options.description ??
      `Every meeting of the scrutiny commissions ${name} sits on: ${commissionsLine(theirs)}. Times are UK time.`,
    ...refresh(options),
  });
}

/** The officers' deadlines: papers deadline, agenda dispatch and Cabinet Q&A notice, as all-day events. */
export function deadlinesCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  options: CalendarOptions = {},
): string {
  const all = list(feeds);
  return renderCalendar(
    all.flatMap((f) => f.deadlines),
    {
      name: options.name ?? `${names(all, (p) => p.commission.shortName)} officers' deadlines`,
      description:
        options.description ??
        `Papers deadlines, agenda dispatch dates (Local Government Act 1972 s100B) and Cabinet Q&A notice dates for the ${commissionsLine(all)}, from the work programme.`,
      ...refresh(options),
    },
  );
}
