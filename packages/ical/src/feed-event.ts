import type { PublicDeclaration } from "@scrutineer/agenda";
import type { EventKind, EventOwner } from "./event-uid.js";
import type { EventStatus, Fingerprint } from "./ical-state.js";

/**
 * One VEVENT as plain data: what the programme says about a meeting or a deadline, before it is
 * written as iCalendar. Every feed (commission, member, deadlines, the static site and `serve`)
 * renders these, so they all agree.
 */
export interface FeedEvent {
  /** The state-file key, e.g. `cyp/2022-23/2022-09` or `cyp/2022-23/2022-09/dispatch`. */
  key: string;
  /** UUIDv5 of the key: stable when the meeting moves or is retitled. */
  uid: string;
  kind: EventKind;
  owner: EventOwner;
  summary: string;
  /** Europe/London wall clock `YYYY-MM-DDTHH:MM`, or a date `YYYY-MM-DD` for an all-day event. */
  start: string;
  /** Exclusive end: wall clock, or for an all-day event the day after (RFC 5545 §3.6.1). */
  end: string;
  allDay: boolean;
  location?: string;
  /** Plain text; escaped when written. */
  description: string;
  /** An http(s) address, already made safe for a URI value. */
  url?: string;
  status: EventStatus;
  organizer?: { name: string; email: string };
  /** The meeting's UID, for a deadline (RELATED-TO, RFC 5545 §3.8.4.5). */
  relatedTo?: string;
  /** Deadlines and cancelled meetings do not make anyone busy (TRANSP:TRANSPARENT). */
  transparent: boolean;
  /** The meeting's declarations in their public form (a sensitive interest's nature is never here). */
  declarations: PublicDeclaration[];
  /**
   * For an event that is not a meeting: whether it may be published and who attends (ids; empty:
   * everyone on the commission that day). Absent for meetings and deadlines.
   */
  audience?: { public: boolean; attendees: readonly string[]; sitting: readonly string[] };
  /** From the state: raised on every change of time, place or status. */
  sequence: number;
  /** From the state: CREATED, a UTC instant. */
  created: string;
  /** From the state: DTSTAMP and LAST-MODIFIED, a UTC instant. */
  modified: string;
  /** True for an event kept, cancelled, after it left the programme. */
  removed: boolean;
}

/** A FeedEvent before the state has numbered it. */
export type EventDraft = Omit<FeedEvent, "sequence" | "created" | "modified" | "removed">;

/** The facts whose change raises SEQUENCE. */
export function fingerprintOf(event: Pick<FeedEvent, "start" | "end" | "location" | "status">): Fingerprint {
  const f: Fingerprint = { start: event.start, end: event.end, status: event.status };
  if (event.location) f.location = event.location;
  return f;
}

/** Everything else shown, in a fixed order, for the content hash. */
export function contentOf(event: EventDraft): string {
  return JSON.stringify([
    event.summary,
    event.description,
    event.url ?? "",
    event.organizer ?? null,
    event.relatedTo ?? "",
    event.transparent,
    event.declarations,
  ]);
}
