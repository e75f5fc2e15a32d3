import { v5 as uuidv5 } from "uuid";

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

/** The kinds of event a meeting gives rise to: the meeting itself and the officers' deadlines. */
export type EventKind = "meeting" | "papers-deadline" | "dispatch" | "cabinet-notice";

/** Who an event belongs to: the commission's id and municipal year, and the meeting's id. */
export interface EventOwner {
  commission: string;
  municipalYear: string;
  meeting: string;
}

/**
 * The key an event is known by in the state file: `cyp/2022-23/2022-09`,
 * `cyp/2022-23/2022-09/dispatch`, `cyp/2022-23/2023-02/cabinet-notice/cabinet-qa-woodley` (a
 * Cabinet notice belongs to its Q&A item, and a meeting may have more than one).
 */
export function eventKey(owner: EventOwner, kind: EventKind = "meeting", item?: string): string {
  const base = `${owner.commission}/${owner.municipalYear.replace("/", "-")}/${owner.meeting}`;
  if (kind === "meeting") return base;
  return item ? `${base}/${kind}/${item}` : `${base}/${kind}`;
}

/** The UID of an event: UUIDv5 of its key. */
export function eventUid(owner: EventOwner, kind: EventKind = "meeting", item?: string): string {
  const key = eventKey(owner, kind, item);
  let uid = uids.get(key);
  if (uid === undefined) {
    // A SHA-1 per call (UUIDv5): kept, since every export asks again for the same events.
    uid = uuidv5(key, UID_NAMESPACE);
    if (uids.size >= 200_000) uids.clear();
    uids.set(key, uid);
  }
  return uid;
}

const uids = new Map<string, string>();
