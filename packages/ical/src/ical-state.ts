import * as z from "zod";
import { IcalError } from "./errors.js";

/**
 * What a feed must remember between exports, kept in a small JSON file committed beside the
 * programme (`programme.ical-state.json`), so that any machine regenerating the feed continues
 * the same numbering:
 *
 * - SEQUENCE (RFC 5545 §3.8.7.4) "is incremented each time the Organizer makes a significant
 *   revision": here, whenever an event's time, place or status changes. Clients that hold an
 *   event keep the copy with the higher SEQUENCE, so a feed regenerated without the state would
 *   restart at 0 and a moved meeting could stay at its old time in Outlook.
 * - DTSTAMP and LAST-MODIFIED (§3.8.7.2, §3.8.7.3): when the event's information last changed;
 *   CREATED (§3.8.7.1): when it first appeared.
 *   Taken from this file, never from the clock at export time, so an unchanged programme gives
 *   byte-identical feeds (and HTTP caches and ETags keep working).
 *
 * The time recorded for a change is the `now` the caller passes in (the CLI's clock or `--now`);
 * the package itself never reads the clock.
 */

const Instant = z.iso.datetime({ offset: false, error: "expected a UTC instant such as 2022-07-01T09:00:00Z" });

/** The status words of RFC 5545 §3.8.1.11 that a VEVENT can carry. */
export const EventStatus = z.enum(["CONFIRMED", "TENTATIVE", "CANCELLED"]);
export type EventStatus = z.infer<typeof EventStatus>;

/**
 * Time, place and status of an event: the facts whose change is "significant". Kept readable so
 * that a diff of the state file says what moved. `start`/`end` are Europe/London wall clock
 * (`2022-09-29T19:00`) or a date (`2022-09-21`) for an all-day deadline.
 */
export const Fingerprint = z.strictObject({
  start: z.string(),
  end: z.string(),
  location: z.string().optional(),
  status: EventStatus,
});
export type Fingerprint = z.infer<typeof Fingerprint>;

/**
 * What the last export said about one event: its fingerprint (start, end, place, status), its SEQUENCE,
 * CREATED and LAST-MODIFIED instants (ISO, UTC), a hash of the rest, and whether it has left the
 * programme. RFC 5545 §3.8.7.4: SEQUENCE rises when the time, place or status changes.
 */
export const EventState = z.strictObject({
  ...Fingerprint.shape,
  sequence: z.number().int().nonnegative(),
  /** When the event first appeared in a feed: CREATED. */
  created: Instant,
  /** When the event's information last changed: DTSTAMP and LAST-MODIFIED. */
  modified: Instant,
  /** A hash of everything else shown (title, description, link, organizer): a change moves `modified` only. */
  content: z.string(),
  /** Set when the meeting left the programme: the feed keeps it, cancelled, so calendars drop it. */
  removed: z.literal(true).optional(),
});
export type EventState = z.infer<typeof EventState>;

/**
 * The state saved beside a programme between exports (`programme.ical-state.json`, `formatState`): every
 * event ever exported, by event key, so UIDs, SEQUENCE and DTSTAMP stay stable. Parse a saved file with
 * `IcalState.parse(JSON.parse(text))` (throws a `ZodError` for a file of another shape).
 */
export const IcalState = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  /** By event key (`cyp/2022-23/2022-09`, `cyp/2022-23/2022-09/dispatch`). */
  events: z.record(z.string(), EventState),
});
export type IcalState = z.infer<typeof IcalState>;

/** An event as the programme describes it now, before the state gives it a SEQUENCE and a time. */
export interface StateInput {
  key: string;
  fingerprint: Fingerprint;
  content: string;
}

/**
 * How an event changed since the last export: added, moved (time or place), updated (other details), removed or restored.
 */
export type StateChangeKind = "added" | "moved" | "updated" | "removed" | "restored";

/** One line of what changed, for the CLI to report. */
export interface StateChange {
  key: string;
  kind: StateChangeKind;
  sequence: number;
}

export const STATE_COMMENT =
  "Written by scrutineer export/serve: calendar SEQUENCE numbers and change times. Commit it beside the programme; see docs/calendar-feeds.md.";

