import { addDays, longDate, meetingTime, minutesOfDay } from "@scrutineer/dates";
import type { ProgrammeEvent, ProgrammeIndex } from "@scrutineer/model";
import { eventKey, eventUid } from "./event-uid.js";
import type { EventDraft } from "./feed-event.js";
import { feedOrganizer } from "./organizer.js";
import { cleanText, oneLine, webAddress } from "./text.js";

/**
 * One VEVENT for an event that is not a meeting: a briefing, a site visit, a workshop (the
 * programme's `events:`, e.g. North Yorkshire's "mid cycle briefing held on 22 July 2022"). With a
 * start it is timed (its end, or the start itself when none is given: RFC 5545 §3.6.1 lets a
 * DTSTART with no DTEND take no time); without one it is an all-day entry. Who may see it is in
 * `audience`: public feeds and documents show only public events; a member's own feed and the
 * officers' feed show private ones too (calendars.ts decides).
 */

const KIND_WORDS: Record<ProgrammeEvent["kind"], string> = {
  briefing: "Briefing",
  "site-visit": "Site visit",
  workshop: "Workshop",
  "evidence-session": "Evidence session",
  "task-and-finish": "Task and finish group",
  other: "Session",
};

/** The event's VEVENT, before the state gives it a SEQUENCE and a change time. */
export function programmeEventDraft(index: ProgrammeIndex, event: ProgrammeEvent): EventDraft {
  const { programme } = index;
  const c = programme.commission;
  const owner = { commission: c.id, municipalYear: c.municipalYear, meeting: event.id };
  const kind = KIND_WORDS[event.kind];
  const lines = [
    `${kind} of the ${oneLine(c.name)}, ${oneLine(c.council)}: not a formal meeting.`,
    `${longDate(event.date)}${event.start ? `, ${meetingTime(event.start)}${event.end ? ` to ${meetingTime(event.end)}` : ""} (UK time)` : ""}`,
  ];
  if (event.venue) lines.push(oneLine(event.venue));
  const items = event.items.map((id) => oneLine(index.items.get(id)?.title ?? id));
  if (items.length > 0) lines.push("", `For: ${items.join("; ")}`);
  if (event.notes) lines.push("", cleanText(event.notes).trim());
  lines.push("", event.public ? "Open to the public." : "Private: not published.");
  const timed = event.start !== undefined;
  const end = event.end && event.start && minutesOfDay(event.end) > minutesOfDay(event.start) ? event.end : event.start;
  const { councillors, coOptees } = index.membershipOn(event.date);
  const draft: EventDraft = {
    key: eventKey(owner, "event"),
    uid: eventUid(owner, "event"),
    kind: "event",
    owner,
    summary: `${oneLine(c.shortName)} ${kind.toLowerCase()}: ${oneLine(event.title)}`,
    start: timed ? `${event.date}T${event.start}` : event.date,
    end: timed ? `${event.date}T${end}` : addDays(event.date, 1),
    allDay: !timed,
    description: lines.join("\n"),
    status: "CONFIRMED",
    transparent: !timed,
    declarations: [],
    audience: {
      public: event.public,
      attendees: [...event.attendees],
      sitting: [...councillors, ...coOptees].map((m) => m.id),
    },
  };
  if (event.venue) draft.location = oneLine(event.venue);
  const url = webAddress(c.webpage);
  if (url && event.public) draft.url = url;
  const organizer = feedOrganizer(programme);
  if (organizer) draft.organizer = organizer;
  return draft;
}

/** Whether a person sees the event in their own feed: named among its attendees, or (none named) on the commission that day. */
export function attends(audience: NonNullable<EventDraft["audience"]>, person: string): boolean {
  return audience.attendees.length > 0 ? audience.attendees.includes(person) : audience.sitting.includes(person);
}
