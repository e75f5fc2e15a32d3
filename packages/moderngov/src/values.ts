import { convert } from "html-to-text";

/**
 * The ModernGov web service's value quirks, read once here (shared/interop/moderngov/README.md):
 * empty elements hold whitespace or newlines, counts carry a leading space (`" 2"`), booleans are
 * `True`/`False`, dates are `dd/MM/yyyy`, times are text such as `10.00 am` with no time zone
 * (Europe/London wall clock), and agenda text is escaped HTML, some installs escaping it twice.
 */

/** Trimmed text, or `undefined` for an element that holds only whitespace. */
export function mgText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object") return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

/** `" 2"` → 2; `undefined` when blank or not a whole number. */
export function mgCount(value: unknown): number | undefined {
  const text = mgText(value);
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `True`/`False` (any case) → a boolean; `undefined` when blank or anything else. */
export function mgBoolean(value: unknown): boolean | undefined {
  const text = mgText(value)?.toLowerCase();
  return text === "true" ? true : text === "false" ? false : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `dd/MM/yyyy` → `YYYY-MM-DD` from the digits alone (no clock, no time zone); `undefined` for a
 * blank, `unspecified` or impossible date (31/02/2026).
 */
export function mgDate(value: unknown): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(mgText(value) ?? "");
  if (!match) return undefined;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > days) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-MM-DD` → `dd/MM/yyyy`, as the service takes dates in its request parameters. */
export function mgDateParam(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * A ModernGov time as a 24-hour Europe/London wall time `HH:MM`: `10.00 am` → `10:00`,
 * `2.00 pm` → `14:00`, `12.30 pm` → `12:30`, `12 noon` → `12:00`, `14:00` → `14:00`.
 * `undefined` for a blank or unreadable time.
 */
export function mgTime(value: unknown): string | undefined {
  const text = mgText(value)?.toLowerCase().replace(/\s+/g, " ");
  if (text === undefined) return undefined;
  if (/^(12 )?(noon|midday)$/.test(text)) return "12:00";
  const match = /^(\d{1,2})(?:[.:](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  const half = match[3]?.replace(/\./g, "");
  if (minutes > 59) return undefined;
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === "pm" ? 12 : 0);
  } else if (match[2] === undefined || hours > 23) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

/** A tag or an entity: what is left to decode. */
const HTML = /<[a-z!/][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Escaped HTML (as the service sends agenda text and, on some installs, titles) → plain text.
 * The XML parser has already undone one level of escaping; an install that escaped twice leaves
 * `&lt;p&gt;` behind, so the text is converted again until it no longer changes (three passes at
 * most). Runs of blank lines collapse to one; `undefined` for text that is empty once decoded.
 */
export function htmlText(value: unknown): string | undefined {
  let text = mgText(value);
  for (let pass = 0; text !== undefined && pass < 3 && HTML.test(text); pass++) {
    const next = convert(text, HTML_OPTIONS)
      .replace(/\u00a0/g, " ")
      .replace(/[ \t]+\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    if (next === text) break;
    text = next;
  }
  return text === "" ? undefined : text;
}

/**
 * A title or name on one line: decoded as {@link htmlText}, with every run of whitespace
 * (line breaks included) a single space.
 */
export function plainLine(value: unknown): string | undefined {
  const text = htmlText(value)?.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
