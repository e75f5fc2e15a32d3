import { type Document, isMap, isScalar, type YAMLMap, type YAMLSeq } from "yaml";
import { hasPerson, meetingMap } from "./edit-document.js";
import { entryRecords, placeOnAgenda } from "./edit-items.js";
import { ProgrammeEditError } from "./errors.js";
import { AgendaEntryRecord } from "./meeting.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { checkFields, writeFields } from "./record-fields.js";
import { setYamlField, yamlEntryId, yamlSeq, yamlValue } from "./yaml-nodes.js";

/**
 * The edits of what a meeting recorded of an item (`set-outcome`, `set-agenda-entry`), on the
 * programme's YAML document: its outcome, the resolutions in the minutes' words, the actions
 * agreed and the questions to be answered in writing (recommendations.md, "What happened at a
 * meeting"). A deferred item sits on the later meeting's agenda too (cross-references.ts):
 * deferring it puts it there, and undoing the deferral takes it off again.
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

const SETTABLE = Object.keys(AgendaEntryRecord.shape).filter((k) => k !== "item");

/** The people an entry's actions and written answers name must be on the programme's lists. */
function checkPeople(doc: Document, fields: EditOf<"set-agenda-entry">["fields"]): void {
  const named = [
    ...(fields.actions ?? []).map((a) => a.owner),
    ...(fields.writtenAnswers ?? []).flatMap((w) => [w.askedBy, w.owedBy]),
  ];
  for (const id of named)
    if (id !== undefined && !hasPerson(doc, id))
      throw new ProgrammeEditError("unknown-person", id, `no person has the id "${id}"`);
}

/**
 * A deferral to `meeting` undone or retargeted: the item comes off that meeting's agenda, unless
 * the entry there records something of its own (then the deferral stays, `item-recorded`).
 */
function undefer(doc: Document, item: string, meeting: string): void {
  const later = meetingMap(doc, meeting);
  const agenda = yamlSeq(later, "agenda");
  const at = agenda?.items.findIndex((e) => yamlEntryId(e) === item) ?? -1;
  if (!agenda || at < 0) return;
  if (entryRecords(agenda.items[at]))
    throw new ProgrammeEditError(
      "item-recorded",
      item,
      `the item was deferred to the meeting "${meeting}", whose record of it must be cleared first`,
    );
  agenda.items.splice(at, 1);
}

/** The meeting an entry defers its item to, if it says so. */
function deferredToOf(entry: unknown): string | undefined {
  if (!isMap(entry)) return undefined;
  const to = yamlValue(entry.get("deferredTo", true));
  return typeof to === "string" ? to : undefined;
}

/** A meeting's map, its agenda and where the item's entry is on it; `unknown-item` when it is not there. */
function entryAt(doc: Document, meetingId: string, item: string): { meeting: YAMLMap; agenda: YAMLSeq; at: number } {
  const meeting = meetingMap(doc, meetingId);
  const agenda = yamlSeq(meeting, "agenda");
  const at = agenda?.items.findIndex((e) => yamlEntryId(e) === item) ?? -1;
  if (!agenda || at < 0)
    throw new ProgrammeEditError("unknown-item", item, `"${item}" is not on the agenda of the meeting "${meetingId}"`);
  return { meeting, agenda, at };
}

/** What became of an item at a meeting (`set-outcome`): on its agenda entry; null clears it. */
export function setOutcome(doc: Document, edit: EditOf<"set-outcome">): void {
  const { agenda, at } = entryAt(doc, edit.meeting, edit.item);
  const entry = agenda.items[at];
  if (isMap(entry)) {
    const wasDeferredTo = deferredToOf(entry);
    if (edit.outcome === null) entry.delete("outcome");
    else setYamlField(doc, entry, "outcome", edit.outcome, ["pages", "statedStart", "item"]);
    // deferredTo belongs to a deferred item only.
    if (edit.outcome !== "deferred") {
      entry.delete("deferredTo");
      if (wasDeferredTo) undefer(doc, edit.item, wasDeferredTo);
    }
    return;
  }
  if (edit.outcome === null) return;
  // A bare id becomes `{ item, outcome }`, written on one line as the file's short entries are.
  const map = doc.createNode({ item: edit.item, outcome: edit.outcome }) as YAMLMap;
  map.flow = true;
  agenda.items[at] = map;
}

/**
 * Some fields of an item's entry on a meeting's agenda, each checked by the `AgendaEntryRecord`
 * schema; null or an empty list removes one. A bare id becomes a record (on one line while it
 * holds only short values, else as a block), and a record left with nothing but the item goes
 * back to a bare id. An outcome other than `deferred` drops `deferredTo`; deferring to a meeting
 * puts the item on that meeting's agenda too when it is not there (a deferred item keeps its id,
 * cross-references.ts), and a deferral undone or sent elsewhere takes it off the old one. Refused, as the loader would refuse the file: an item not on the agenda
 * (`unknown-item`), an unknown meeting to defer to or person (`unknown-meeting`,
 * `unknown-person`), and a deferred or withdrawn item with resolutions or actions ("an item not
 * taken resolves nothing", `invalid-field`).
 */
export function setAgendaEntry(doc: Document, edit: EditOf<"set-agenda-entry">): void {
  const { meeting, agenda, at } = entryAt(doc, edit.meeting, edit.item);
  const what = `the record of "${edit.item}" at the meeting "${edit.meeting}"`;
  checkFields(AgendaEntryRecord, edit.fields, what, SETTABLE);
  checkPeople(doc, edit.fields);
  const deferredTo = edit.fields.deferredTo ? meetingMap(doc, edit.fields.deferredTo) : undefined;

  let entry = agenda.items[at];
  if (!isMap(entry)) {
    const map = doc.createNode({ item: edit.item }) as YAMLMap;
    map.flow = true;
    agenda.items[at] = map;
    entry = map;
  }
  const record = entry as YAMLMap;
  const wasDeferredTo = deferredToOf(record);
  writeFields(doc, record, AgendaEntryRecord, edit.fields, what, SETTABLE);
  const outcome = yamlValue(record.get("outcome", true));
  // deferredTo belongs to a deferred item only.
  if (outcome !== "deferred") record.delete("deferredTo");
  const nowDeferredTo = deferredToOf(record);
  if (wasDeferredTo && wasDeferredTo !== nowDeferredTo) undefer(doc, edit.item, wasDeferredTo);
  const resolved = ["resolutions", "actions"].some((key) => (yamlSeq(record, key)?.items.length ?? 0) > 0);
  if (resolved && (outcome === "deferred" || outcome === "withdrawn"))
    throw new ProgrammeEditError(
      "invalid-field",
      { field: "outcome", value: outcome },
      `${what}: the item is ${outcome} but has resolutions or actions recorded: an item not taken resolves nothing`,
    );
  if (deferredTo && outcome === "deferred") {
    if (deferredTo === meeting)
      throw new ProgrammeEditError(
        "invalid-field",
        { field: "deferredTo", value: edit.fields.deferredTo },
        `${what}: an item is deferred to a later meeting, not to the same one`,
      );
    const later = yamlSeq(deferredTo, "agenda");
    if (!later?.items.some((e) => yamlEntryId(e) === edit.item)) placeOnAgenda(doc, deferredTo, edit.item);
  }
  if (record.items.length === 1) agenda.items[at] = doc.createNode(edit.item);
  else if (record.flow && !record.items.every((pair) => isScalar(pair.value))) record.flow = false;
  if (!record.flow && agenda.flow && agenda.items[at] === record) agenda.flow = false;
}
