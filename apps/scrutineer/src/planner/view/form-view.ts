import type { FieldSpec, FormState } from "../forms/index.js";
import { cells, screenText, wrapWords } from "./text.js";

/**
 * How a form is laid out in the rows it has: each field a block of lines (the focused one
 * holds its component: a text over as many lines as it needs, a list of choices below its
 * label), its complaint on a line under it, the Save line last; the window of blocks shown
 * keeps the focused field in view. Pure, so an 80×24 terminal can be checked without drawing.
 */

/** The most options a list shows at once; it scrolls through the rest. */
export const VISIBLE_OPTIONS = 6;

export interface FormBlock {
  field: FieldSpec | undefined;
  /** Lines the block takes (its complaint included). */
  height: number;
  focused: boolean;
}

export interface FormLayout {
  /** Width of the label column. */
  label: number;
  /** Width of the value column. */
  value: number;
  /** The blocks shown, in order; the Save line is the block without a field. */
  shown: FormBlock[];
  /** Fields above and below the window. */
  above: number;
  below: number;
}

/** A field's value as a line of text, when it is not focused. */
export function valueText(field: FieldSpec, value: string | readonly string[] | undefined): string {
  switch (field.kind) {
    case "text":
      return screenText(typeof value === "string" ? value : "");
    case "choice":
      return field.options.find((o) => o.value === value)?.label ?? "";
    case "multi": {
      const chosen = Array.isArray(value) ? value : [];
      return field.options
        .filter((o) => chosen.includes(o.value))
        .map((o) => o.label)
        .join(", ");
    }
    case "open":
      return field.summary;
    case "note":
      return field.text;
  }
}

/** Lines a focused text takes: the text and the cursor after it, at most four. */
export function textLines(value: string, width: number): number {
  return Math.max(1, Math.min(4, Math.ceil((cells(value) + 1) / Math.max(1, width))));
}

/** A complaint's lines under its field: wrapped, at most two. */
export function errorLines(error: string | undefined, valueWidth: number): string[] {
  return error ? wrapWords(`✖ ${error}`, valueWidth).slice(0, 2) : [];
}

function blockHeight(field: FieldSpec | undefined, form: FormState, valueWidth: number): number {
  if (!field) return 1;
  const error = errorLines(form.errors[field.name], valueWidth).length;
  const focused = form.focus === field.name;
  if (field.kind === "note") return Math.min(3, wrapWords(field.text, valueWidth).length);
  if (!focused) return 1 + error;
  if (field.kind === "text") {
    const value = form.values[field.name];
    return textLines(typeof value === "string" ? value : "", valueWidth) + error;
  }
  if (field.kind === "choice" || field.kind === "multi")
    return Math.max(1, Math.min(VISIBLE_OPTIONS, field.options.length)) + error;
  return 1 + error;
}

/**
 * The form's layout in `width` × `rows`: the title and the key line take two of the rows, a
 * complaint about the whole form one more.
 */
export function formLayout(fields: readonly FieldSpec[], form: FormState, width: number, rows: number): FormLayout {
  const label = Math.min(24, Math.max(12, Math.floor(width * 0.28)));
  const value = Math.max(8, width - label - 3);
  const blocks: FormBlock[] = [...fields, undefined].map((field) => ({
    field,
    height: blockHeight(field, form, value),
    focused: field ? form.focus === field.name : form.focus === "save",
  }));
  const room = Math.max(1, rows - 2 - (form.errors.form ? 1 : 0));
  const focus = Math.max(
    0,
    blocks.findIndex((b) => b.focused),
  );
  // Start at the top; move down only as far as the focused block needs.
  let start = 0;
  const heightOf = (from: number, to: number) => blocks.slice(from, to + 1).reduce((n, b) => n + b.height, 0);
  while (start < focus && heightOf(start, focus) > room) start++;
  let end = start;
  let used = 0;
  while (end < blocks.length && used + blocks[end]!.height <= room) used += blocks[end++]!.height;
  if (end === start) end = start + 1; // a block taller than the room is shown cut
  return { label, value, shown: blocks.slice(start, end), above: start, below: blocks.length - end };
}
