import type { Item } from "./item.js";
import { type AgendaEntry, agendaItemId, type Meeting } from "./meeting.js";
import type { CabinetMember, CoOptee, Councillor, Officer } from "./people.js";
import type { WallTime } from "./primitives.js";
import type { Programme } from "./programme.js";

export type Person =
  | ({ kind: "councillor" } & Councillor)
  | ({ kind: "co-optee" } & CoOptee)
  | ({ kind: "officer" } & Officer)
  | ({ kind: "cabinet-member" } & CabinetMember);

/** Everyone named in the programme, by id. */
export function peopleById(p: Programme): Map<string, Person> {
  const map = new Map<string, Person>();
  for (const m of p.members) map.set(m.id, { kind: "councillor", ...m });
  for (const c of p.coOptees) map.set(c.id, { kind: "co-optee", ...c });
  for (const o of p.officers) map.set(o.id, { kind: "officer", ...o });
  for (const c of p.cabinetMembers) map.set(c.id, { kind: "cabinet-member", ...c });
  return map;
}

export function itemsById(p: Programme): Map<string, Item> {
  return new Map(p.items.map((i) => [i.id, i]));
}

/** An agenda entry resolved to its item, with what the front sheet stated. */
export interface AgendaSlot {
  item: Item;
  statedStart?: WallTime;
  pages?: string;
}

/** The meeting's agenda in order, each entry resolved to its item (unknown ids are skipped: the loader reports them). */
export function agendaOf(p: Programme, meeting: Meeting, byId: Map<string, Item> = itemsById(p)): AgendaSlot[] {
  const out: AgendaSlot[] = [];
  for (const entry of meeting.agenda as AgendaEntry[]) {
    const item = byId.get(agendaItemId(entry));
    if (!item) continue;
    const slot: AgendaSlot = { item };
    if (typeof entry !== "string") {
      if (entry.statedStart) slot.statedStart = entry.statedStart;
      if (entry.pages) slot.pages = entry.pages;
    }
    out.push(slot);
  }
  return out;
}

/** The meeting on a date (YYYY-MM-DD), or with an id. */
export function findMeeting(p: Programme, dateOrId: string): Meeting | undefined {
  return p.meetings.find((m) => m.date === dateOrId) ?? p.meetings.find((m) => m.id === dateOrId);
}

/** The meeting whose agenda holds an item, if any. */
export function meetingOfItem(p: Programme, itemId: string): Meeting | undefined {
  return p.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === itemId));
}

/** Start and planned end of a meeting, falling back to the commission's usual times. */
export function meetingTimes(p: Programme, m: Meeting): { start: WallTime; plannedEnd: WallTime; venue: string } {
  return {
    start: m.start ?? p.commission.start,
    plannedEnd: m.plannedEnd ?? p.commission.plannedEnd,
    venue: m.venue ?? p.commission.venue,
  };
}

/** Meetings in date order. */
export function meetingsInOrder(p: Programme): Meeting[] {
  return [...p.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
