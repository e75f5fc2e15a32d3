import { issueMessage } from "@scrutineer/model";
import type * as z from "zod";
import type { Choice, FieldSpec, FieldValue, FormValues } from "./types.js";

/**
 * Between a record's values and a form's: text as typed, lists of ids as choices, yes/no as a
 * choice; and the schema's complaints placed beside the fields they are about. No rule of the
 * programme is checked here: the model's schemas check every value.
 */

/** A line break in a text field: the library's TextInput edits one line, so breaks are shown (and kept) as this mark. */
export const LINE_BREAK = "⏎";

/** A record's text as a form shows it. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value).replace(/\r?\n/g, LINE_BREAK);
}

/** What was typed, as the record holds it: trimmed, line-break marks back to breaks; empty is absent. */
export function typed(value: FieldValue | undefined): string | undefined {
  const text = typeof value === "string" ? value.replaceAll(LINE_BREAK, "\n").trim() : "";
  return text === "" ? undefined : text;
}

/** A number as typed, or the text as it is for the schema to refuse ("expected number"). */
export function typedNumber(value: FieldValue | undefined): number | string | undefined {
  const text = typed(value);
  if (text === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Minutes as typed: a figure (45) or a range ("30-45"). */
export function typedMinutes(value: FieldValue | undefined): number | string | undefined {
  const text = typed(value)?.replace(/\s+/g, "");
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Several dates typed on one line, separated by commas or spaces. */
export function typedList(value: FieldValue | undefined): string[] {
  return (typed(value) ?? "").split(/[\s,;]+/).filter(Boolean);
}

/** The ids chosen in a multiple choice. */
export function chosen(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? [...value] : [];
}

/** One choice's value; "" for none. */
export function choice(value: FieldValue | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export const YES_NO: readonly Choice[] = [
  { value: "yes", label: "yes" },
  { value: "no", label: "no" },
];

/** Choices of records by id: their names, titles or dates. */
export function choices<T extends { id: string }>(records: readonly T[], label: (r: T) => string): Choice[] {
  return records.map((r) => ({ value: r.id, label: label(r) }));
}

/** Where a schema complaint belongs: the field whose path it is on (or inside), else the form as a whole. */
export function fieldOf(fields: readonly FieldSpec[], path: readonly PropertyKey[]): FieldSpec | undefined {
  const on = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.every((step, i) => b[i] === step);
  return (
    fields.find((f) => f.path.length > 0 && on(f.path, path) && f.kind !== "note") ??
    fields.find((f) => f.path.length > 0 && on(path, f.path) && f.kind !== "note")
  );
}

/**
 * Check a record with the model's schema; its complaints by field name, in the model's words
 * (`issueMessage`), the first for each field; a complaint no field shows goes under "form".
 */
export function schemaErrors(schema: z.ZodType, record: unknown, fields: readonly FieldSpec[]): Record<string, string> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(fields, issue.path);
    const name = field?.name ?? "form";
    if (errors[name]) continue;
    const given = field ? valueAt(record, field.path) : undefined;
    errors[name] = issueMessage(issue, { found: given !== undefined, field: field?.label ?? "the record" });
  }
  return errors;
}

function valueAt(record: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = record;
  for (const step of path)
    at = at && typeof at === "object" ? (at as Record<string | number, unknown>)[step] : undefined;
  return at;
}

/** Whether two values are the same record data. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A record without the fields that hold nothing (absent, or an empty list). */
export function withoutEmpty<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

/**
 * The fields of `after` that differ from `before`, as a `set-…` edit gives them: a field that
 * is no longer there is null (removed).
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
    if (empty(a) && empty(b)) continue;
    if (!same(a, b)) out[key] = b === undefined ? null : b;
  }
  return out;
}

/** Whether the values differ from the ones the form opened with. */
export function edited(values: FormValues, initial: FormValues): boolean {
  return Object.keys({ ...values, ...initial }).some((k) => !same(values[k], initial[k]));
}
