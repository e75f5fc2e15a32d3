import { shortDate } from "@scrutineer/dates";
import { type Document, isMap, type YAMLMap } from "yaml";
import {
  agendaPlacesOf,
  closingRun,
  itemMap,
  meetingMap,
  type Place,
  personName,
  placeOf,
  root,
} from "./edit-document.js";
import { ProgrammeEditError } from "./errors.js";
import { Item } from "./item.js";
import { Minutes } from "./primitives.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { checkRecord, recordNode, writeFields } from "./record-fields.js";
import {
  asBlockList,
  setYamlField,
  yamlEntryId,
  yamlFlowSeq,
  yamlIds,
  yamlMapById,
  yamlSeq,
  yamlValue,
} from "./yaml-nodes.js";

/**
 * The edits of items, on the programme's YAML document: moving and reordering them, their
 * minutes, status and "taken alongside", and creating, changing and deleting them.
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

/** The meetings whose declarations of interest name the item, with who declared. */
function declarationsNaming(doc: Document, item: string): { who: string; date: string }[] {
  const out: { who: string; date: string }[] = [];
  for (const meeting of yamlSeq(root(doc), "meetings")?.items ?? []) {
    if (!isMap(meeting)) continue;
    for (const d of yamlSeq(meeting, "declarations")?.items ?? []) {
      if (!isMap(d) || !yamlIds(yamlSeq(d, "items")).includes(item)) continue;
      out.push({
        who: personName(doc, String(yamlValue(d.get("person", true)))),
        date: shortDate(String(yamlValue(meeting.get("date", true))), { weekday: false }),
      });
    }
  }
  return out;
}

/** Interests declared at a meeting are a record of that meeting: an item they name cannot leave it. */
function refuseIfDeclared(doc: Document, meeting: YAMLMap, item: string, doing: string): void {
  for (const d of yamlSeq(meeting, "declarations")?.items ?? []) {
    if (!isMap(d) || !yamlIds(yamlSeq(d, "items")).includes(item)) continue;
    const who = personName(doc, String(yamlValue(d.get("person", true))));
    const date = shortDate(String(yamlValue(meeting.get("date", true))), { weekday: false });
    throw new ProgrammeEditError(
      "item-declared",
      item,
      `${who}'s declaration of interest at the meeting of ${date} names this item: change the declaration before ${doing} it`,
    );
  }
}

/** Whether an agenda entry records what became of its item: an outcome, resolutions, actions or written answers. */
export function entryRecords(entry: unknown): boolean {
  if (!isMap(entry)) return false;
  if (entry.has("outcome")) return true;
  return ["resolutions", "actions", "writtenAnswers"].some((key) => (yamlSeq(entry, key)?.items.length ?? 0) > 0);
}

/**
 * What a meeting recorded of an item is a record of that meeting: moving the item off its
 * agenda would drop it. (Source: the minutes, e.g. the CYP Commission's of 30 Nov 2022, seed 003.)
 */
function refuseIfRecorded(place: Place, item: string, doing: string): void {
  if (!place.meeting || !entryRecords(place.seq.items[place.index])) return;
  const date = shortDate(String(yamlValue(place.meeting.get("date", true))), { weekday: false });
  throw new ProgrammeEditError(
    "item-recorded",
    item,
    `the outcome of this item at the meeting of ${date} is recorded: clear it first before ${doing} it`,
  );
}

/**
 * Where an item to move is taken from: on an agenda, the last entry that records nothing (a
 * deferred item leaves the later agenda, its deferral kept), else the first; else the backlog.
 */
function placeToMove(doc: Document, item: string): Place | undefined {
  const places = agendaPlacesOf(doc, item);
  const open = places.filter((p) => !entryRecords(p.seq.items[p.index]));
  return open.at(-1) ?? places[0] ?? placeOf(doc, item);
}

