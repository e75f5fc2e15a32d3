// Helpers for this package's tests only (not exported from index.ts, not bundled).
import { readFileSync } from "node:fs";
import { type Meeting, type Programme, parseProgramme } from "@scrutineer/model";
import ICAL from "ical.js";
import { intlLondonWall } from "../../dates/test/intl-london.js";

const EXAMPLE = new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url);

/** The Hackney CYP 2022/23 programme: the fixture for every rule. */
export function example(): Programme {
  const result = parseProgramme(readFileSync(EXAMPLE, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.programme;
}

/** A bundled example by its folder under examples/, parsed as a file is. */
function bundled(folder: string): Programme {
  const file = new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url);
  const result = parseProgramme(readFileSync(file, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.programme;
}

/** The North Yorkshire Scrutiny of Health Committee 2022/23 programme: a committee with a private briefing. */
export function northYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** Neath Port Talbot's Education, Skills and Wellbeing Scrutiny Committee 2022/23: a Welsh hybrid committee. */
export function neathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
}

/** A copy of the programme with one meeting changed. */
export function withMeeting(p: Programme, id: string, change: (m: Meeting) => Meeting): Programme {
  const copy = structuredClone(p);
  copy.meetings = copy.meetings.map((m) => (m.id === id ? change(m) : m));
  return copy;
}

/** The wall-clock time an instant shows in London, "YYYY-MM-DD HH:MM", read by Intl (independent of the feed). */
export const londonWall = (ms: number): string => intlLondonWall(ms);

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  relatedTo: string | null;
  allDay: boolean;
  tzid: string | null;
  /** UTC milliseconds as ical.js computes them from the feed's own VTIMEZONE. */
  startUtc: number;
  endUtc: number;
  /** For all-day events, the dates as written. */
  startDate: string;
  endDate: string;
  stamp: string;
  lastModified: string;
}

export interface ParsedFeed {
  calendar: ICAL.Component;
  events: ParsedEvent[];
  props: Record<string, string>;
}

/**
 * Parse a feed as Thunderbird does (ical.js), resolving TZID through the feed's own VTIMEZONE
 * (registered under a private name first, so a built-in zone cannot mask a broken definition).
 */
export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezones = calendar.getAllSubcomponents("vtimezone");
  for (const vtz of vtimezones) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const props: Record<string, string> = {};
  for (const p of calendar.getAllProperties()) props[p.name.toUpperCase()] = String(p.getFirstValue());
  const events = calendar.getAllSubcomponents("vevent").map((ve): ParsedEvent => {
    const event = new ICAL.Event(ve);
    const start = event.startDate;
    const end = event.endDate;
    const raw = (name: string) => {
      const v = ve.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(ve.getFirstPropertyValue("status")),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: raw("url"),
      relatedTo: raw("related-to"),
      allDay: start.isDate,
      tzid: (ve.getFirstProperty("dtstart")?.getParameter("tzid") as string | undefined) ?? null,
      startUtc: start.toUnixTime() * 1000,
      endUtc: end.toUnixTime() * 1000,
      startDate: start.toString(),
      endDate: end.toString(),
      stamp: String(raw("dtstamp")),
      lastModified: String(raw("last-modified")),
    };
  });
  return { calendar, events, props };
}

/** RFC 5545 §3.1 framing: CRLF only, lines of at most 75 octets, a final CRLF, balanced components. */
export function framingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.startsWith("BEGIN:VCALENDAR\r\n")) problems.push("does not start with BEGIN:VCALENDAR");
  if (!text.endsWith("END:VCALENDAR\r\n")) problems.push("does not end with END:VCALENDAR and CRLF");
  if (/[^\r]\n|\r[^\n]/.test(text)) problems.push("a bare LF or CR");
  const lines = text.slice(0, -2).split("\r\n");
  const stack: string[] = [];
  lines.forEach((line, i) => {
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > 75) problems.push(`line ${i + 1} has ${octets} octets`);
    if (line.length === 0) problems.push(`line ${i + 1} is empty`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) problems.push(`line ${i + 1} has a control character`);
    if (line.startsWith("BEGIN:")) stack.push(line.slice(6));
    if (line.startsWith("END:") && stack.pop() !== line.slice(4)) problems.push(`line ${i + 1}: unbalanced ${line}`);
  });
  if (stack.length) problems.push(`unclosed ${stack.join(", ")}`);
  return problems;
}

/** The unfolded content lines of a feed (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

/** RFC 5545 §3.3.11 unescaping, for X- properties that ical.js leaves raw. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}
