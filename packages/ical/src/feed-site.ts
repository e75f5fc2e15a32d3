import { bodyWord, type CommissionKind, plural } from "@scrutineer/model";
import { commissionCalendar, deadlinesCalendar, memberCalendar, sittingMembers } from "./calendars.js";
import { IcalError } from "./errors.js";
import type { FeedEvent } from "./feed-event.js";
import type { ProgrammeFeed } from "./programme-feed.js";
import { byText, oneLine } from "./text.js";

/**
 * Every feed of a set of programmes as a folder any web server or CDN can publish: one file per
 * commission (all its municipal years, so a subscription outlives a year), one per commission's
 * officers' deadlines, one per councillor or co-optee, and an accessible `index.html` with
 * subscribe links. `scrutineer export site` writes these files; `scrutineer serve` serves them.
 *
 *   index.html
 *   cyp.ics                 the commission's meetings
 *   cyp-deadlines.ics       papers deadlines, agenda dispatch, Cabinet Q&A notice
 *   members/sophie-conway.ics
 *   council/meetings.ics    with more than one committee: every committee's meetings, a joint meeting once
 *   council/deadlines.ics   and every committee's officers' deadlines
 */

export interface SiteFile {
  /** Relative path with `/` separators, e.g. `members/sophie-conway.ics`. */
  path: string;
  contentType: string;
  body: string;
  /** The latest change to what the file shows (UTC instant): HTTP Last-Modified. */
  modified: string;
}

/**
 * Options of `feedSite`: the address the folder is published at (for `webcal:` links), and the seconds
 * between refreshes each feed asks for (`REFRESH-INTERVAL`, RFC 7986; default one hour).
 */
export interface FeedSiteOptions {
  /** Where the folder will be published (`https://example.gov.uk/calendars/`): needed for webcal links. */
  baseUrl?: string;
  refreshSeconds?: number;
  /**
   * Documents published beside the feeds, linked from the index under "Documents" (the council
   * overview: `overview.html`): their paths relative to the folder, and their titles. The caller
   * adds the files themselves.
   */
  documents?: ReadonlyArray<{ path: string; title: string }>;
}

export const ICS_TYPE = "text/calendar; charset=utf-8";
/** A council site's feed of every committee's meetings (a path no committee's feed can take: ids have no `/`). */
export const COUNCIL_MEETINGS = "council/meetings.ics";
/** A council site's feed of every committee's officers' deadlines. */
export const COUNCIL_DEADLINES = "council/deadlines.ics";
export const HTML_TYPE = "text/html; charset=utf-8";