export function moveItem(doc: Document, edit: EditOf<"move-item">): void {
  itemMap(doc, edit.item);
  const from = placeToMove(doc, edit.item);
  if (edit.to !== "backlog") meetingMap(doc, edit.to.meeting);
  if (from?.meeting && (edit.to === "backlog" || yamlValue(from.meeting.get("id", true)) !== edit.to.meeting)) {
    refuseIfDeclared(doc, from.meeting, edit.item, "moving");
    refuseIfRecorded(from, edit.item, "moving");
  }
  if (edit.to === "backlog") {
    if (from && !from.meeting) return; // already in the backlog
    if (from) from.seq.items.splice(from.index, 1);
    const backlog = yamlSeq(root(doc), "backlog");
    if (backlog) backlog.items.push(doc.createNode(edit.item));
    else setYamlField(doc, root(doc), "backlog", yamlFlowSeq(doc, [edit.item]));
    return;
  }
  const target = meetingMap(doc, edit.to.meeting);
  if (from?.meeting === target) {
    // Same meeting: a change of position, the entry (and its stated time) kept.
    const [entry] = from.seq.items.splice(from.index, 1);
    const index = Math.min(edit.to.index ?? from.seq.items.length, from.seq.items.length);
    from.seq.items.splice(index, 0, entry);
    return;
  }
  if (from) from.seq.items.splice(from.index, 1);
  placeOnAgenda(doc, target, edit.item, edit.to.index);
  // A deferred item moved on from the meeting it was deferred to: the deferral names the new one.
  const fromId = from?.meeting ? yamlValue(from.meeting.get("id", true)) : undefined;
  if (fromId === undefined) return;
  for (const place of agendaPlacesOf(doc, edit.item)) {
    const entry = place.seq.items[place.index];
    if (isMap(entry) && yamlValue(entry.get("deferredTo", true)) === fromId)
      setYamlField(doc, entry, "deferredTo", edit.to.meeting);
  }
}

/**
 * Put an item on a meeting's agenda as its bare id (the time and pages printed on another
 * meeting's front sheet do not apply): at `index`, else before the closing procedural items.
 */
export function placeOnAgenda(doc: Document, meeting: YAMLMap, item: string, index?: number): void {
  let agenda = yamlSeq(meeting, "agenda");
  if (!agenda) {
    agenda = yamlFlowSeq(doc, []);
    setYamlField(doc, meeting, "agenda", agenda, [
      "dispatch",
      "papersDeadline",
      "dateConfirmed",
      "movedFrom",
      "status",
    ]);
  }
  const at = Math.min(index ?? closingRun(doc, agenda), agenda.items.length);
  agenda.items.splice(at, 0, doc.createNode(item));
}

export function setMinutes(doc: Document, edit: EditOf<"set-minutes">): void {
  const item = itemMap(doc, edit.item);
  if (edit.minutes === null) {
    item.delete("minutes");
    return;
  }
  const parsed = Minutes.safeParse(edit.minutes);
  if (!parsed.success)
    throw new ProgrammeEditError(
      "invalid-minutes",
      edit.minutes,
      `${JSON.stringify(edit.minutes)} is not a number of minutes`,
    );
  setYamlField(doc, item, "minutes", parsed.data, ["objective", "title"]);
}

export function setStatus(doc: Document, edit: EditOf<"set-status">): void {
  const item = itemMap(doc, edit.item);
  // "confirmed" is the default: an item that never said otherwise stays without the field.
  if (edit.status === "confirmed" && !item.has("status")) return;
  setYamlField(doc, item, "status", edit.status, ["directorate", "officers", "minutes", "objective", "title"]);
}

export function reorderItem(doc: Document, edit: EditOf<"reorder-item">): void {
  itemMap(doc, edit.item);
  const from = placeOf(doc, edit.item);
  if (!from)
    throw new ProgrammeEditError("item-not-placed", edit.item, `"${edit.item}" is on no agenda and not in the backlog`);
  const to = Math.max(0, Math.min(from.seq.items.length - 1, from.index + edit.delta));
  const [entry] = from.seq.items.splice(from.index, 1);
  from.seq.items.splice(to, 0, entry);
}

function writeAlongside(doc: Document, item: YAMLMap, ids: string[]): void {
  writeFields(doc, item, Item, { alongside: ids }, "alongside");
}

