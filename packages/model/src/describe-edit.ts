import { shortDate } from "@scrutineer/dates";
import {
  AGENDA_ENTRY_FIELD_LABELS,
  COMMISSION_FIELD_LABELS,
  EVENT_FIELD_LABELS,
  ITEM_FIELD_LABELS,
  MEETING_FIELD_LABELS,
  PEOPLE_GROUP_LABELS,
  PERSON_FIELD_LABELS,
  RECOMMENDATION_FIELD_LABELS,
} from "./field-labels.js";
import { AGENDA_OUTCOME_LABELS, agendaItemId, agendaOutcome } from "./meeting.js";
import type { Minutes } from "./primitives.js";
import type { Programme } from "./programme.js";
import type { ItemFields, MeetingFields, ProgrammeEdit, RecommendationFields } from "./programme-edit.js";
import { indexProgramme, type ProgrammeIndex } from "./programme-index.js";
import { IMPLEMENTATION_STATUS_LABELS, RESPONSE_DECISION_LABELS } from "./review.js";
import { eventKindLabel, ITEM_STATUS_LABELS, interestKindLabel, listJoin, plural } from "./wording.js";

// Describing an edit in the officer's words, for the undo list, the journal and the status line.

/** `2022-11-30` → `30 Nov 2022`. */
function day(date: string): string {
  return shortDate(date, { weekday: false });
}

function minutesWords(minutes: Minutes | undefined | null): string {
  if (minutes === undefined || minutes === null) return "no minutes";
  return typeof minutes === "number" ? `${minutes} min` : `${minutes.replace(/\s/g, "")} min`;
}

/**
 * One line saying what an edit does, against the programme before it: "Move SEND Strategy from
 * 30 Nov 2022 to 16 Jan 2023". Pass the programme's `index` when there is one, to save
 * indexing it again.
 */
