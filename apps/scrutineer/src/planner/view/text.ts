import stringWidth from "string-width";
import { forTerminal } from "../../io/terminal.js";

/**
 * Terminal text in fixed cells. Every line the planner draws is cut to its pane's width here,
 * with an ellipsis, so nothing ever wraps and an 80×24 terminal shows the same layout as a big one.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Text from the data as it may appear on one planner line: control characters shown, not obeyed
 * (`forTerminal`: ESC as "␛"), line breaks and tabs as spaces.
 */
export function screenText(text: string): string {
  return forTerminal(text)
    .replace(/\s*\n\s*/g, " ")
    .replace(/\t/g, " ");
}

/**
 * Width of a string in terminal cells, measured as Ink measures it (string-width: East Asian
 * width, emoji presentation, flags and other grapheme clusters, combining marks), after
 * `screenText`, so that what is measured is what is drawn.
 */
export function cells(text: string): number {
  return stringWidth(screenText(text));
}

/**
 * The longest start of `text` (already `screenText`) that fits in `room` cells, in whole
 * graphemes: a flag or a family emoji is never split, a wide character that would straddle the
 * edge is left out. (cli-truncate and slice-ansi include it and overflow by a cell:
 * sindresorhus/cli-truncate#28, chalk/slice-ansi#43.)
 */
export function cut(text: string, room: number): { text: string; width: number } {
  let out = "";
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (width + w > room) break;
    out += segment;
    width += w;
  }
  return { text: out, width };
}

/** Cut to `width` cells, ending in "…" when anything was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const flat = screenText(text);
  if (stringWidth(flat) <= width) return flat;
  return `${cut(flat, width - 1).text}…`;
}

/** Cut or pad (on the right) to exactly `width` cells. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - cells(cut)));
}

/** Pad on the left to `width` cells (numbers in columns). */
export function fitRight(text: string, width: number): string {
  const cut = truncate(text, width);
  return " ".repeat(Math.max(0, width - cells(cut))) + cut;
}

/** A bar of `width` cells for `used` of `available`; a full bar when over. */
export function bar(used: number, available: number, width: number): { filled: string; empty: string } {
  if (width <= 0) return { filled: "", empty: "" };
  const share = available > 0 ? Math.min(1, used / available) : used > 0 ? 1 : 0;
  const n = Math.round(share * width);
  return { filled: "█".repeat(n), empty: "░".repeat(width - n) };
}

/** A pane title rule: `── Year (8) ───────`. */
export function rule(title: string, width: number): string {
  const head = `── ${truncate(title, Math.max(0, width - 5))} `;
  return fit(head + "─".repeat(Math.max(0, width - cells(head))), width);
}

/** The visible slice of a list of `length` rows in `rows` lines, keeping `selected` in view. */
export function windowOf(length: number, rows: number, selected: number): { start: number; end: number } {
  if (rows <= 0) return { start: 0, end: 0 };
  if (length <= rows) return { start: 0, end: length };
  const start = Math.max(0, Math.min(length - rows, selected - Math.floor(rows / 2)));
  return { start, end: start + rows };
}

/** Words laid out in lines of at most `width` cells (a word longer than a line is cut). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (cells(candidate) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      line = truncate(word, width);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}
