/**
 * Escape text from a programme file for Markdown (CommonMark and GitHub tables), so a title
 * such as "Cabinet Q & A | *draft*" prints as written instead of becoming emphasis, a link,
 * raw HTML or a new table column. CommonMark lets a backslash escape any ASCII punctuation
 * (spec §2.4); we escape only what could start markup, so ordinary text stays readable.
 */

// Inline markup anywhere in the text: emphasis, code, links and images, raw HTML and
// autolinks, strikethrough, table cells, and the backslash itself.
const INLINE = /[\\`*_[\]<>|~]/g;
// A character reference (&amp; &#169;) would be decoded: escape its ampersand.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// Block markup at the start of a line: headings, quotes, list bullets, ordered lists, setext underlines.
const LINE_START = /^(#|>|[-+=]|\d+(?=[.)]))/;

/**
 * Markdown-safe inline text: whitespace (newlines included) collapsed, markup characters
 * escaped. Pass `{ lineStart: true }` when the text begins a line (a paragraph), where "# ",
 * "- " or "1. " would start a heading or a list.
 */
export function escapeMarkdown(text: string, options: { lineStart?: boolean } = {}): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const escaped = flat.replace(INLINE, "\\$&").replace(ENTITY, "\\&");
  if (!options.lineStart) return escaped;
  return escaped.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/** Web and email addresses we are willing to link to; anything else is printed as text. */
export function isLinkable(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url);
}

/** `[text](<url>)` for a web or email address; plain escaped text for any other scheme. */
export function markdownLink(text: string, url: string): string {
  if (!isLinkable(url)) return escapeMarkdown(text);
  const target = url.replace(/[\s<>\\]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](<${target}>)`;
}
