/**
 * Text from a programme file on its way into an iCalendar feed (RFC 5545 §3.1, §3.3.11, §3.3.13).
 *
 * ical-generator escapes SUMMARY, LOCATION and DESCRIPTION itself, but writes the calendar's NAME,
 * X-WR-CALNAME and X-WR-CALDESC raw (a `,` or `;` in a commission's name, or a newline, would
 * corrupt the feed or inject properties) and backslash-escapes URLs (`\,` inside a URI is not an
 * escape: Outlook and Google then open a broken link). Every value passes through here first.
 */

/** Characters RFC 5545 TEXT may not carry: C0 controls other than tab and line feed, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A UTF-16 surrogate without its partner: what `String.prototype.toWellFormed` replaces (ES2024). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text safe to put in any TEXT value: well-formed UTF-16 (lone surrogates would not encode as
 * UTF-8), one kind of line break, no control characters.
 */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** One line of text: line breaks and runs of spaces folded to a single space (titles, names). */
export function oneLine(text: string): string {
  let line = lines.get(text);
  if (line === undefined) {
    line = cleanText(text).replace(/\s+/g, " ").trim();
    remember(lines, text, line);
  }
  return line;
}

// The same names, titles and addresses are written into every event of a feed (the commission's
// name and contact in each meeting's description, its web page in each deadline): each is worked
// out once. Bounded: a cleared table only costs the work again.
const lines = new Map<string, string>();
const addresses = new Map<string, string | undefined>();
function remember<V>(table: Map<string, V>, key: string, value: V): void {
  if (table.size >= 4096) table.clear();
  table.set(key, value);
}

/** RFC 5545 §3.3.11 escaping, for the values ical-generator writes without escaping. */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * A web address fit for a URI value (RFC 5545 §3.3.13: written as is, never backslash-escaped):
 * only http and https, normalised by the WHATWG parser (which percent-encodes spaces and
 * non-ASCII), and with the three characters ical-generator would backslash-escape (`\ ; ,`)
 * percent-encoded, which leaves the address meaning the same to a web server. `undefined` when
 * the address is not an http(s) URL.
 */
export function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (addresses.has(url)) return addresses.get(url);
  const address = parseWebAddress(url);
  remember(addresses, url, address);
  return address;
}

function parseWebAddress(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href.replace(/[\\;,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A quoted parameter value (RFC 5545 §3.2: `"` is not allowed inside one and there is no escape
 * for it; ical-generator would write `\"`, which ends the quoted string early for some parsers).
 * Backslashes go too: ical-generator would double them and clients would show both.
 */
export function paramText(text: string): string {
  return oneLine(text).replace(/"/g, "'").replace(/\\/g, "/");
}

/** An email address for a `mailto:` value, or `undefined` when it does not look like one. */
export function mailAddress(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const trimmed = email.trim();
  return /^[^\s@"<>\\;,:]+@[^\s@"<>\\;,:]+$/.test(trimmed) ? trimmed : undefined;
}

/**
 * Order for names and ids in feeds: case-insensitive, then by code point. Not `localeCompare`,
 * whose ICU collation can differ between Node releases: feeds must be the same bytes everywhere.
 */
export function byText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
