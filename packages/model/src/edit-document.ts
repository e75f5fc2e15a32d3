import { type Document, isMap, type YAMLMap, type YAMLSeq } from "yaml";
import { ProgrammeEditError } from "./errors.js";
import { PeopleGroup } from "./programme-edit.js";
import { yamlEntryId, yamlMapById, yamlSeq, yamlValue } from "./yaml-nodes.js";

/**
 * Finding things in a programme's YAML document, for the edits (apply-edit.ts and the edits of
 * each kind of record beside it). Each throws `ProgrammeEditError` when the thing is not there.
 */

/** The document's top-level map. */
export function root(doc: Document): YAMLMap {
  if (!isMap(doc.contents))
    throw new ProgrammeEditError("invalid-file", doc.toJS(), "the programme file is not a map of fields");
  return doc.contents as YAMLMap;
}

/** An item's map in `items:`. */
export function itemMap(doc: Document, item: string): YAMLMap {
  const found = yamlMapById(yamlSeq(root(doc), "items"), item);
  if (!found) throw new ProgrammeEditError("unknown-item", item, `no item has the id "${item}"`);
  return found;
}

/** A meeting's map in `meetings:`. */
export function meetingMap(doc: Document, meeting: string): YAMLMap {
  const found = yamlMapById(yamlSeq(root(doc), "meetings"), meeting);
  if (!found) throw new ProgrammeEditError("unknown-meeting", meeting, `no meeting has the id "${meeting}"`);
  return found;
}

export type Place = { seq: YAMLSeq; index: number; meeting?: YAMLMap };

/** Where an item sits: on a meeting's agenda, in the backlog, or nowhere. */
export function placeOf(doc: Document, item: string): Place | undefined {
  for (const m of yamlSeq(root(doc), "meetings")?.items ?? []) {
    if (!isMap(m)) continue;
    const agenda = yamlSeq(m, "agenda");
    const index = agenda?.items.findIndex((e) => yamlEntryId(e) === item) ?? -1;
    if (agenda && index >= 0) return { seq: agenda, index, meeting: m };
  }
  const backlog = yamlSeq(root(doc), "backlog");
  const index = backlog?.items.findIndex((e) => yamlValue(e) === item) ?? -1;
  if (backlog && index >= 0) return { seq: backlog, index };
  return undefined;
}

/**
 * Every place an item sits on an agenda, meetings in the file's order (a deferred item sits on
 * the agenda it was deferred from and on the later one).
 */
export function agendaPlacesOf(doc: Document, item: string): Place[] {
  const out: Place[] = [];
  for (const m of yamlSeq(root(doc), "meetings")?.items ?? []) {
    if (!isMap(m)) continue;
    const agenda = yamlSeq(m, "agenda");
    const index = agenda?.items.findIndex((e) => yamlEntryId(e) === item) ?? -1;
    if (agenda && index >= 0) out.push({ seq: agenda, index, meeting: m });
  }
  return out;
}

/** Whether someone on any of the lists of people has the id. */
export function hasPerson(doc: Document, id: string): boolean {
  return PEOPLE_GROUPS.some((group) => yamlMapById(yamlSeq(root(doc), group), id) !== undefined);
}

/** Items that close an agenda (work programme, minutes of the previous meeting): new items go before them. */
export function closingRun(doc: Document, agenda: YAMLSeq): number {
  let at = agenda.items.length;
  while (at > 0) {
    const id = yamlEntryId(agenda.items[at - 1]);
    const item = typeof id === "string" ? yamlMapById(yamlSeq(root(doc), "items"), id) : undefined;
    if (!item || yamlValue(item.get("procedural", true)) !== true) break;
    at--;
  }
  return at;
}

/** The lists of people in a programme, in the file's order. */
export const PEOPLE_GROUPS = PeopleGroup.options;

/** A person's name, whichever list they are on; the id when nobody has it. */
export function personName(doc: Document, id: string): string {
  for (const group of PEOPLE_GROUPS) {
    const name = yamlMapById(yamlSeq(root(doc), group), id)?.get("name");
    if (typeof name === "string") return name;
  }
  return id;
}
