import { type Document, isMap, type YAMLMap } from "yaml";
import { root } from "./edit-document.js";
import { ProgrammeEditError } from "./errors.js";
import { ProgrammeEvent } from "./event.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { checkRecord, recordNode, writeFields } from "./record-fields.js";
import { asBlockList, setYamlField, yamlMapById, yamlSeq, yamlValue } from "./yaml-nodes.js";

/**
 * The edits of events (briefings, site visits, workshops: `events:`) on the programme's YAML
 * document: adding one in date order, changing its fields, removing it.
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

/** The keys before `events:` in a programme file, nearest first: where a new list goes. */
const BEFORE_EVENTS = [
  "meetings",
  "items",
  "cabinetMembers",
  "officers",
  "substitutes",
  "coOptees",
  "members",
  "commission",
] as const;

function eventMap(doc: Document, id: string): YAMLMap {
  const found = yamlMapById(yamlSeq(root(doc), "events"), id);
  if (!found) throw new ProgrammeEditError("unknown-event", id, `no event has the id "${id}"`);
  return found;
}

/** A new event, checked by its schema, among the events in date order; the list is made if the file has none. */
export function addEvent(doc: Document, edit: EditOf<"add-event">): void {
  const record = checkRecord(ProgrammeEvent, edit.event, "the new event");
  const events = yamlSeq(root(doc), "events");
  if (yamlMapById(events, record.id))
    throw new ProgrammeEditError("duplicate-id", record.id, `an event already has the id "${record.id}"`);
  const node = recordNode(doc, ProgrammeEvent, record, { block: true });
  if (!events) {
    setYamlField(doc, root(doc), "events", doc.createNode([node]), BEFORE_EVENTS);
    return;
  }
  const later = events.items.findIndex((e) => isMap(e) && String(yamlValue(e.get("date", true))) > record.date);
  asBlockList(events).items.splice(later < 0 ? events.items.length : later, 0, node);
}

/** Some fields of an event, each checked by its schema (a field given as null is removed). */
export function setEvent(doc: Document, edit: EditOf<"set-event">): void {
  const event = eventMap(doc, edit.event);
  const settable = Object.keys(ProgrammeEvent.shape).filter((k) => k !== "id");
  writeFields(doc, event, ProgrammeEvent, edit.fields, String(yamlValue(event.get("title", true))), settable);
}

/** Remove an event; refused while a piece of an item's preparation names it (the message says which). */
export function deleteEvent(doc: Document, edit: EditOf<"delete-event">): void {
  const event = eventMap(doc, edit.event);
  for (const item of yamlSeq(root(doc), "items")?.items ?? []) {
    if (!isMap(item)) continue;
    const named = (yamlSeq(item, "preparation")?.items ?? []).some(
      (p) => isMap(p) && yamlValue(p.get("event", true)) === edit.event,
    );
    if (named)
      throw new ProgrammeEditError(
        "still-named",
        edit.event,
        `the preparation of ${String(yamlValue(item.get("title", true)))} names ${String(yamlValue(event.get("title", true)))}: take it out there first`,
      );
  }
  const list = yamlSeq(root(doc), "events")!;
  list.items.splice(list.items.indexOf(event), 1);
}
