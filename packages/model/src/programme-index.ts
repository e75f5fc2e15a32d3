import { minutesOfDay, wallTime } from "@scrutineer/dates";
import type { ProgrammeEvent } from "./event.js";
import type { Item } from "./item.js";
import { type AgendaEntry, type AgendaOutcome, agendaItemId, type Meeting } from "./meeting.js";
import { meetingOrder, orderLayout } from "./order-of-business.js";
import { type CoOptee, type Councillor, type Person, sitsOn } from "./people.js";
import type { WallTime } from "./primitives.js";
import type { Programme } from "./programme.js";

/**
 * The programme's lookups, built once and passed to every rule, so that no rule rebuilds a map
 * of the people or items per meeting (which made checking a programme quadratic in its size).
 */

/**
 * Items 1-3 are procedural on Hackney's front sheets (seed 001, lines 24-27), so its first agenda
 * item is 4. Another order of business numbers from one after its opening headings
 * (`orderLayout(meetingOrder(commission, meeting)).firstItemNumber`).
 */
export const FIRST_ITEM_NUMBER = 4;

/** An agenda entry resolved to its item, with what the front sheet stated and what became of it. */
export interface AgendaSlot {
  item: Item;
  /** The start printed on the front sheet, "HH:MM". */
  statedStart?: WallTime;
  pages?: string;
  /** What became of the item at the meeting (the minutes). */
  outcome?: AgendaOutcome;
  /** For a deferred item, the meeting it went to. */
  deferredTo?: string;
}

/** Who sits on the commission on a day: the councillors and co-optees whose terms include it. */
export interface Membership {
  councillors: readonly Councillor[];
  coOptees: readonly CoOptee[];
}

/** An agenda slot with the number the front sheet gives it (from the order of business's first item number). */
export interface NumberedSlot extends AgendaSlot {
  number: number;
}

/**
 * A programme's lookups. Read-only: build it with `indexProgramme` after the last change to the
 * programme (it holds the programme's own objects, not copies), and build a new one after an edit.
 */
export interface ProgrammeIndex {
  /** The programme indexed. */
  readonly programme: Programme;
  /** Everyone named in the programme (councillors, co-optees, substitutes, officers, Cabinet members) by id, with their kind. */
  readonly people: ReadonlyMap<string, Person>;
  /** Items by id. */
  readonly items: ReadonlyMap<string, Item>;
  /** Meetings by id (the first meeting with an id, should a file repeat one). */
  readonly meetings: ReadonlyMap<string, Meeting>;
  /** Meetings by date then id. */
  readonly meetingsInOrder: readonly Meeting[];
  /** The ids in the backlog. */
  readonly backlog: ReadonlySet<string>;
  /** Events that are not meetings (briefings, site visits), by id. */
  readonly events: ReadonlyMap<string, ProgrammeEvent>;
  /** Events by date, then start, then id. */
  readonly eventsInOrder: readonly ProgrammeEvent[];
  /**
   * Items on no agenda, not in the backlog and not withdrawn, in file order: an item easy to lose
   * from a Word table, which the work programme should account for (seed 001: "Possible items
   * noted for 2023/24"). The one definition of an "unplaced" item.
   */
  readonly unplacedItems: readonly Item[];
  /** The meetings on a date (YYYY-MM-DD), in file order; empty when there are none. */
  meetingsOn(date: string): readonly Meeting[];
  /**
   * Every meeting a date (YYYY-MM-DD) or an id names: the meeting with that id, then every meeting
   * on that date in file order. More than one means the date is ambiguous (two meetings on one
   * day, which `check` reports as `meetings-same-date`): ask for the id.
   */
  meetingsMatching(dateOrId: string): readonly Meeting[];
  /**
   * The one meeting a date (YYYY-MM-DD) or an id names; undefined when none does, or when several
   * share the date (`meetingsMatching` lists them): never the first of two.
   */
  findMeeting(dateOrId: string): Meeting | undefined;
  /** The meetings whose agendas hold an item, in date order (an agenda may name an item once a year today). */
  meetingsOfItem(itemId: string): readonly Meeting[];
  /** The meeting of an item: the earliest whose agenda holds it, if any. */
  meetingOfItem(itemId: string): Meeting | undefined;
  /**
   * The meeting's agenda in order, each entry resolved to its item; ids with no item behind them
   * are skipped (the loader reports them). Worked out once per meeting object and kept.
   */
  agenda(meeting: Meeting): readonly AgendaSlot[];
  /**
   * The agenda as the front sheet numbers it: withdrawn items dropped, the rest numbered from the
   * first item number of the order of business (4 for Hackney's). Worked out once per meeting object and kept.
   */
  numberedAgenda(meeting: Meeting): readonly NumberedSlot[];
  /** Who sits on the commission on a date (`from`/`until` of each member and co-optee). */
  membershipOn(date: string): Membership;
}

