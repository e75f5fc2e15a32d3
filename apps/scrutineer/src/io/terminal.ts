// Kept free of package imports: the CLI's entry loads it before any command (and its packages).

/**
 * Control characters a terminal would obey rather than show: C0 (but tab and line feed, and a
 * carriage return that ends a line as CRLF), DEL, C1 (U+0080–U+009F: a terminal in UTF-8 mode
 * may still read U+009B as CSI), and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reorder what is shown ("Trojan Source", CVE-2021-42574).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/gu;

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  // C0 has a visible picture of its own (U+2400–U+241F): ESC is shown as "␛", BEL as "␇".
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  // The rest as a JSON escape: visible in text, and the same value inside a JSON string (which
  // escapes C0 itself, but not DEL, C1 or the bidi controls).
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Text from the data made safe to print: every control character a terminal would act on
 * (an escape sequence that retitles the window, clears the screen or reorders a line) is shown
 * instead, visibly, never silently dropped. Line feeds, tabs and CRLF line ends are kept, so
 * documents and feeds print as written. Everything the CLI prints goes through here (main.ts).
 */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, visible);
}