function latest(events: readonly FeedEvent[], fallback: string): string {
  let out = "";
  for (const e of events) if (!out || Date.parse(e.modified) > Date.parse(out)) out = e.modified;
  return out || fallback;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The base address with a trailing slash, or undefined for a folder published at an unknown address. */
function normaliseBase(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl) return undefined;
  const url = new URL(baseUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new IcalError("invalid-base-url", baseUrl, "baseUrl must be an http(s) address");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

interface Links {
  https: string;
  webcal?: string;
}

function linksFor(base: URL | undefined, path: string): Links {
  if (!base) return { https: path };
  const https = new URL(path, base).href;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

function feedLinks(links: Links, label: string): string {
  const subscribe = links.webcal
    ? `<a class="subscribe" href="${escapeHtml(links.webcal)}">Subscribe<span class="visually-hidden"> to ${escapeHtml(label)}</span></a> `
    : "";
  // The hidden words keep the visible address in the link's accessible name (WCAG 2.5.3).
  return `${subscribe}<a href="${escapeHtml(links.https)}"><span class="visually-hidden">Feed address for ${escapeHtml(label)}: </span><code>${escapeHtml(links.https)}</code></a>`;
}

/** "Commissions", "Committees", or "Committees and commissions" for a mix: the heading over them. */
function bodiesHeading(kinds: readonly CommissionKind[]): string {
  const distinct = [...new Set(kinds)];
  if (distinct.length === 1 && distinct[0]) return bodyWord(distinct[0], { plural: true });
  return "Committees and commissions";
}

function indexHtml(
  commissions: {
    id: string;
    name: string;
    council: string;
    years: string[];
    meetings: number;
    kind: CommissionKind;
  }[],
  members: { id: string; name: string; commissions: string[] }[],
  base: URL | undefined,
  documents: ReadonlyArray<{ path: string; title: string }> = [],
  councilWide = false,
): string {
  const councils = [...new Set(commissions.map((c) => c.council))].join(", ");
  const heading = bodiesHeading(commissions.map((c) => c.kind));
  const each =
    commissions.length > 0 && new Set(commissions.map((c) => c.kind)).size === 1
      ? bodyWord(commissions[0]!.kind, { lower: true })
      : "committee or commission";
  const title = `Scrutiny meeting calendars${councils ? ` – ${councils}` : ""}`;
  const out: string[] = [
    "<!doctype html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>",
    "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem;color:#0b0c0c;background:#fff}",
    "a{color:#1d4f91}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}",
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #b1b4b6;vertical-align:top}",
    "code{word-break:break-all}.subscribe{font-weight:bold;margin-right:.5rem}",
    ".visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "</style>",
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)}</h1>`,
    "<p>Subscribe to a calendar and its meetings appear in Outlook, Google Calendar, Apple Calendar or Thunderbird. Subscribed calendars update themselves when a meeting is moved, cancelled or its agenda changes. Times are UK time.</p>",
    base
      ? "<p><strong>Subscribe</strong> opens your calendar app. To add a calendar by address instead (Google Calendar: <em>Other calendars, From URL</em>; Outlook: <em>Add calendar, Subscribe from web</em>), copy its feed address.</p>"
      : "<p>To subscribe, copy a feed's address and add it to your calendar app as a calendar from the web (Google Calendar: <em>Other calendars, From URL</em>; Outlook: <em>Add calendar, Subscribe from web</em>).</p>",
  ];
  if (councilWide) {
    out.push(
      `<h2 id="council">Every ${escapeHtml(each)}</h2>`,
      "<ul>",
      `<li>Meetings: ${feedLinks(linksFor(base, COUNCIL_MEETINGS), "every meeting")}</li>`,
      `<li>Officers' deadlines: ${feedLinks(linksFor(base, COUNCIL_DEADLINES), "every officers' deadline")}</li>`,
      "</ul>",
    );
  }
  out.push(`<h2 id="commissions">${escapeHtml(heading)}</h2>`);
  for (const c of commissions) {
    out.push(
      `<section aria-labelledby="c-${c.id}">`,
      `<h3 id="c-${c.id}">${escapeHtml(c.name)}</h3>`,
      `<p>${escapeHtml(c.council)} · ${escapeHtml(c.years.join(", "))} · ${plural(c.meetings, "meeting")}</p>`,
      "<ul>",
      `<li>Meetings: ${feedLinks(linksFor(base, `${c.id}.ics`), `${c.name} meetings`)}</li>`,
      `<li>Officers' deadlines (papers, agenda dispatch, Cabinet Q&amp;A notice): ${feedLinks(linksFor(base, `${c.id}-deadlines.ics`), `${c.name} officers' deadlines`)}</li>`,
      "</ul>",
      "</section>",
    );
  }
  out.push(
    '<h2 id="members">Councillors and co-optees</h2>',
    "<table>",
    `<caption>Each person's calendar holds every meeting of every ${escapeHtml(each)} they sit on.</caption>`,
    `<thead><tr><th scope="col">Name</th><th scope="col">${escapeHtml(heading)}</th><th scope="col">Calendar</th></tr></thead>`,
    "<tbody>",
  );
  for (const m of members) {
    out.push(
      `<tr><th scope="row">${escapeHtml(m.name)}</th><td>${escapeHtml(m.commissions.join(", "))}</td><td>${feedLinks(linksFor(base, `members/${m.id}.ics`), `${m.name}'s meetings`)}</td></tr>`,
    );
  }
  out.push("</tbody>", "</table>");
  if (documents.length > 0) {
    out.push('<h2 id="documents">Documents</h2>', "<ul>");
    for (const d of documents)
      out.push(`<li><a href="${escapeHtml(linksFor(base, d.path).https)}">${escapeHtml(oneLine(d.title))}</a></li>`);
    out.push("</ul>");
  }
  out.push("</main>", "</body>", "</html>", "");
  return out.join("\n");
}