/** "Taken alongside" is mutual: the items named gain this one, and items dropped lose it. */
export function setAlongside(doc: Document, edit: EditOf<"set-alongside">): void {
  const item = itemMap(doc, edit.item);
  const wanted = [...new Set(edit.with)].filter((id) => id !== edit.item);
  const others = wanted.map((id) => [id, itemMap(doc, id)] as const);
  const before = yamlIds(yamlSeq(item, "alongside"));
  if (before.join() !== wanted.join()) writeAlongside(doc, item, wanted);
  for (const [, other] of others) {
    const theirs = yamlIds(yamlSeq(other, "alongside"));
    if (!theirs.includes(edit.item)) writeAlongside(doc, other, [...theirs, edit.item]);
  }
  for (const dropped of before.filter((id) => !wanted.includes(id))) {
    const other = yamlMapById(yamlSeq(root(doc), "items"), dropped);
    if (!other) continue;
    const theirs = yamlIds(yamlSeq(other, "alongside"));
    if (theirs.includes(edit.item))
      writeAlongside(
        doc,
        other,
        theirs.filter((id) => id !== edit.item),
      );
  }
}

/**
 * A new item: its record is checked by the `Item` schema and written among the items next to
 * the record of the item it follows on the agenda (so a file grouped by meeting stays so), or
 * at the end; then it is placed as `move-item` places an item.
 */
export function addItem(doc: Document, edit: EditOf<"add-item">): void {
  const record = checkRecord(Item, edit.item, "the new item");
  const items = yamlSeq(root(doc), "items");
  if (yamlMapById(items, record.id))
    throw new ProgrammeEditError("duplicate-id", record.id, `an item already has the id "${record.id}"`);
  if (edit.to !== "backlog") meetingMap(doc, edit.to.meeting);
  const node = recordNode(doc, Item, record, { block: true });
  if (items) asBlockList(items).items.push(node);
  else
    setYamlField(doc, root(doc), "items", doc.createNode([node]), [
      "cabinetMembers",
      "officers",
      "substitutes",
      "coOptees",
      "members",
    ]);
  moveItem(doc, { type: "move-item", item: record.id, to: edit.to });
  // Beside its neighbour on the agenda: after the one before it, else before the one after it.
  const place = placeOf(doc, record.id);
  if (!place?.meeting) return;
  const list = yamlSeq(root(doc), "items")!;
  const neighbour = (at: number) => {
    const id = yamlEntryId(place.seq.items[at]);
    return typeof id === "string" ? list.items.findIndex((n) => isMap(n) && yamlValue(n.get("id", true)) === id) : -1;
  };
  const before = place.index > 0 ? neighbour(place.index - 1) : -1;
  const after = place.index + 1 < place.seq.items.length ? neighbour(place.index + 1) : -1;
  const to = before >= 0 ? before + 1 : after;
  if (to < 0) return;
  list.items.pop();
  list.items.splice(to, 0, node);
}

/** Some fields of an item, each checked by its schema; "taken alongside" stays mutual. */
export function setItem(doc: Document, edit: EditOf<"set-item">): void {
  const item = itemMap(doc, edit.item);
  const { alongside, ...rest } = edit.fields;
  writeFields(
    doc,
    item,
    Item,
    rest,
    `the item "${edit.item}"`,
    Object.keys(Item.shape).filter((k) => k !== "id"),
  );
  if (alongside !== undefined) setAlongside(doc, { type: "set-alongside", item: edit.item, with: alongside ?? [] });
}

/**
 * Delete an item: its record, its places on agendas and in the backlog, and the mentions of it
 * in other items' "taken alongside". Refused while a declaration of interest names it (the
 * minutes record it against the item).
 */
export function deleteItem(doc: Document, edit: EditOf<"delete-item">): void {
  itemMap(doc, edit.item);
  const [declared] = declarationsNaming(doc, edit.item);
  if (declared)
    throw new ProgrammeEditError(
      "item-declared",
      edit.item,
      `${declared.who}'s declaration of interest at the meeting of ${declared.date} names this item: change the declaration before deleting it`,
    );
  for (const place of agendaPlacesOf(doc, edit.item)) refuseIfRecorded(place, edit.item, "deleting");
  setAlongside(doc, { type: "set-alongside", item: edit.item, with: [] });
  for (let place = placeOf(doc, edit.item); place; place = placeOf(doc, edit.item))
    place.seq.items.splice(place.index, 1);
  const items = yamlSeq(root(doc), "items")!;
  items.items.splice(
    items.items.findIndex((n) => isMap(n) && yamlValue(n.get("id", true)) === edit.item),
    1,
  );
}
