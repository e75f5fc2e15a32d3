/**
 * Characters a programme refuses, in the file's bytes and in every text value (a YAML escape such
 * as "\e" or "\u202E" makes them too). They are invisible, and in an output they do harm: C0 and
 * C1 controls (ESC starts a terminal escape sequence, NUL ends strings in other programs), DEL,
 * the explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069:
 * the "Trojan Source" reordering, CVE-2021-42574, which spills into the text around them), and
 * the Unicode line and paragraph separators (U+2028, U+2029: invisible line breaks).
 *
 * Refused, never stripped: a silent change to an officer's text would be worse than a clear error
 * naming where the character is. Allowed: tab, and line feed where text may have lines; the bidi
 * marks LRM, RLM and ALM (U+200E, U+200F, U+061C), which mixed-direction names need; zero-width
 * joiners (emoji); a byte-order mark at the very start of the file (removed when decoding).
 */

const names: Record<number, string> = {
  0: "NUL",
  7: "BEL",
  8: "backspace",
  9: "tab",
  10: "line feed",
  11: "vertical tab",
  12: "form feed",
  13: "carriage return",
  27: "ESC",
  127: "DEL",
  133: "next line (NEL)",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  8232: "line separator",
  8233: "paragraph separator",
};

/** `U+001B (ESC)`: how an error names a character. */
export function describeCharacter(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
  const name =
    names[codePoint] ?? (codePoint < 0x20 || (codePoint >= 0x80 && codePoint < 0xa0) ? "control character" : undefined);
  return name ? `U+${hex} (${name})` : `U+${hex}`;
}

/** True for a character refused in any text: see the module comment. Tab and line feed are decided by the caller. */
export function isRefusedCharacter(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint < 0xa0) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029
  );
}

/** A refused character found in a text: its index (UTF-16 units) and code point. */
export interface RefusedCharacter {
  index: number;
  codePoint: number;
}

/**
 * The refused characters of `text`, in order, at most `max` of them. `lineBreaks: false` also
 * refuses line feeds (one-line fields such as titles). A carriage return is refused unless it
 * ends a line as CRLF and `crlf` allows it (a file's line endings).
 */
export function refusedCharacters(
  text: string,
  options: { lineBreaks: boolean; crlf?: boolean; max?: number },
): RefusedCharacter[] {
  const found: RefusedCharacter[] = [];
  const max = options.max ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < text.length && found.length < max; i++) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII and everything that cannot be refused.
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x2028) || c > 0x2069) continue;
    if (c === 0x0a) {
      if (!options.lineBreaks) found.push({ index: i, codePoint: c });
      continue;
    }
    if (c === 0x0d && options.crlf && text.charCodeAt(i + 1) === 0x0a) continue;
    if (isRefusedCharacter(c)) found.push({ index: i, codePoint: c });
  }
  return found;
}

/** The message for a refused character in a value: what it is, where, and what to do. */
export function refusedCharacterMessage(r: RefusedCharacter, oneLine: boolean): string {
  if (r.codePoint === 0x0a && oneLine)
    return `a line break at character ${r.index + 1}: this field is one line (join the lines, or fold them with ">-")`;
  return `the invisible character ${describeCharacter(r.codePoint)} at character ${r.index + 1} is not allowed in text (remove it; see docs/limits.md)`;
}

/**
 * The text with every refused character (and line breaks) written as `\u{1B}`, so an error
 * message that quotes a key or a value never carries the character itself to a terminal.
 */
export function printable(text: string): string {
  let out = "";
  let from = 0;
  for (const r of refusedCharacters(text, { lineBreaks: false })) {
    out += `${text.slice(from, r.index)}\\u{${r.codePoint.toString(16).toUpperCase()}}`;
    from = r.index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `"name"` for an error message, with refused characters written as `\u{1B}` (see `printable`). */
export function quoted(text: string): string {
  return `"${printable(text).replace(/"/g, '\\"')}"`;
}

/**
 * The text without the characters a programme refuses: for data taken from another system (an
 * import), where no officer typed them and refusing the whole import would help nobody. Line
 * breaks become one space in a one-line field (`oneLine`); every other refused character is
 * dropped. A file an officer writes is never cleaned this way: it is refused with the position.
 */
export function withoutRefusedCharacters(text: string, oneLine: boolean): string {
  let out = "";
  let from = 0;
  for (const r of refusedCharacters(text, { lineBreaks: !oneLine, crlf: !oneLine })) {
    const lineBreak =
      r.codePoint === 0x0a ||
      r.codePoint === 0x0d ||
      r.codePoint === 0x2028 ||
      r.codePoint === 0x2029 ||
      r.codePoint === 0x85;
    out += text.slice(from, r.index) + (lineBreak && oneLine && !out.endsWith(" ") && r.index > 0 ? " " : "");
    from = r.index + 1;
  }
  return from === 0 ? text : (out + text.slice(from)).replace(/ {2,}/g, " ").trim();
}