/** A meeting's length when nothing gives its end: three hours (and a note, `planned-end-assumed`). */
export const ASSUMED_MEETING_MINUTES = 180;

/** Where a meeting's planned end comes from, in the order they are tried. */
export type PlannedEndSource = "meeting" | "commission" | "usual-length" | "assumed";

/** A meeting's start, planned end and venue, and where the end came from. */
export interface MeetingTimes {
  start: WallTime;
  /** "HH:MM"; an end past midnight is clamped at 23:59 (`lengthMinutes` keeps the true length). */
  plannedEnd: WallTime;
  venue: string;
  endFrom: PlannedEndSource;
  /** Planned end minus start, in minutes (may be 0 or less for an end before the start). */
  lengthMinutes: number;
}

/**
 * Start, planned end and venue of a meeting. The planned end is the meeting's own, else the
 * commission's usual end, else its start plus the commission's usual length, else its start plus
 * `ASSUMED_MEETING_MINUTES` (a 19.00 Hackney meeting then ends at 22.00, its standing orders' close).
 */
export function meetingTimes(p: Programme, m: Meeting): MeetingTimes {
  const start = m.start ?? p.commission.start;
  const venue = m.venue ?? p.commission.venue;
  const end = (plannedEnd: WallTime, endFrom: PlannedEndSource): MeetingTimes => ({
    start,
    plannedEnd,
    venue,
    endFrom,
    lengthMinutes: minutesOfDay(plannedEnd) - minutesOfDay(start),
  });
  if (m.plannedEnd) return end(m.plannedEnd, "meeting");
  if (p.commission.plannedEnd) return end(p.commission.plannedEnd, "commission");
  const length = p.commission.usualLength ?? ASSUMED_MEETING_MINUTES;
  return {
    start,
    plannedEnd: wallTime(minutesOfDay(start) + length),
    venue,
    endFrom: p.commission.usualLength ? "usual-length" : "assumed",
    lengthMinutes: length,
  };
}

