import { type Document, isMap, isScalar, isSeq, type Node, Pair, type Scalar, type YAMLMap } from "yaml";
import * as z from "zod";
import { ProgrammeEditError } from "./errors.js";
import { issueMessage } from "./issue-message.js";
import { yamlValue } from "./yaml-nodes.js";

/**
 * Writing a record's fields (an item, a meeting, a person, the commission) into the programme's
 * YAML document, checked by the record's own schema: the field edits of every kind of record
 * share this. A value is written over the node it replaces, keeping that node's style (flow or
 * block) and comments; a new field goes where the schema puts it; a value equal to the
 * schema's default is not written where the file did not state the field.
 */

/** The fields of a record `R` that an edit may set (all but `O`), each optional; null removes one. */
export type EditableFields<R, O extends keyof R> = { [K in Exclude<keyof R, O>]?: R[K] | null };

/** A schema without its default and optional wrappers: what a value written to the file must be. */
function bare(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The default a schema gives a missing field, if any. */
function defaultOf(schema: z.ZodType): unknown {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodDefault ? (s.def.defaultValue as unknown) : undefined;
}

/**
 * The schema of an edit's `fields` for a record: every field of `schema` but those in `omit`,
 * each optional, null to remove it; unknown fields are refused.
 */
export function editableFields<R, O extends keyof R & string>(
  schema: z.ZodObject,
  omit: readonly O[],
): z.ZodType<EditableFields<R, O>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape)
      .filter(([key]) => !(omit as readonly string[]).includes(key))
      .map(([key, field]) => [
        key,
        bare(field as z.ZodType)
          .nullable()
          .optional(),
      ]),
  );
  return z.strictObject(shape) as unknown as z.ZodType<EditableFields<R, O>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The object schema inside a field's schema (a nested record), if it is one. */
function objectSchema(schema: z.ZodType | undefined): z.ZodObject | undefined {
  const s = schema ? bare(schema) : undefined;
  return s instanceof z.ZodObject ? s : undefined;
}

/** The element schema of a list field, if it is a list. */
function elementSchema(schema: z.ZodType | undefined): z.ZodType | undefined {
  const s = schema ? bare(schema) : undefined;
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
}

/** A record's keys in the order its schema lists them (unknown keys last), without those that need not be written. */
function keysToWrite(schema: z.ZodObject | undefined, value: Record<string, unknown>): string[] {
  const order = schema ? Object.keys(schema.shape) : [];
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return keys.filter((k) => {
    const v = value[k];
    if (v === undefined || v === null) return false;
    const field = schema?.shape[k] as z.ZodType | undefined;
    // What the schema would fill in anyway is left out, as a person writing the file would.
    return !(field && same(v, defaultOf(field)));
  });
}

/** Longest a record may be written on one line (`{ id: …, name: … }`), as the example file does. */
const FLOW_WIDTH = 100;

/**
 * A new node for a value: lists of ids and short records of plain values inline (`[a, b]`,
 * `{ kind: briefing, description: … }`), longer records as blocks; keys in the schema's order,
 * defaults left out. `block` writes the record itself as a block however short (an item, a meeting).
 */
export function recordNode(
  doc: Document,
  schema: z.ZodType | undefined,
  value: unknown,
  options: { block?: boolean } = {},
): Node {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    const seq = doc.createNode([]) as unknown as { items: unknown[]; flow: boolean } & Node;
    for (const v of value) seq.items.push(recordNode(doc, element, v));
    seq.flow = value.every((v) => !isRecord(v) && !Array.isArray(v));
    return seq;
  }
  if (isRecord(value)) {
    const inner = objectSchema(schema);
    const map = doc.createNode({}) as YAMLMap;
    for (const key of keysToWrite(inner, value))
      map.items.push(new Pair(doc.createNode(key), recordNode(doc, inner?.shape[key] as z.ZodType, value[key])));
    // A short record of plain values on one line (`{ kind: briefing, description: … }`), as the
    // example file writes people and preparation; one holding a list (a declaration, a Cabinet
    // Q&A, an attendance) over lines of its own, as the example writes those.
    const plain = map.items.every((p) => isScalar(p.value));
    map.flow =
      !options.block && plain && JSON.stringify(value).length <= FLOW_WIDTH && !/\\n/.test(JSON.stringify(value));
    return map;
  }
  return doc.createNode(value) as Node;
}

