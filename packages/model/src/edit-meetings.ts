import { type Document, isMap, type YAMLMap } from "yaml";
import { meetingMap, root } from "./edit-document.js";
import { moveItem } from "./edit-items.js";
import { ProgrammeEditError } from "./errors.js";
import { Meeting } from "./meeting.js";
import { cancelMeeting, type MeetingDates, moveMeeting, reinstateMeeting } from "./move-meeting.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { checkFields, checkRecord, recordNode, writeFields } from "./record-fields.js";
import { asBlockList, setYamlField, yamlEntryId, yamlSeq, yamlValue } from "./yaml-nodes.js";

/**
 * The edits of meetings, on the programme's YAML document: moving, cancelling and reinstating
 * them (the one rule of move-meeting.ts), and creating, changing and deleting them.
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

/** The fields the meeting rule (move-meeting.ts) reads and writes, as the file states them. */
function meetingDates(meeting: YAMLMap): MeetingDates {
  const read = (key: string) => {
    const value = yamlValue(meeting.get(key, true));
    return value === undefined || value === null ? undefined : String(value);
  };
  const out: MeetingDates = { date: read("date") ?? "" };
  const status = read("status");
  if (status === "scheduled" || status === "moved" || status === "cancelled") out.status = status;
  for (const key of ["movedFrom", "papersDeadline", "dispatch"] as const) {
    const value = read(key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Write the rule's result back into the meeting's map: the date, the status (absent when
 * scheduled, the default), `movedFrom`, and the stated deadlines the rule dropped.
 */
function writeMeetingDates(doc: Document, meeting: YAMLMap, before: MeetingDates, after: MeetingDates): void {
  if (after.date !== before.date) setYamlField(doc, meeting, "date", after.date);
  const status = after.status ?? "scheduled";
  if (status !== (before.status ?? "scheduled")) {
    if (status === "scheduled") meeting.delete("status");
    else setYamlField(doc, meeting, "status", status, ["date"]);
  }
  if (after.movedFrom === undefined) meeting.delete("movedFrom");
  else if (after.movedFrom !== before.movedFrom)
    setYamlField(doc, meeting, "movedFrom", after.movedFrom, ["status", "date"]);
  for (const key of ["papersDeadline", "dispatch"] as const) if (after[key] === undefined) meeting.delete(key);
}

/** Apply the meeting rule (move, cancel, reinstate) to a meeting of the document. */
export function changeMeeting(doc: Document, id: string, rule: (m: MeetingDates) => MeetingDates): void {
  const meeting = meetingMap(doc, id);
  const before = meetingDates(meeting);
  writeMeetingDates(doc, meeting, before, rule(before));
}

export const moveMeetingEdit = (doc: Document, edit: EditOf<"move-meeting">) =>
  changeMeeting(doc, edit.meeting, (m) => moveMeeting(m, edit.date));
export const cancelMeetingEdit = (doc: Document, edit: EditOf<"cancel-meeting">) =>
  changeMeeting(doc, edit.meeting, cancelMeeting);
export const reinstateMeetingEdit = (doc: Document, edit: EditOf<"reinstate-meeting">) =>
  changeMeeting(doc, edit.meeting, reinstateMeeting);

/** A new meeting, checked by the `Meeting` schema, among the meetings in date order (after any on the same day). */
export function addMeeting(doc: Document, edit: EditOf<"add-meeting">): void {
  const record = checkRecord(Meeting, edit.meeting, "the new meeting");
  const meetings = yamlSeq(root(doc), "meetings");
  if (meetings?.items.some((m) => isMap(m) && yamlValue(m.get("id", true)) === record.id))
    throw new ProgrammeEditError("duplicate-id", record.id, `a meeting already has the id "${record.id}"`);
  const node = recordNode(doc, Meeting, record, { block: true });
  if (!meetings) {
    setYamlField(doc, root(doc), "meetings", doc.createNode([node]), ["items", "cabinetMembers", "officers"]);
    return;
  }
  const later = meetings.items.findIndex((m) => isMap(m) && String(yamlValue(m.get("date", true))) > record.date);
  asBlockList(meetings).items.splice(later < 0 ? meetings.items.length : later, 0, node);
}

const SETTABLE = Object.keys(Meeting.shape).filter((k) => !["id", "agenda", "status", "movedFrom"].includes(k));

/**
 * Some fields of a meeting, each checked by its schema. A new date moves the meeting by the
 * rule of move-meeting.ts (it remembers the date it was first set for, and its stated
 * deadlines are dropped) before the other fields are written, so deadlines given in the same
 * edit are the new date's.
 */
export function setMeeting(doc: Document, edit: EditOf<"set-meeting">): void {
  const meeting = meetingMap(doc, edit.meeting);
  const { date, ...rest } = edit.fields;
  if (date === null)
    throw new ProgrammeEditError("invalid-field", { field: "date", value: null }, "a meeting cannot be without a date");
  if (date !== undefined) {
    checkFields(Meeting, { date }, `the meeting "${edit.meeting}"`, SETTABLE);
    changeMeeting(doc, edit.meeting, (m) => moveMeeting(m, date));
  }
  writeFields(doc, meeting, Meeting, rest, `the meeting "${edit.meeting}"`, SETTABLE);
}

/**
 * Delete a meeting: its items go to the backlog (none is lost) and items pinned to it are
 * unpinned. Refused while it has attendance or declarations recorded: a meeting that was held
 * is cancelled, not deleted.
 */
export function deleteMeeting(doc: Document, edit: EditOf<"delete-meeting">): void {
  const meeting = meetingMap(doc, edit.meeting);
  if (meeting.has("attendance") || (yamlSeq(meeting, "declarations")?.items.length ?? 0) > 0)
    throw new ProgrammeEditError(
      "meeting-recorded",
      edit.meeting,
      "this meeting has its attendance or declarations recorded: cancel it (x) rather than delete it",
    );
  for (const entry of [...(yamlSeq(meeting, "agenda")?.items ?? [])]) {
    const id = yamlEntryId(entry);
    if (typeof id === "string") moveItem(doc, { type: "move-item", item: id, to: "backlog" });
  }
  for (const item of yamlSeq(root(doc), "items")?.items ?? [])
    if (isMap(item) && yamlValue(item.get("pinned", true)) === edit.meeting) item.delete("pinned");
  const meetings = yamlSeq(root(doc), "meetings")!;
  meetings.items.splice(meetings.items.indexOf(meeting), 1);
}
