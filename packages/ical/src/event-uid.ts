import { parse as parseUuid, v5 as uuidv5 } from "uuid";

/**
 * Event identity (RFC 5545 §3.8.4.7: "globally unique", and the key a client uses to replace an
 * event it already holds). Derived from stable ids only, never from a date or a title, so a moved
 * or retitled meeting keeps its UID and subscribers see it move instead of a duplicate; no host
 * name either (RFC 7986 §5.3 advises against it, and the feed is generated on many machines).
 * UUIDv5 (RFC 9562 §5.5) gives the same UID for the same ids on every machine.
 *
 * The key holds the municipal year as well as the commission and meeting ids: the model's
 * commission is "a commission in one municipal year", and an id such as `m1` reused in next
 * year's programme must not replace this year's meeting in subscribers' calendars.
 */

/** Scrutineer's namespace: UUIDv5 of the URL `https://github.com/scrutineer/ical/event` in the URL namespace. */
export const UID_NAMESPACE = "50e396db-2dce-552a-b13b-d750f264e25b";

/**
 * The kinds of event a feed holds: a meeting, the officers' deadlines it gives rise to, and an
 * event that is not a meeting (a briefing, a site visit: the programme's `events:`).
 */
export type EventKind =
  | "meeting"
  | "papers-deadline"
  | "dispatch"
  | "cabinet-notice"
  | "response-due"
  | "action-due"
  | "written-answer-due"
  | "event";

/** Who an event belongs to: the commission's id and municipal year, and the meeting's (or the event's) id. */
export interface EventOwner {
  commission: string;
  municipalYear: string;
  /** The meeting's id; for an event that is not a meeting, the event's id. */
  meeting: string;
}

/**
 * The key an event is known by in the state file: `cyp/2022-23/2022-09`,
 * `cyp/2022-23/2022-09/dispatch`, `cyp/2022-23/2023-02/cabinet-notice/cabinet-qa-woodley` (a
 * Cabinet notice belongs to its Q&A item, and a meeting may have more than one),
 * `hsc/2022-23/briefing-2022-07/event` (an event that is not a meeting: its own id, then `event`,
 * so it never shares a key with a meeting of the same id).
 */
export function eventKey(owner: EventOwner, kind: EventKind = "meeting", item?: string): string {
  const base = `${owner.commission}/${owner.municipalYear.replace("/", "-")}/${owner.meeting}`;
  if (kind === "meeting") return base;
  return item ? `${base}/${kind}/${item}` : `${base}/${kind}`;
}

const uids = new Map<string, string>();
const namespaceBytes = parseUuid(UID_NAMESPACE);
const utf8 = new TextEncoder();

/** The UID of an event: UUIDv5 of its key. */
export function eventUid(owner: EventOwner, kind: EventKind = "meeting", item?: string): string {
  const key = eventKey(owner, kind, item);
  let uid = uids.get(key);
  if (uid === undefined) {
    // A SHA-1 per call (UUIDv5): kept, since every export asks again for the same events. The
    // namespace and the key go in as bytes: given strings, uuid parses the namespace twice and
    // encodes the key a character at a time on every call, which cost more than the hash.
    uid = uuidv5(utf8.encode(key), namespaceBytes);
    if (uids.size >= 200_000) uids.clear();
    uids.set(key, uid);
  }
  return uid;
}