/** Meetings in date order (then by id). */
export function meetingsInOrder(p: Programme): Meeting[] {
  return [...p.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * Index a programme: every lookup the rules need, in time linear in its size. Agendas are
 * resolved lazily, once per meeting object, so a rule may also be given a meeting that is not
 * in the programme (an edited copy) and still gets its own agenda.
 *
 * @example
 * const index = indexProgramme(programme);
 * index.findMeeting("2023-01-16")?.id; // "2023-01"
 * index.meetingOfItem("send-strategy")?.date; // "2022-11-30"
 * index.numberedAgenda(index.findMeeting("2023-01-16")!)[0]?.number; // 4
 */
export function indexProgramme(programme: Programme): ProgrammeIndex {
  const people = new Map<string, Person>();
  for (const m of programme.members) people.set(m.id, { kind: "councillor", ...m });
  for (const c of programme.coOptees) people.set(c.id, { kind: "co-optee", ...c });
  for (const s of programme.substitutes ?? []) people.set(s.id, { kind: "substitute", ...s });
  for (const o of programme.officers) people.set(o.id, { kind: "officer", ...o });
  for (const c of programme.cabinetMembers) people.set(c.id, { kind: "cabinet-member", ...c });

  const items = new Map(programme.items.map((i) => [i.id, i]));
  const meetings = new Map<string, Meeting>();
  const byDate = new Map<string, Meeting[]>();
  for (const m of programme.meetings) {
    if (!meetings.has(m.id)) meetings.set(m.id, m);
    const on = byDate.get(m.date);
    if (on) on.push(m);
    else byDate.set(m.date, [m]);
  }

  const ordered = Object.freeze(meetingsInOrder(programme));
  const ofItem = new Map<string, Meeting[]>();
  for (const m of ordered) {
    for (const entry of m.agenda as AgendaEntry[]) {
      const id = agendaItemId(entry);
      const list = ofItem.get(id);
      if (!list) ofItem.set(id, [m]);
      else if (list[list.length - 1] !== m) list.push(m);
    }
  }

  const backlog = new Set(programme.backlog);
  const events = new Map<string, ProgrammeEvent>();
  for (const e of programme.events ?? []) if (!events.has(e.id)) events.set(e.id, e);
  const eventsInOrder = Object.freeze(
    [...(programme.events ?? [])].sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.start ?? "").localeCompare(b.start ?? "") || a.id.localeCompare(b.id),
    ),
  );
  const firstNumber = (meeting: Meeting) => orderLayout(meetingOrder(programme.commission, meeting)).firstItemNumber;
  const unplacedItems = Object.freeze(
    programme.items.filter((i) => !backlog.has(i.id) && !ofItem.has(i.id) && i.status !== "withdrawn"),
  );

  const agendas = new WeakMap<Meeting, readonly AgendaSlot[]>();
  const numbered = new WeakMap<Meeting, readonly NumberedSlot[]>();
  const agenda = (meeting: Meeting): readonly AgendaSlot[] => {
    let slots = agendas.get(meeting);
    if (!slots) {
      const out: AgendaSlot[] = [];
      for (const entry of meeting.agenda as AgendaEntry[]) {
        const item = items.get(agendaItemId(entry));
        if (!item) continue;
        const slot: AgendaSlot = { item };
        if (typeof entry !== "string") {
          if (entry.statedStart) slot.statedStart = entry.statedStart;
          if (entry.pages) slot.pages = entry.pages;
          if (entry.outcome) slot.outcome = entry.outcome;
          if (entry.deferredTo) slot.deferredTo = entry.deferredTo;
        }
        out.push(slot);
      }
      slots = Object.freeze(out);
      agendas.set(meeting, slots);
    }
    return slots;
  };
  const none: readonly Meeting[] = Object.freeze([]);
  const meetingsMatching = (dateOrId: string): readonly Meeting[] => {
    const onDate = byDate.get(dateOrId) ?? none;
    const withId = meetings.get(dateOrId);
    return !withId || onDate.includes(withId) ? onDate : [withId, ...onDate];
  };

  return {
    programme,
    people,
    items,
    meetings,
    meetingsInOrder: ordered,
    backlog,
    events,
    eventsInOrder,
    unplacedItems,
    meetingsOn: (date) => byDate.get(date) ?? none,
    meetingsMatching,
    findMeeting(dateOrId) {
      const found = meetingsMatching(dateOrId);
      return found.length === 1 ? found[0] : undefined;
    },
    meetingsOfItem: (itemId) => ofItem.get(itemId) ?? none,
    meetingOfItem: (itemId) => ofItem.get(itemId)?.[0],
    agenda,
    numberedAgenda(meeting) {
      let slots = numbered.get(meeting);
      if (!slots) {
        slots = Object.freeze(
          agenda(meeting)
            .filter((slot) => slot.item.status !== "withdrawn")
            .map((slot, i) => ({ ...slot, number: firstNumber(meeting) + i })),
        );
        numbered.set(meeting, slots);
      }
      return slots;
    },
    membershipOn: (date) => ({
      councillors: programme.members.filter((m) => sitsOn(m, date)),
      coOptees: programme.coOptees.filter((c) => sitsOn(c, date)),
    }),
  };
}
