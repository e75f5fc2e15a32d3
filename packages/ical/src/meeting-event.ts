import { type AgendaTiming, publicDeclarations, type TimeRange, timeAgenda } from "@scrutineer/agenda";
import { addDays, longDate } from "@scrutineer/dates";
import { bodyWord, type Meeting, meetingTimes, type Programme, type ProgrammeIndex } from "@scrutineer/model";
import { meetingEventStatus, statusTitle } from "./event-status.js";
import { eventKey, eventUid } from "./event-uid.js";
import type { EventDraft } from "./feed-event.js";
import { feedOrganizer } from "./organizer.js";
import { cleanText, oneLine, webAddress } from "./text.js";

/**
 * One VEVENT per meeting (never an RRULE: meetings move one at a time, and a recurring event
 * with exceptions is the form clients most often get wrong). Start and end are the meeting's
 * Europe/London wall-clock times; the description is what a member needs on the night: the
 * agenda with start times computed from the minutes allotted (`timeAgenda`), the livestream,
 * and whom to contact (the front sheet of 16 Jan 2023, seed 001 lines 1-50).
 */

/** "19:05", or "19:50 to 20:05" when minute ranges leave the start uncertain. */
export function timeRange(range: TimeRange): string {
  return range.earliest === range.latest ? range.earliest : `${range.earliest} to ${range.latest}`;
}

/** The meeting's link: its own livestream, else the commission's, else the commission's web page. */
export function meetingUrl(programme: Programme, meeting: Meeting): string | undefined {
  const c = programme.commission;
  return webAddress(meeting.livestream) ?? webAddress(c.livestream) ?? webAddress(c.webpage);
}

/** The agenda as the description lists it: procedural items, then each item with its computed start. */
export function agendaLines(timing: AgendaTiming): string[] {
  const lines = timing.procedural.map((p) => `${p.number}. ${oneLine(p.title)}`);
  for (const t of timing.items) lines.push(`${t.number}. ${oneLine(t.item.title)} (${timeRange(t.start)})`);
  return lines;
}

function contactLine(programme: Programme): string {
  const { contact } = programme.commission;
  return `Contact: ${[contact.name, contact.phone, contact.email]
    .filter(Boolean)
    .map((s) => oneLine(s as string))
    .join(", ")}`;
}

/** The meeting's description: plain text, one fact per line. */
export function meetingDescription(programme: Programme, meeting: Meeting, timing: AgendaTiming): string {
  const c = programme.commission;
  const { start, plannedEnd, venue } = meetingTimes(programme, meeting);
  const status = meetingEventStatus(meeting);
  const lines: string[] = [];
  if (status === "CANCELLED") lines.push("CANCELLED: this meeting will not take place.");
  if (status === "TENTATIVE") lines.push("The date is provisional and may change.");
  lines.push(`${oneLine(c.name)}, ${oneLine(c.council)}`);
  lines.push(`${longDate(meeting.date)}, ${start} to ${plannedEnd} (UK time)`);
  if (meeting.movedFrom) lines.push(`Moved from ${longDate(meeting.movedFrom)}.`);
  lines.push(oneLine(venue));
  if (status !== "CANCELLED" && timing.items.length > 0) {
    lines.push("", "Agenda (start times estimated from the minutes allotted in the work programme):");
    lines.push(...agendaLines(timing));
    lines.push(`Expected to finish by ${timing.finish.latest}.`);
  }
  if (meeting.notes) lines.push("", cleanText(meeting.notes).trim());
  lines.push("");
  const live = webAddress(meeting.livestream) ?? webAddress(c.livestream);
  if (live && status !== "CANCELLED") lines.push(`Watch live: ${live}`);
  const page = webAddress(c.webpage);
  if (page) lines.push(`${bodyWord(c.kind)} web page: ${page}`);
  lines.push(contactLine(programme));
  return lines.join("\n");
}

/** The meeting's event, before the state gives it a SEQUENCE and a change time. */
export function meetingEvent(index: ProgrammeIndex, meeting: Meeting, timing = timeAgenda(index, meeting)): EventDraft {
  const { programme } = index;
  const c = programme.commission;
  const owner = { commission: c.id, municipalYear: c.municipalYear, meeting: meeting.id };
  const { start, plannedEnd, venue } = meetingTimes(programme, meeting);
  const status = meetingEventStatus(meeting);
  // A planned end at or before the start can only mean after midnight.
  const endDate = plannedEnd > start ? meeting.date : addDays(meeting.date, 1);
  const draft: EventDraft = {
    key: eventKey(owner),
    uid: eventUid(owner),
    kind: "meeting",
    owner,
    summary: statusTitle(status, oneLine(c.name)),
    start: `${meeting.date}T${start}`,
    end: `${endDate}T${plannedEnd}`,
    allDay: false,
    location: oneLine(venue),
    description: meetingDescription(programme, meeting, timing),
    status,
    // A cancelled meeting stays in the calendar but does not keep anyone busy.
    transparent: status === "CANCELLED",
    declarations: publicDeclarations(index, meeting),
  };
  const url = meetingUrl(programme, meeting);
  if (url) draft.url = url;
  const organizer = feedOrganizer(programme);
  if (organizer) draft.organizer = organizer;
  return draft;
}