export function describeEdit(programme: Programme, edit: ProgrammeEdit, index?: ProgrammeIndex): string {
  const title = (id: string) => programme.items.find((i) => i.id === id)?.title ?? id;
  const meetingDay = (id: string) => {
    const m = programme.meetings.find((x) => x.id === id);
    return m ? day(m.date) : id;
  };
  const current = (id: string) => (index ?? indexProgramme(programme)).meetingOfItem(id);
  switch (edit.type) {
    case "move-item": {
      const from = current(edit.item);
      const inBacklog = programme.backlog.includes(edit.item);
      const where = from ? ` from ${day(from.date)}` : inBacklog ? " from the backlog" : "";
      if (edit.to === "backlog") return `Move ${title(edit.item)}${where} to the backlog`;
      if (from?.id === edit.to.meeting)
        return `Move ${title(edit.item)} to position ${(edit.to.index ?? from.agenda.length - 1) + 1} on ${day(from.date)}`;
      return `${from ? "Move" : "Add"} ${title(edit.item)}${where} to ${meetingDay(edit.to.meeting)}`;
    }
    case "set-minutes": {
      const before = programme.items.find((i) => i.id === edit.item)?.minutes;
      if (edit.minutes === null) return `Clear the minutes of ${title(edit.item)} (was ${minutesWords(before)})`;
      return `Give ${title(edit.item)} ${minutesWords(edit.minutes)} (was ${minutesWords(before)})`;
    }
    case "set-status": {
      const before = programme.items.find((i) => i.id === edit.item)?.status ?? "confirmed";
      return `Mark ${title(edit.item)} ${ITEM_STATUS_LABELS[edit.status]} (was ${ITEM_STATUS_LABELS[before]})`;
    }
    case "reorder-item": {
      const from = current(edit.item);
      const where = from ? ` on ${day(from.date)}` : " in the backlog";
      const n = Math.abs(edit.delta);
      return `Move ${title(edit.item)} ${edit.delta < 0 ? "up" : "down"} ${n === 1 ? "one place" : `${n} places`}${where}`;
    }
    case "set-alongside":
      return edit.with.length === 0
        ? `Take ${title(edit.item)} on its own`
        : `Take ${title(edit.item)} alongside ${edit.with.map(title).join(" and ")}`;
    case "move-meeting":
      return `Move the meeting of ${meetingDay(edit.meeting)} to ${day(edit.date)}`;
    case "cancel-meeting":
      return `Cancel the meeting of ${meetingDay(edit.meeting)}`;
    case "reinstate-meeting":
      return `Reinstate the meeting of ${meetingDay(edit.meeting)}`;
    case "set-outcome": {
      const entry = programme.meetings
        .find((m) => m.id === edit.meeting)
        ?.agenda.find((e) => agendaItemId(e) === edit.item);
      const before = entry === undefined ? undefined : agendaOutcome(entry);
      const was = before ? AGENDA_OUTCOME_LABELS[before] : "not recorded";
      if (edit.outcome === null)
        return `Clear the outcome of ${title(edit.item)} at ${meetingDay(edit.meeting)} (was ${was})`;
      return `Record ${title(edit.item)} as ${AGENDA_OUTCOME_LABELS[edit.outcome]} at ${meetingDay(edit.meeting)} (was ${was})`;
    }
    case "set-agenda-entry":
      return `Record at ${meetingDay(edit.meeting)} on ${title(edit.item)}: ${changed(edit.fields, AGENDA_ENTRY_FIELD_LABELS)}`;
    case "set-recommendation":
      return describeSetRecommendation(programme, edit.review, edit.recommendation, edit.fields);
    case "add-item":
      return edit.to === "backlog"
        ? `New item ${edit.item.title} in the backlog`
        : `New item ${edit.item.title} on ${meetingDay(edit.to.meeting)}`;
    case "set-item":
      return describeSetItem(programme, edit.item, edit.fields);
    case "delete-item": {
      const from = current(edit.item);
      const where = from ? ` from ${day(from.date)}` : programme.backlog.includes(edit.item) ? " from the backlog" : "";
      return `Delete ${title(edit.item)}${where}`;
    }
    case "add-meeting":
      return `Add a meeting on ${day(edit.meeting.date)}`;
    case "set-meeting":
      return describeSetMeeting(programme, edit.meeting, edit.fields);
    case "delete-meeting": {
      const n = programme.meetings.find((m) => m.id === edit.meeting)?.agenda.length ?? 0;
      return `Delete the meeting of ${meetingDay(edit.meeting)}${n > 0 ? ` (${plural(n, "item")} to the backlog)` : ""}`;
    }
    case "add-person":
      return `Add ${edit.person.name} to the ${PEOPLE_GROUP_LABELS[edit.group].list}`;
    case "set-person":
      return `Edit ${personName(programme, edit.person)}: ${changed(edit.fields, PERSON_FIELD_LABELS)}`;
    case "delete-person":
      return `Remove ${personName(programme, edit.person)} from the ${PEOPLE_GROUP_LABELS[edit.group].list}`;
    case "set-commission":
      return `Change the commission's ${changed(edit.fields, COMMISSION_FIELD_LABELS)}`;
    case "add-event":
      return `New ${eventKindLabel(edit.event.kind).toLowerCase()} ${edit.event.title} on ${day(edit.event.date)}`;
    case "set-event": {
      const event = programme.events.find((e) => e.id === edit.event);
      return `Change ${event?.title ?? edit.event}: ${changed(edit.fields, EVENT_FIELD_LABELS)}`;
    }
    case "delete-event":
      return `Delete ${programme.events.find((e) => e.id === edit.event)?.title ?? edit.event}`;
    case "link-follow-up": {
      const review = programme.reviews.find((r) => r.id === edit.review);
      const numbers = edit.recommendations.map(
        (r) => review?.recommendations.find((x) => x.id === r.id)?.number ?? r.id,
      );
      const which =
        numbers.length === 0
          ? ""
          : ` (${numbers.length === 1 ? "recommendation" : "recommendations"} ${listJoin(numbers)})`;
      return `Follow up ${review?.title ?? edit.review} with ${title(edit.item)}${which}`;
    }
  }
}

/** The fields an edit sets, in words and in the record's order: "title and officers". */
function changed(fields: object, labels: Readonly<Record<string, string>>): string {
  const keys = Object.keys(fields);
  const ordered = [...Object.keys(labels).filter((k) => keys.includes(k)), ...keys.filter((k) => !(k in labels))];
  return listJoin(ordered.map((k) => labels[k] ?? k));
}

