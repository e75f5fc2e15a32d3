import { INTEREST_ACTION_LABEL, type PublicDeclaration } from "@scrutineer/agenda";
import { bodyWord, commissionLaw, interestKindLabel, type Programme, SENSITIVE_INTEREST } from "@scrutineer/model";
import { UnknownPersonError } from "./errors.js";
import type { EventKind } from "./event-uid.js";
import type { FeedEvent } from "./feed-event.js";
import { attends } from "./programme-event.js";
import type { ProgrammeFeed } from "./programme-feed.js";
import { type CalendarText, renderCalendar, renderCalendarChunks } from "./render-calendar.js";
import { byText, oneLine } from "./text.js";

/**
 * The three kinds of feed: a commission's meetings, a member's meetings across every commission
 * they sit on, and the officers' deadlines. Each takes one or more `ProgrammeFeed`s (several
 * municipal years, or several commissions), so one subscription can outlive a year.
 *
 * Events that are not meetings (briefings, site visits) join them: the commission's public feed
 * holds only those marked public; a member's feed holds those the member attends and the
 * officers' feed all of them, private ones only when `privateEvents` is set (a member's own
 * export, the officers' own export; never the published site or `serve`).
 */

export interface CalendarOptions {
  /** Overrides the calendar's name. */
  name?: string;
  /** Overrides the calendar's description. */
  description?: string;
  /** Seconds between refreshes the feed asks for (default one hour). */
  refreshSeconds?: number;
  /**
   * Include private events (briefings not marked public). Only for a feed that is not published:
   * a member's own calendar, the officers' own. Default false. Ignored by the commission's feed.
   */
  privateEvents?: boolean;
}

/** The events a feed may show: public ones, and private ones too when asked. */
function shown(events: readonly FeedEvent[], privateEvents: boolean | undefined): FeedEvent[] {
  return events.filter((e) => e.audience?.public === true || privateEvents === true);
}

/** "commissions", "committees", "scrutiny committees and commissions": what the bodies are called together. */
function bodies(feeds: readonly ProgrammeFeed[]): string {
  const kinds = [...new Set(feeds.map((f) => f.programme.commission.kind))];
  if (kinds.length === 1 && kinds[0]) return bodyWord(kinds[0], { lower: true, plural: true });
  return "committees and commissions";
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

/** The events and the calendar's text of each feed, before it is written. */
interface CalendarInput {
  events: FeedEvent[];
  text: CalendarText;
}

/**
 * Every meeting of the commission(s): the public feed.
 *
 * @example
 * const calendar = commissionCalendar(programmeFeed(programme, { now: "2023-01-09T09:00:00Z" }));
 * calendar.startsWith("BEGIN:VCALENDAR\r\n"); // true
 * calendar.endsWith("END:VCALENDAR\r\n"); // true
 */
export function commissionCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  options: CalendarOptions = {},
): string {
  const { events, text } = commissionInput(feeds, options);
  return renderCalendar(events, text);
}

function commissionInput(feeds: ProgrammeFeed | readonly ProgrammeFeed[], options: CalendarOptions): CalendarInput {
  const all = list(feeds);
  return {
    events: jointOnce(all, (f) => [...f.meetings, ...shown(f.events, false)]),
    text: {
      name: options.name ?? names(all, (p) => p.commission.name),
      description:
        options.description ??
        `Meetings of the ${commissionsLine(all)}. Times are UK time. Each event lists the agenda with estimated start times and is updated when the work programme changes.`,
      ...refresh(options),
    },
  };
}

/** Each item's title on one line, by id. */
function itemTitles(programme: Programme): Map<string, string> {
  return new Map(programme.items.map((i) => [i.id, oneLine(i.title)]));
}

/** The heading over a member's own declarations in a meeting's description. */
const DECLARATIONS_HEADING = ["", "Your declarations of interest at this meeting:"];

/** A meeting's event with the member's declaration lines (`declarationLines`) added under their heading. */
function withDeclarations(event: FeedEvent, lines: readonly string[]): FeedEvent {
  return { ...event, description: [event.description, ...DECLARATIONS_HEADING, ...lines].join("\n") };
}

/** The member's own declarations, one line each, in their public form: a sensitive interest's nature never appears. */
function declarationLines(titles: ReadonlyMap<string, string>, declarations: readonly PublicDeclaration[]): string[] {
  const lines: string[] = [];
  for (const d of declarations) {
    const items = d.items.map((id) => titles.get(id) ?? id).join("; ");
    const nature = d.sensitive ? SENSITIVE_INTEREST : oneLine(d.nature).replace(/[.\s]+$/, "");
    lines.push(`- ${items}: ${interestKindLabel(d.kind)}, ${nature}. You ${INTEREST_ACTION_LABEL[d.action]}.`);
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

/**
 * The programme's joint meetings (`jointWith`), by meeting id: every committee holding it, sorted
 * and joined, so that the copies of one joint meeting in two programmes give the same value.
 */
function jointMeetings(programme: Programme): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of programme.meetings)
    if (m.jointWith && m.jointWith.length > 0)
      out.set(m.id, [...new Set([programme.commission.id, ...m.jointWith])].sort(byText).join("+"));
  return out;
}

/**
 * The events `pick` gives from each feed, with the copies of a joint meeting (and of its
 * deadlines) once: the copy of the committee first by id, whatever the order of the feeds. A
 * joint meeting is written in each committee's programme (same id and date, each naming the
 * others in `jointWith`); a feed of several committees (a council's) holds it once (issue 15).
 */