/** Write `value` over `node`, keeping its style and comments where the shapes agree; returns the node to keep. */
function writeOver(doc: Document, node: unknown, schema: z.ZodType | undefined, value: unknown): Node {
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    (node as Scalar).value = value;
    // A changed figure keeps its place and comment but not a quoting style chosen for the old value.
    if (typeof value === "number" || typeof value === "boolean") (node as Scalar).type = undefined;
    return node;
  }
  if (isMap(node) && isRecord(value)) {
    writeRecord(doc, node, objectSchema(schema), value, { replaceAll: true });
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const element = elementSchema(schema);
    const kept = node.items.slice(0, value.length);
    node.items = value.map((v, i) =>
      i < kept.length ? writeOver(doc, kept[i], element, v) : recordNode(doc, element, v),
    );
    return node;
  }
  return recordNode(doc, schema, value);
}

/**
 * Write fields into a record's map. With `replaceAll`, keys of the map that `value` does not
 * hold are removed (the whole record is given); otherwise only the keys given change, null
 * or an empty list removing one.
 */
function writeRecord(
  doc: Document,
  map: YAMLMap,
  schema: z.ZodObject | undefined,
  value: Record<string, unknown>,
  options: { replaceAll?: boolean } = {},
): void {
  const order = schema ? Object.keys(schema.shape) : Object.keys(value);
  const written = new Set(keysToWrite(schema, value));
  for (const key of Object.keys(value)) {
    const v = value[key];
    const present = map.has(key);
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) {
      map.delete(key);
      continue;
    }
    const field = schema?.shape[key] as z.ZodType | undefined;
    if (!written.has(key) && !present) continue; // a default the file never stated
    if (present) {
      const old = map.get(key, true);
      const next = writeOver(doc, old, field, v);
      if (next !== old) map.set(key, next);
      continue;
    }
    // A new field goes after the nearest field before it in the schema's order that the map holds.
    const at = order.indexOf(key);
    const before = order.slice(0, Math.max(0, at)).reverse();
    const pair = new Pair(doc.createNode(key), recordNode(doc, field, v));
    const after = before.map((k) => map.items.findIndex((p) => yamlValue(p.key) === k)).find((i) => i >= 0);
    if (after === undefined) {
      // Nothing before it: before the first field that comes after it, else at the end.
      const next = map.items.findIndex((p) => order.indexOf(String(yamlValue(p.key))) > at);
      map.items.splice(next < 0 ? map.items.length : next, 0, pair);
    } else map.items.splice(after + 1, 0, pair);
  }
  if (options.replaceAll)
    for (const pair of [...map.items]) {
      const key = String(yamlValue(pair.key));
      if (!(key in value) || value[key] === undefined) map.delete(key);
    }
}

/**
 * Check each field against the record's schema, throwing `ProgrammeEditError` "invalid-field"
 * for the first one refused (`what` names the record in the message: "the item school-meals").
 */
export function checkFields(
  schema: z.ZodObject,
  fields: Record<string, unknown>,
  what: string,
  settable: readonly string[] = Object.keys(schema.shape),
): void {
  for (const [field, value] of Object.entries(fields)) {
    if (!settable.includes(field))
      throw new ProgrammeEditError("invalid-field", { field, value }, `${what}: ${field} cannot be set by this edit`);
    if (value === null || value === undefined) continue;
    const parsed = bare(schema.shape[field] as z.ZodType).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = [field, ...issue.path].join(".");
      throw new ProgrammeEditError(
        "invalid-field",
        { field, value },
        `${what}: ${where}: ${issueMessage(issue, { field: where })}`,
      );
    }
  }
}

/**
 * Check a whole new record against its schema, throwing "invalid-field" for the first field
 * refused; returns the record as the schema reads it (defaults filled in).
 */
export function checkRecord<T>(schema: z.ZodType<T>, record: unknown, what: string): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.join(".");
  const given = isRecord(record) ? record[String(issue.path[0])] : record;
  throw new ProgrammeEditError(
    "invalid-field",
    { field: where, value: given },
    `${what}: ${where ? `${where}: ` : ""}${issueMessage(issue, { found: given !== undefined, ...(where ? { field: where } : {}) })}`,
  );
}

/**
 * Set some fields of a record's map (each checked by `schema` first): null or an empty list
 * removes a field; a nested record or list is written over the old one, keeping its style and
 * comments; a new field goes in the schema's order.
 */
export function writeFields(
  doc: Document,
  map: YAMLMap,
  schema: z.ZodObject,
  fields: Record<string, unknown>,
  what: string,
  settable?: readonly string[],
): void {
  checkFields(schema, fields, what, settable);
  writeRecord(doc, map, schema, fields);
}
