import { type Document, isMap } from "yaml";
import { Commission } from "./commission.js";
import { root } from "./edit-document.js";
import { addEvent, deleteEvent, setEvent } from "./edit-events.js";
import { linkFollowUp } from "./edit-follow-up.js";
import {
  addItem,
  deleteItem,
  moveItem,
  reorderItem,
  setAlongside,
  setItem,
  setMinutes,
  setStatus,
} from "./edit-items.js";
import {
  addMeeting,
  cancelMeetingEdit,
  deleteMeeting,
  moveMeetingEdit,
  reinstateMeetingEdit,
  setMeeting,
} from "./edit-meetings.js";
import { setAgendaEntry, setOutcome } from "./edit-outcomes.js";
import { addPerson, deletePerson, setPerson } from "./edit-people.js";
import { setRecommendation } from "./edit-reviews.js";
import { ProgrammeEditError } from "./errors.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { writeFields } from "./record-fields.js";

// Edits on the YAML document. The `yaml` library's document keeps comments and key order, so
// the officer's notes in the file survive every edit. Each kind of record has its edits in a
// file of its own (edit-items.ts, edit-meetings.ts, edit-people.ts, edit-events.ts); this one dispatches.

function setCommission(doc: Document, edit: Extract<ProgrammeEdit, { type: "set-commission" }>): void {
  const commission = root(doc).get("commission", true);
  if (!isMap(commission))
    throw new ProgrammeEditError("invalid-file", null, "the programme file has no commission: map");
  const settable = Object.keys(Commission.shape).filter((k) => k !== "id");
  writeFields(doc, commission, Commission, edit.fields, "the commission", settable);
}

/**
 * Apply one edit to a programme's YAML document and return the edited copy (the argument is
 * never changed). Comments and key order survive; write the result back with `spliceSource`
 * to change only the lines the edit touched.
 *
 * - Moving an item to another meeting writes it as its bare id: the start time and pages
 *   stated on the old front sheet no longer apply. Without an index it goes before the
 *   meeting's closing procedural items (work programme, minutes), as agendas run.
 * - Recording an outcome (`set-outcome`) sets or clears `outcome` on the item's agenda entry
 *   (a bare id becomes `{ item, outcome }`); any outcome but `deferred` drops `deferredTo`.
 *   `set-agenda-entry` sets the rest of that record field by field (resolutions, actions,
 *   written answers, `deferredTo`, which puts the item on the later agenda too).
 * - Moving (or deleting) an item whose outcome is recorded at its meeting is refused
 *   (`item-recorded`): the record would be lost. Clear it first.
 * - `set-recommendation` records a recommendation's response, implementation and follow-up.
 * - Moving, cancelling and reinstating a meeting follow the one rule of move-meeting.ts
 *   (`moveMeeting`): it keeps its id and `movedFrom` is the date it was first set for; moving it
 *   back there makes it scheduled again; a cancelled meeting stays cancelled when it moves. Its
 *   stated papers deadline and dispatch date are dropped so the commission's rules recompute them.
 *   `set-meeting` with a new date moves it by the same rule.
 * - New records (`add-item`, `add-meeting`, `add-person`) and changed fields (`set-…`) are
 *   checked by the record's own schema (`Item`, `Meeting`, `Councillor` …) and written in its
 *   key order, leaving out what the schema's defaults would fill in; a field set to null is removed.
 * - Deleting an item or a person is refused while something else names them (a declaration of
 *   interest, an item's officers, an attendance); deleting a meeting sends its items to the
 *   backlog, and is refused once its attendance or declarations are recorded.
 * - Linking a follow-up (`link-follow-up`) adds the item to the review's `items` and sets each
 *   named recommendation's `followUp` to `{ item, due }`.
 *
 * Throws `ProgrammeEditError` (see `ModelErrorCode`) when the edit names an unknown item,
 * meeting or person, gives a value its schema refuses, takes an id already in use, or would
 * take away something a record of a meeting names.
 */
export function applyEdit(document: Document, edit: ProgrammeEdit): Document {
  const doc = document.clone();
  switch (edit.type) {
    case "move-item":
      moveItem(doc, edit);
      break;
    case "set-minutes":
      setMinutes(doc, edit);
      break;
    case "set-status":
      setStatus(doc, edit);
      break;
    case "reorder-item":
      reorderItem(doc, edit);
      break;
    case "set-alongside":
      setAlongside(doc, edit);
      break;
    case "move-meeting":
      moveMeetingEdit(doc, edit);
      break;
    case "cancel-meeting":
      cancelMeetingEdit(doc, edit);
      break;
    case "reinstate-meeting":
      reinstateMeetingEdit(doc, edit);
      break;
    case "add-item":
      addItem(doc, edit);
      break;
    case "set-item":
      setItem(doc, edit);
      break;
    case "delete-item":
      deleteItem(doc, edit);
      break;
    case "add-meeting":
      addMeeting(doc, edit);
      break;
    case "set-meeting":
      setMeeting(doc, edit);
      break;
    case "delete-meeting":
      deleteMeeting(doc, edit);
      break;
    case "add-person":
      addPerson(doc, edit);
      break;
    case "set-person":
      setPerson(doc, edit);
      break;
    case "delete-person":
      deletePerson(doc, edit);
      break;
    case "set-commission":
      setCommission(doc, edit);
      break;
    case "add-event":
      addEvent(doc, edit);
      break;
    case "set-event":
      setEvent(doc, edit);
      break;
    case "delete-event":
      deleteEvent(doc, edit);
      break;
    case "set-outcome":
      setOutcome(doc, edit);
      break;
    case "set-agenda-entry":
      setAgendaEntry(doc, edit);
      break;
    case "set-recommendation":
      setRecommendation(doc, edit);
      break;
    case "link-follow-up":
      linkFollowUp(doc, edit);
      break;
  }
  return doc;
}
