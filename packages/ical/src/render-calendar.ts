import { LONDON } from "@scrutineer/dates";
import {
  foldLines,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventBusyStatus,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import { DuplicateEventError } from "./errors.js";
import type { FeedEvent } from "./feed-event.js";
import { londonDate, londonDateTime, utcInstant } from "./ical-time.js";
import { cleanText, escapeText, paramText } from "./text.js";
import { londonVtimezone } from "./vtimezone.js";

/**
 * Writing events as an iCalendar feed (RFC 5545) with ical-generator 10.2, working around what
 * it gets wrong for subscribed calendars (each has a test in render-calendar.test.ts):
 *
 * - Dates go in as `TZDate`s (never native `Date`s read in the machine's zone), so the output is
 *   byte-identical under any TZ.
 * - No calendar-level time zone: with one set, ical-generator writes DTSTAMP, CREATED and
 *   LAST-MODIFIED in that zone's local time without `Z`, which RFC 5545 §3.8.7 forbids. Events
 *   carry `TZID=Europe/London` themselves, and the VTIMEZONE (RRULE-based, see vtimezone.ts),
 *   X-WR-TIMEZONE and the RFC 7986 DESCRIPTION are written here, after the calendar's other
 *   properties and before the first component, as the RFC's grammar orders them.
 * - NAME, X-WR-CALNAME and X-WR-CALDESC are escaped here (ical-generator writes them raw).
 * - URLs are made safe before (text.ts `webAddress`), so its backslash-escaping finds nothing.
 * - RELATED-TO (which it lacks) is added to deadline events by a small ICalEvent subclass.
 * - Its `toString()` leaves `END:VCALENDAR` without the CRLF RFC 5545 §3.1 requires: added here.
 * - A cancelled meeting and every deadline are TRANSP:TRANSPARENT and, for Outlook, which reads
 *   only its own property, X-MICROSOFT-CDO-BUSYSTATUS:FREE; a provisional one is TENTATIVE there.
 * - METHOD is PUBLISH: a feed, not a scheduling message (REQUEST or CANCEL would make Outlook
 *   treat each event as an invitation to answer). PUBLISH requires an ORGANIZER in every event
 *   (RFC 5546 §3.2.1): a feed whose commission has no contact email has no METHOD at all
 *   (organizer.ts says why).
 */

export const PRODID = { company: "Scrutineer", product: "Scrutineer calendar feeds", language: "EN" } as const;

/** One hour: how often clients are asked to refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const DEFAULT_REFRESH_SECONDS = 3600;

/** The calendar-level text of a feed: its name (`X-WR-CALNAME`, `NAME`), description and refresh interval. */
export interface CalendarText {
  /** The calendar's name in the subscriber's list of calendars. */
  name: string;
  /** One or two sentences on what the calendar holds. */
  description: string;
  /** Seconds between refreshes the feed asks for (default one hour). */
  refreshSeconds?: number;
}

const END = "END:VEVENT\r\n";

/** An ICalEvent that also writes the properties ical-generator does not know (RELATED-TO). */
class FeedVEvent extends ICalEvent {
  constructor(
    data: ICalEventData,
    calendar: ICalCalendar,
    private readonly extra: string,
  ) {
    super(data, calendar);
  }

  override toString(): string {
    const text = super.toString();
    return this.extra ? text.slice(0, -END.length) + this.extra + END : text;
  }
}

/**
 * A UTC instant for DTSTAMP, CREATED and LAST-MODIFIED. With no calendar-level zone,
 * ical-generator writes these through the `Date`'s UTC getters only, so a plain `Date` is exact
 * and zone-independent here (a `TZDate` would cost two Intl calls per property for the same
 * bytes). Many events share a change time: one object each.
 */
function utcStamp(iso: string): Date {
  let date = stamps.get(iso);
  if (date === undefined) {
    date = new Date(+utcInstant(iso));
    if (stamps.size >= 10_000) stamps.clear();
    stamps.set(iso, date);
  }
  return date;
}

const stamps = new Map<string, Date>();

function wallClock(value: string) {
  return value.includes("T") ? londonDateTime(value.slice(0, 10), value.slice(11, 16)) : londonDate(value);
}

/** A FeedEvent as ical-generator's event data (exported for the bench, which feeds stock ical-generator the same). */
export function eventData(e: FeedEvent): ICalEventData {
  const stamp = utcStamp(e.modified);
  const data: ICalEventData = {
    id: e.uid,
    sequence: e.sequence,
    stamp,
    created: utcStamp(e.created),
    lastModified: stamp,
    start: wallClock(e.start),
    end: wallClock(e.end),
    allDay: e.allDay,
    timezone: LONDON,
    summary: cleanText(e.summary),
    description: cleanText(e.description),
    status: ICalEventStatus[e.status],
  };
  if (e.location) data.location = cleanText(e.location);
  if (e.url) data.url = e.url;
  if (e.organizer) data.organizer = { name: paramText(e.organizer.name), email: e.organizer.email };
  if (e.transparent) data.transparency = ICalEventTransparency.TRANSPARENT;
  // Outlook reads free/busy from its own property, not from STATUS or TRANSP.
  if (e.status === "TENTATIVE") data.busystatus = ICalEventBusyStatus.TENTATIVE;
  else if (e.status === "CANCELLED" || e.transparent) data.busystatus = ICalEventBusyStatus.FREE;
  return data;
}

/** Write events as one calendar: a complete RFC 5545 text ending in CRLF. */
export function renderCalendar(events: readonly FeedEvent[], text: CalendarText): string {
  let out = "";
  for (const chunk of renderCalendarChunks(events, text)) out += chunk;
  return out;
}

/**
 * The same calendar as `renderCalendar`, byte for byte, in pieces: the head, then each event,
 * then the end, each piece whole lines ending in CRLF. A large feed can be written to disk as
 * it is made instead of held whole (and held again as ical-generator's objects). The events are
 * checked and sorted before the first piece, so a `DuplicateEventError` comes before any output.
 */
export function renderCalendarChunks(events: readonly FeedEvent[], text: CalendarText): Iterable<string> {
  // PUBLISH only when every event names its organizer (RFC 5546 §3.2.1; see organizer.ts).
  const calendar = new ICalCalendar(
    calendarData(
      text,
      events.every((e) => e.organizer !== undefined),
    ),
  );
  const seen = new Set<string>();
  // Date order, then key: the same events give the same bytes whatever order they came in.
  const ordered = [...events].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  for (const e of ordered) {
    if (seen.has(e.uid)) throw new DuplicateEventError(e.key);
    seen.add(e.uid);
  }
  return pieces(calendar, ordered, text);
}

/**
 * ical-generator writes a calendar as its head, each event and `END:VCALENDAR`, then folds the
 * whole text line by line; folding whole lines piece by piece gives the same bytes. The head is
 * the empty calendar's text up to its end line, with our description, X-WR-TIMEZONE and the
 * VTIMEZONE after it (as `finishCalendar` puts them before the first event).
 */
function* pieces(calendar: ICalCalendar, ordered: readonly FeedEvent[], text: CalendarText): Generator<string> {
  const empty = calendar.toString();
  const end = empty.lastIndexOf("END:VCALENDAR");
  yield `${empty.slice(0, end)}${headerLines(text)}\r\n${londonVtimezone()}`;
  for (const e of ordered) {
    const extra = e.relatedTo ? `RELATED-TO:${e.relatedTo}\r\n` : "";
    yield foldLines(new FeedVEvent(eventData(e), calendar, extra).toString());
  }
  yield `${empty.slice(end)}\r\n`;
}

/** The calendar's own DESCRIPTION and X-WR-TIMEZONE lines, folded, without a final CRLF. */
function headerLines(text: CalendarText): string {
  return foldLines([`DESCRIPTION:${escapeText(text.description)}`, `X-WR-TIMEZONE:${LONDON}`].join("\r\n"));
}

/** The calendar options ical-generator is given (exported for the bench); `publish`: METHOD:PUBLISH. */
export function calendarData(text: CalendarText, publish = true) {
  return {
    ...(publish ? { method: ICalCalendarMethod.PUBLISH } : {}),
    prodId: PRODID,
    name: escapeText(text.name),
    description: escapeText(text.description),
    ttl: text.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
  };
}

/**
 * ical-generator's output made a complete feed: the RFC 7986 DESCRIPTION, X-WR-TIMEZONE and the
 * VTIMEZONE after the calendar's properties and before the first event, and the final CRLF.
 */
export function finishCalendar(generated: string, text: CalendarText): string {
  const header = headerLines(text);
  const first = generated.indexOf("\r\nBEGIN:VEVENT\r\n");
  const at = first >= 0 ? first + 2 : generated.lastIndexOf("END:VCALENDAR");
  return `${generated.slice(0, at)}${header}\r\n${londonVtimezone()}${generated.slice(at)}\r\n`;
}