/** The state before the first export: no events. `programmeFeed` starts from it when there is no `previous`. */
export function emptyState(): IcalState {
  return { $comment: STATE_COMMENT, version: 1, events: {} };
}

function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.start === b.start && a.end === b.end && (a.location ?? "") === (b.location ?? "") && a.status === b.status;
}

/** The later of two UTC instants written as ISO strings (times never run backwards in a feed). */
function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** `now` normalised to the form kept in the file: whole seconds, UTC, `Z`. */
export function normaliseInstant(now: string): string {
  const ms = Date.parse(now);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(now)) {
    throw new IcalError(
      "invalid-instant",
      now,
      `now: expected an ISO instant with a zone (e.g. 2022-07-01T09:00:00Z), got ${now}`,
    );
  }
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/**
 * The next state: events whose time, place or status changed get SEQUENCE + 1; any change
 * (including title or description) moves `modified` to `now`; unchanged events keep their entry
 * exactly. Events that left the programme stay, cancelled, with SEQUENCE + 1 (once). Pure.
 */
export function nextState(
  previous: IcalState | undefined,
  current: readonly StateInput[],
  options: { now: string },
): { state: IcalState; changes: StateChange[] } {
  const now = normaliseInstant(options.now);
  const before = previous?.events ?? {};
  // Entries are gathered in a Map and put into the record once, sorted: a record built key by
  // key, then copied sorted, cost more than everything else here for a large programme.
  const events = new Map<string, EventState>();
  const changes: StateChange[] = [];

  for (const input of current) {
    if (events.has(input.key))
      throw new IcalError("duplicate-event", input.key, `two events share the key ${input.key}`);
    const old = before[input.key];
    if (!old) {
      events.set(input.key, { ...input.fingerprint, sequence: 0, created: now, modified: now, content: input.content });
      changes.push({ key: input.key, kind: "added", sequence: 0 });
      continue;
    }
    const significant = !sameFingerprint(old, input.fingerprint) || old.removed === true;
    if (!significant && old.content === input.content) {
      events.set(input.key, old);
      continue;
    }
    const sequence = significant ? old.sequence + 1 : old.sequence;
    events.set(input.key, {
      ...input.fingerprint,
      sequence,
      created: old.created,
      modified: later(now, old.modified),
      content: input.content,
    });
    const kind: StateChangeKind = old.removed ? "restored" : significant ? "moved" : "updated";
    changes.push({ key: input.key, kind, sequence });
  }

  // Events no longer in the programme: kept as cancelled tombstones so subscribers' calendars
  // remove them (a vanished event stays in Outlook's copy of a subscribed calendar for ever).
  for (const key in before) {
    if (events.has(key)) continue;
    const old = before[key] as EventState;
    if (old.removed) {
      events.set(key, old);
      continue;
    }
    events.set(key, {
      ...old,
      status: "CANCELLED",
      sequence: old.sequence + 1,
      modified: later(now, old.modified),
      removed: true,
    });
    changes.push({ key, kind: "removed", sequence: old.sequence + 1 });
  }

  const sorted: Record<string, EventState> = {};
  for (const key of [...events.keys()].sort()) sorted[key] = events.get(key) as EventState;
  return { state: { $comment: STATE_COMMENT, version: 1, events: sorted }, changes };
}

/** The state file's text: fixed key order and a final newline, so commits show only real changes. */
export function formatState(state: IcalState): string {
  const events: Record<string, EventState> = {};
  for (const key of Object.keys(state.events).sort()) {
    const e = state.events[key] as EventState;
    const canonical: EventState = { start: e.start, end: e.end, status: e.status, sequence: e.sequence } as EventState;
    if (e.location !== undefined) canonical.location = e.location;
    canonical.created = e.created;
    canonical.modified = e.modified;
    canonical.content = e.content;
    if (e.removed) canonical.removed = true;
    events[key] = canonical;
  }
  return `${JSON.stringify({ $comment: STATE_COMMENT, version: state.version, events }, null, 2)}\n`;
}

/**
 * A short, stable hash (cyrb53, public domain) of the text an event shows, so the state file
 * notices a retitled item without keeping the text itself. Not cryptographic: it only has to
 * tell "changed" from "unchanged".
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
