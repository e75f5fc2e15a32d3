import { todayInLondon } from "@scrutineer/dates";
import { calendarFor } from "@scrutineer/deadlines";
import { indexProgramme, monthOnly, type Programme } from "@scrutineer/model";
import { deadlineEvents } from "./deadline-events.js";
import { type EventKind, type EventOwner, eventUid } from "./event-uid.js";
import { contentOf, type EventDraft, type FeedEvent, fingerprintOf } from "./feed-event.js";
import {
  contentHash,
  type EventState,
  type IcalState,
  nextState,
  normaliseInstant,
  type StateChange,
} from "./ical-state.js";
import { meetingEvent } from "./meeting-event.js";
import { feedOrganizer } from "./organizer.js";
import { outcomeDeadlineEvents } from "./outcome-events.js";
import { programmeEventDraft } from "./programme-event.js";
import { oneLine } from "./text.js";

/**
 * A programme's events with their identity across exports: the pure step between a programme
 * file and its feeds. It takes the previous state (or none, the first time) and the time of
 * this export, and returns every event numbered, plus the state to save for next time.
 */
export interface ProgrammeFeed {
  programme: Programme;
  /** One event per meeting, in date order, plus any meeting kept cancelled after leaving the programme. */
  meetings: FeedEvent[];
  /** Papers deadline, agenda dispatch and Cabinet Q&A notice events, in date order. */
  deadlines: FeedEvent[];
  /**
   * Events that are not meetings (briefings, site visits), private ones included, in date order:
   * `audience` says which may be published (calendars.ts shows only those in public feeds).
   */
  events: FeedEvent[];
  /** The state to save beside the programme. */
  state: IcalState;
  /** What changed since `previous`: empty when the programme is unchanged. */
  changes: StateChange[];
  /** Ids of the councillors and co-optees who sit on the commission. */
  sitting: string[];
  /** The latest change of any event (UTC instant): the feeds' Last-Modified. */
  modified: string;
}

/** Options of `programmeFeed`. */
export interface ProgrammeFeedOptions {
  /** The time of this export, an ISO instant with a zone: recorded as the change time of what changed. */
  now: string;
  /** The state saved by the last export, if any. */
  previous?: IcalState;
}

const DEADLINE_LABEL: Record<Exclude<EventKind, "meeting">, string> = {
  "papers-deadline": "papers deadline",
  dispatch: "agenda dispatch",
  "cabinet-notice": "Cabinet Q&A notice",
  "response-due": "response due",
  "action-due": "action due",
  "written-answer-due": "written answer due",
  event: "session",
};

/** An event that left the programme, rebuilt from its state entry: cancelled, so calendars drop it. */
function tombstone(programme: Programme, key: string, entry: EventState): FeedEvent {
  const [commission = "", year = "", meeting = "", kindPart, item] = key.split("/");
  const kind = (kindPart ?? "meeting") as EventKind;
  const owner: EventOwner = { commission, municipalYear: year.replace("-", "/"), meeting };
  const c = programme.commission;
  const what = kind === "meeting" ? oneLine(c.name) : `${oneLine(c.shortName)} ${DEADLINE_LABEL[kind]}`;
  const event: FeedEvent = {
    key,
    uid: eventUid(owner, kind, item),
    kind,
    owner,
    summary: `Cancelled: ${what}`,
    start: entry.start,
    end: entry.end,
    allDay: !entry.start.includes("T"),
    description: "CANCELLED: removed from the work programme.",
    status: "CANCELLED",
    transparent: true,
    declarations: [],
    sequence: entry.sequence,
    created: entry.created,
    modified: entry.modified,
    removed: true,
  };
  if (entry.location) event.location = entry.location;
  if (kind !== "meeting" && kind !== "event" && kind !== "response-due") event.relatedTo = eventUid(owner);
  // Whether a removed event was public is not in the state: its notice of removal goes only to
  // the feeds that may show private events (a member's own, the officers').
  if (kind === "event") event.audience = { public: false, attendees: [], sitting: [] };
  const organizer = feedOrganizer(programme);
  if (organizer) event.organizer = organizer;
  return event;
}

function byStart(a: FeedEvent, b: FeedEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Number a programme's events against the previous state. Pure: the same inputs give the same result.
 *
 * @example
 * const feed = programmeFeed(programme, { now: "2023-01-09T09:00:00Z" }); // no previous state: the first export
 * feed.changes.length; // 26: every meeting and deadline is new
 * const again = programmeFeed(programme, { now: "2023-02-01T09:00:00Z", previous: feed.state });
 * again.changes.length; // 0
 */
export function programmeFeed(programme: Programme, options: ProgrammeFeedOptions): ProgrammeFeed {
  const now = normaliseInstant(options.now);
  const today = todayInLondon(new Date(now));
  const calendar = calendarFor(programme.commission);
  const index = indexProgramme(programme);
  const drafts: EventDraft[] = [];
  for (const meeting of index.meetingsInOrder) {
    // A meeting with a month but no day yet has no time to put in a calendar: it is left out
    // until its day is set (the work programme lists it, "date to be confirmed").
    if (monthOnly(meeting)) continue;
    drafts.push(meetingEvent(index, meeting));
    drafts.push(...deadlineEvents(index, meeting, { today, calendar }));
  }
  drafts.push(...outcomeDeadlineEvents(index));
  for (const event of index.eventsInOrder) drafts.push(programmeEventDraft(index, event));
  const { state, changes } = nextState(
    options.previous,
    drafts.map((d) => ({ key: d.key, fingerprint: fingerprintOf(d), content: contentHash(contentOf(d)) })),
    { now },
  );

  const meetings: FeedEvent[] = [];
  const deadlines: FeedEvent[] = [];
  const events: FeedEvent[] = [];
  const listFor = (kind: EventKind) => (kind === "meeting" ? meetings : kind === "event" ? events : deadlines);
  const current = new Set<string>();
  for (const d of drafts) {
    current.add(d.key);
    const entry = state.events[d.key] as EventState;
    const event: FeedEvent = {
      ...d,
      sequence: entry.sequence,
      created: entry.created,
      modified: entry.modified,
      removed: false,
    };
    listFor(d.kind).push(event);
  }
  for (const [key, entry] of Object.entries(state.events)) {
    if (current.has(key) || !entry.removed) continue;
    const event = tombstone(programme, key, entry);
    listFor(event.kind).push(event);
  }
  meetings.sort(byStart);
  deadlines.sort(byStart);
  events.sort(byStart);

  let modified = "";
  for (const entry of Object.values(state.events))
    if (!modified || Date.parse(entry.modified) > Date.parse(modified)) modified = entry.modified;
  return {
    programme,
    meetings,
    deadlines,
    events,
    state,
    changes,
    sitting: [...programme.members.map((m) => m.id), ...programme.coOptees.map((c) => c.id)],
    modified: modified || now,
  };
}