/** Every file of the published folder, in path order. */
export function feedSite(feeds: readonly ProgrammeFeed[], options: FeedSiteOptions = {}): SiteFile[] {
  const base = normaliseBase(options.baseUrl);
  const calendarOptions = options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {};
  const fallback = feeds[0]?.modified ?? "1970-01-01T00:00:00Z";
  const byCommission = new Map<string, ProgrammeFeed[]>();
  for (const f of feeds) {
    const id = f.programme.commission.id;
    byCommission.set(id, [...(byCommission.get(id) ?? []), f]);
  }

  const files: SiteFile[] = [];
  const commissions: Parameters<typeof indexHtml>[0] = [];
  for (const [id, group] of [...byCommission].sort(([a], [b]) => byText(a, b))) {
    const meetings = group.flatMap((f) => f.meetings);
    const deadlines = group.flatMap((f) => f.deadlines);
    files.push({
      path: `${id}.ics`,
      contentType: ICS_TYPE,
      body: commissionCalendar(group, calendarOptions),
      modified: latest(meetings, fallback),
    });
    files.push({
      path: `${id}-deadlines.ics`,
      contentType: ICS_TYPE,
      body: deadlinesCalendar(group, calendarOptions),
      modified: latest(deadlines, fallback),
    });
    // The latest year's name and council: a commission may be renamed between years.
    const newest = [...group].sort((a, b) =>
      byText(a.programme.commission.municipalYear, b.programme.commission.municipalYear),
    )[group.length - 1] as ProgrammeFeed;
    commissions.push({
      id,
      name: oneLine(newest.programme.commission.name),
      council: oneLine(newest.programme.commission.council),
      years: [...new Set(group.map((f) => f.programme.commission.municipalYear))].sort(),
      meetings: meetings.filter((m) => !m.removed).length,
      kind: newest.programme.commission.kind,
    });
  }

  // A council's site (more than one committee): every committee's meetings in one feed, and every
  // committee's officers' deadlines in one, a joint meeting once in each (issue 15).
  const council = byCommission.size > 1 ? [...new Set(commissions.map((c) => c.council))].join(", ") : undefined;
  if (council !== undefined) {
    files.push({
      path: COUNCIL_MEETINGS,
      contentType: ICS_TYPE,
      body: commissionCalendar(feeds, { ...calendarOptions, name: `${council}: every scrutiny meeting` }),
      modified: latest(
        feeds.flatMap((f) => f.meetings),
        fallback,
      ),
    });
    files.push({
      path: COUNCIL_DEADLINES,
      contentType: ICS_TYPE,
      body: deadlinesCalendar(feeds, { ...calendarOptions, name: `${council}: scrutiny officers' deadlines` }),
      modified: latest(
        feeds.flatMap((f) => f.deadlines),
        fallback,
      ),
    });
  }

  const members = sittingMembers(feeds).map((m) => ({
    ...m,
    commissions: [
      ...new Set(feeds.filter((f) => f.sitting.includes(m.id)).map((f) => oneLine(f.programme.commission.shortName))),
    ],
  }));
  for (const m of members) {
    const theirs = feeds.filter((f) => f.sitting.includes(m.id));
    files.push({
      path: `members/${m.id}.ics`,
      contentType: ICS_TYPE,
      body: memberCalendar(theirs, m.id, calendarOptions),
      modified: latest(
        theirs.flatMap((f) => f.meetings),
        fallback,
      ),
    });
  }

  files.push({
    path: "index.html",
    contentType: HTML_TYPE,
    body: indexHtml(commissions, members, base, options.documents, council !== undefined),
    modified: latest(
      feeds.flatMap((f) => [...f.meetings, ...f.deadlines]),
      fallback,
    ),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
