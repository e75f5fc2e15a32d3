import type { Item, ProgrammeEvent } from "@scrutineer/model";
import { ocdId } from "./ids.js";
import { londonOffsetDateTime } from "./london.js";

/** What `publicEventOf` needs from the export: ids, names and sources. */
export interface PublicEventContext {
  committeeId: string;
  committeeName: string;
  personId: (id: string) => string;
  names: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, Item>;
  sources: { url: string; note: string }[];
  /** `<commission id>/<municipal year>`: keys the event's id. */
  key: string;
  /** Today in London (`YYYY-MM-DD`): an event before it is `passed`. */
  today: string;
}

/**
 * A public event of the year that is not a meeting (a site visit, a briefing marked `public: true`)
 * as an OCD event (pupa `schemas/event.py`): classification its kind (`site-visit`, `briefing`…;
 * OCD has no enum for it), start and end with London's offset or, with no start, an all-day date,
 * the commission as host and the named attendees as participants, the items it relates to as
 * its agenda (unnumbered). Its notes are not exported (they are the officer's). The caller
 * never passes a private event: a private briefing is never published.
 */
export function publicEventOf(
  e: ProgrammeEvent,
  ctx: PublicEventContext,
): { _id: string; _type: "event" } & Record<string, unknown> {
  return {
    _id: ocdId("event", `${ctx.key}:event:${e.id}`),
    _type: "event",
    name: e.title,
    description: "",
    classification: e.kind,
    start_date: e.start ? londonOffsetDateTime(e.date, e.start) : e.date,
    end_date: e.start && e.end && e.end > e.start ? londonOffsetDateTime(e.date, e.end) : "",
    all_day: !e.start,
    status: e.date < ctx.today ? "passed" : "confirmed",
    location: { name: e.venue ?? "To be confirmed", note: "", url: null, coordinates: null },
    media: [],
    documents: [],
    links: [],
    participants: [
      { name: ctx.committeeName, entity_type: "organization", note: "host", organization_id: ctx.committeeId },
      ...e.attendees.map((id) => ({
        name: ctx.names.get(id) ?? id,
        entity_type: "person",
        note: "attending",
        person_id: ctx.personId(id),
      })),
    ],
    agenda: e.items.map((id) => ({
      description: ctx.items.get(id)?.title ?? id,
      order: null,
      classification: ["related item"],
      subjects: [],
      notes: [],
      media: [],
      related_entities: [],
      extras: { scrutineer_id: id },
    })),
    sources: ctx.sources,
    extras: { scrutineer_id: e.id, scrutineer_event: true },
    pupa_id: `scrutineer:${ctx.key}:event:${e.id}`,
  };
}