function personName(programme: Programme, id: string): string {
  for (const list of [
    programme.members,
    programme.coOptees,
    programme.substitutes,
    programme.officers,
    programme.cabinetMembers,
  ]) {
    const found = list.find((p: { id: string }) => p.id === id);
    if (found) return found.name;
  }
  return id;
}

function describeSetItem(programme: Programme, id: string, fields: ItemFields): string {
  const item = programme.items.find((i) => i.id === id);
  const title = item?.title ?? id;
  const keys = Object.keys(fields);
  if (keys.length === 1 && fields.title) return `Retitle ${title} as ${fields.title}`;
  if (keys.length === 1 && fields.cabinetQA !== undefined) {
    if (fields.cabinetQA === null) return `Remove the Cabinet Q&A from ${title}`;
    const who = personName(programme, fields.cabinetQA.cabinetMember);
    const topics = fields.cabinetQA.topics ?? [];
    return `Cabinet Q&A on ${title}: ${who}${topics.length ? ` on ${listJoin(topics)}` : ""}`;
  }
  return `Edit ${title}: ${changed(fields, ITEM_FIELD_LABELS)}`;
}

function describeSetRecommendation(
  programme: Programme,
  reviewId: string,
  recId: string,
  fields: RecommendationFields,
): string {
  const review = programme.reviews?.find((r) => r.id === reviewId);
  const rec = review?.recommendations.find((r) => r.id === recId);
  const name = `recommendation ${rec?.number ?? recId} of ${review?.title ?? reviewId}`;
  const keys = Object.keys(fields);
  if (keys.length === 1 && fields.response !== undefined)
    return fields.response === null
      ? `Clear the response to ${name}`
      : `Record the response to ${name}: ${RESPONSE_DECISION_LABELS[fields.response.decision].toLowerCase()} on ${day(fields.response.date)}`;
  if (keys.length === 1 && fields.implementation)
    return `Record ${name} as ${IMPLEMENTATION_STATUS_LABELS[fields.implementation.status].toLowerCase()}`;
  return `Edit ${name}: ${changed(fields, RECOMMENDATION_FIELD_LABELS)}`;
}

function describeSetMeeting(programme: Programme, id: string, fields: MeetingFields): string {
  const meeting = programme.meetings.find((m) => m.id === id);
  const on = meeting ? day(meeting.date) : id;
  const keys = Object.keys(fields);
  if (keys.length === 1 && fields.date) return `Move the meeting of ${on} to ${day(fields.date)}`;
  if (keys.length === 1 && fields.attendance !== undefined) {
    if (fields.attendance === null) return `Clear the attendance recorded at ${on}`;
    const { present = [], remote = [], apologies = [], substitutes = [], recorded } = fields.attendance;
    const parts =
      recorded === "apologies-only"
        ? []
        : [`${present.length} present`, ...(remote.length ? [`${remote.length} remote`] : [])];
    parts.push(plural(apologies.length, "apology", "apologies"));
    if (substitutes.length) parts.push(plural(substitutes.length, "substitute", "substitutes"));
    return `Record the attendance at ${on}: ${parts.join(", ")}`;
  }
  if (keys.length === 1 && fields.declarations !== undefined) {
    const before = meeting?.declarations ?? [];
    const after = fields.declarations ?? [];
    const key = (d: { person: string; items: string[]; kind: string; nature: string }) =>
      JSON.stringify([d.person, d.items, d.kind, d.nature]);
    const added = after.filter((d) => !before.some((b) => key(b) === key(d)));
    const removed = before.filter((b) => !after.some((d) => key(b) === key(d)));
    const titles = (ids: string[]) => listJoin(ids.map((i) => programme.items.find((x) => x.id === i)?.title ?? i));
    if (added.length === 1 && removed.length === 0) {
      const d = added[0]!;
      return `Record ${personName(programme, d.person)}'s ${interestKindLabel(d.kind)} in ${titles(d.items)} at ${on}`;
    }
    if (removed.length === 1 && added.length === 0)
      return `Remove ${personName(programme, removed[0]!.person)}'s declaration at ${on}`;
    if (added.length === 1 && removed.length === 1 && added[0]!.person === removed[0]!.person)
      return `Change ${personName(programme, added[0]!.person)}'s declaration at ${on}`;
    return `Change the declarations at ${on}`;
  }
  return `Change the meeting of ${on}: ${changed(fields, MEETING_FIELD_LABELS)}`;
}