function jointOnce(feeds: readonly ProgrammeFeed[], pick: (f: ProgrammeFeed) => readonly FeedEvent[]): FeedEvent[] {
  const events: FeedEvent[] = [];
  const first = new Map<string, number>();
  for (const f of feeds) {
    const jointWith = jointMeetings(f.programme);
    for (const e of pick(f)) {
      const holders = e.removed || e.kind === "event" ? undefined : jointWith.get(e.owner.meeting);
      if (holders === undefined) {
        events.push(e);
        continue;
      }
      const key = `${e.kind} ${e.owner.municipalYear} ${e.owner.meeting} ${e.start} ${holders}`;
      const at = first.get(key);
      if (at === undefined) {
        first.set(key, events.length);
        events.push(e);
      } else if (byText(e.owner.commission, events[at]!.owner.commission) < 0) events[at] = e;
    }
  }
  return events;
}

/**
 * Every meeting of every commission the councillor or co-optee sits on, each once: a joint
 * meeting of two committees they both sit on (written in each programme with `jointWith`) is one
 * event, with the UID and text of the committee first by id, and their declarations at it from both.
 */
export function memberCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  person: string,
  options: CalendarOptions = {},
): string {
  const { events, text } = memberInput(feeds, person, options);
  return renderCalendar(events, text);
}

function memberInput(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  person: string,
  options: CalendarOptions,
): CalendarInput {
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
  // A joint meeting is written in each committee's programme (same id and date, each naming the
  // others in jointWith): in the feed of someone on two of them it is one event (issue 15).
  const joint = new Map<string, { at: number; event: FeedEvent; declared: string[] }>();
  for (const f of theirs) {
    // The items' titles, made once per programme when first needed: once per declaring meeting
    // made a member's feed quadratic (22× the CPU for 10× the meetings at 8,000).
    let titles: Map<string, string> | undefined;
    const jointWith = jointMeetings(f.programme);
    for (const m of f.meetings) {
      const own = m.declarations.filter((d) => d.person === person);
      if (own.length > 0) titles ??= itemTitles(f.programme);
      const declared = titles && own.length > 0 ? declarationLines(titles, own) : [];
      const holders = m.removed ? undefined : jointWith.get(m.owner.meeting);
      if (holders === undefined) {
        events.push(declared.length > 0 ? withDeclarations(m, declared) : m);
        continue;
      }
      const key = `${m.owner.municipalYear} ${m.owner.meeting} ${m.start} ${holders}`;
      const first = joint.get(key);
      if (first === undefined) {
        joint.set(key, { at: events.length, event: m, declared });
        events.push(m);
        continue;
      }
      // One event: the committee first by id keeps it (and its UID), whatever the order of the files.
      if (byText(m.owner.commission, first.event.owner.commission) < 0) first.event = m;
      for (const line of declared) if (!first.declared.includes(line)) first.declared.push(line);
    }
    // A removed event's notice (no audience known) goes to everyone who may see private events.
    for (const e of shown(f.events, options.privateEvents))
      if (e.removed || (e.audience && attends(e.audience, person))) events.push(e);
  }
  for (const { at, event, declared } of joint.values())
    events[at] = declared.length > 0 ? withDeclarations(event, declared) : event;
  return {
    events,
    text: {
      name: options.name ?? `${name}: scrutiny meetings`,
      description:
        options.description ??
        `Every meeting of the scrutiny ${bodies(theirs)} ${name} sits on: ${commissionsLine(theirs)}. Times are UK time.`,
      ...refresh(options),
    },
  };
}

/** The deadlines that fall after meetings: what is owed to the commission. */
const OWED = new Set<EventKind>(["response-due", "action-due", "written-answer-due"]);

/**
 * The officers' deadlines: papers deadline, agenda dispatch and Cabinet Q&A notice, and the
 * responses, actions and written answers due after meetings, as all-day events; with the events
 * that are not meetings (public ones; private ones with `privateEvents`).
 */
export function deadlinesCalendar(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  options: CalendarOptions = {},
): string {
  const { events, text } = deadlinesInput(feeds, options);
  return renderCalendar(events, text);
}

function deadlinesInput(feeds: ProgrammeFeed | readonly ProgrammeFeed[], options: CalendarOptions): CalendarInput {
  const all = list(feeds);
  const laws = [...new Set(all.map((f) => commissionLaw(f.programme.commission).dispatchLaw.full))].join("; ");
  const owed = all.some((f) => f.deadlines.some((e) => OWED.has(e.kind)));
  return {
    events: jointOnce(all, (f) => [...f.deadlines, ...shown(f.events, options.privateEvents)]),
    text: {
      name: options.name ?? `${names(all, (p) => p.commission.shortName)} officers' deadlines`,
      description:
        options.description ??
        `Papers deadlines, agenda dispatch dates (${laws}) and Cabinet Q&A notice dates${owed ? ", and the responses, actions and written answers due after meetings," : ""} for the ${commissionsLine(all)}, from the work programme.`,
      ...refresh(options),
    },
  };
}

/** Which feed `calendarChunks` writes: the commission's meetings, one member's, or the officers' deadlines. */
export type CalendarChoice = { kind: "commission" } | { kind: "member"; person: string } | { kind: "deadlines" };

/**
 * One of the three feeds as `commissionCalendar`, `memberCalendar` or `deadlinesCalendar` give
 * it, byte for byte, in pieces of whole lines, for writing a large feed to disk as it is made.
 * Errors (an unknown member, a duplicate event) are thrown here, before any piece.
 */
export function calendarChunks(
  feeds: ProgrammeFeed | readonly ProgrammeFeed[],
  choice: CalendarChoice,
  options: CalendarOptions = {},
): Iterable<string> {
  const { events, text } =
    choice.kind === "member"
      ? memberInput(feeds, choice.person, options)
      : choice.kind === "deadlines"
        ? deadlinesInput(feeds, options)
        : commissionInput(feeds, options);
  return renderCalendarChunks(events, text);
}
