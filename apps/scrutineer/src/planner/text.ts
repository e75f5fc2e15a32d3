/**
 * Terminal text in fixed cells. Every line the planner draws is cut to its pane's width here,
 * with an ellipsis, so nothing ever wraps and an 80×24 terminal shows the same layout as a big one.
 */

/** Characters drawn two cells wide (CJK, full-width forms); combining marks take none. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ZERO = /[\u0300-\u036f]|[\u200b-\u200f]|[\ufe00-\ufe0f]/u;

export function charCells(ch: string): number {
  if (ZERO.test(ch)) return 0;
  if (WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0x1f000) return 2;
  return 1;
}

/** Width of a string in terminal cells. */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += charCells(ch);
  return n;
}

/** Cut to `width` cells, ending in "…" when anything was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const flat = text.replace(/\s*\n\s*/g, " ");
  if (cells(flat) <= width) return flat;
  let out = "";
  let used = 0;
  for (const ch of flat) {
    const w = charCells(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
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
