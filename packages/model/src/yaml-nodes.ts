import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Pair,
  type Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

/**
 * Reading and writing the nodes of a programme's YAML document (the `yaml` library's `Document`,
 * which keeps comments and key order), shared by the edits, the writer of edited sources and
 * other packages' comment-keeping edits (the ModernGov re-import).
 */

/** A node of the document, or a plain value where a node was expected. */
export type YamlNode = unknown;

/** A scalar's value; any other node as it is. */
export function yamlValue(node: YamlNode): unknown {
  return isScalar(node) ? node.value : node;
}

/** The sequence under `key`, if that is what it holds. */
export function yamlSeq(map: YAMLMap, key: string): YAMLSeq | undefined {
  const value = map.get(key, true);
  return isSeq(value) ? value : undefined;
}

/** The map in a sequence whose `key` field equals `id`. */
export function yamlMapById(seq: YAMLSeq | undefined, id: string, key = "id"): YAMLMap | undefined {
  return seq?.items.find((n): n is YAMLMap => isMap(n) && yamlValue(n.get(key, true)) === id);
}

/** The item id of an agenda entry, written as a bare id or as a map with `item`. */
export function yamlEntryId(entry: YamlNode): unknown {
  if (isMap(entry)) return yamlValue(entry.get("item", true));
  return yamlValue(entry);
}

/** The string values of a sequence of ids. */
export function yamlIds(seq: YAMLSeq | undefined): string[] {
  return (seq?.items ?? []).map(yamlValue).filter((v): v is string => typeof v === "string");
}

/**
 * A list of records (items, people, meetings, events) written one record per line or block, as
 * the example is: an empty `[]` (as `scrutineer init` writes it) turns into a block list when the
 * first record is added, rather than growing into one long line.
 */
export function asBlockList(seq: YAMLSeq): YAMLSeq {
  seq.flow = false;
  return seq;
}

/** A flow sequence (`[a, b]`), the style the programme file uses for lists of ids. */
export function yamlFlowSeq(doc: Document, values: unknown[]): YAMLSeq {
  const seq = doc.createNode(values) as YAMLSeq;
  seq.flow = true;
  return seq;
}

/** Set a field, keeping the old node (and its comment) for a scalar; a new field goes after the first of `after` present. */
export function setYamlField(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  after: readonly string[] = [],
): void {
  if (map.has(key)) {
    const old = map.get(key, true);
    if (isScalar(old) && (value === null || typeof value !== "object")) {
      (old as Scalar).value = value;
      // A changed figure keeps its place and comment but not a quoting style chosen for the old value.
      if (typeof value === "number") (old as Scalar).type = undefined;
    } else map.set(key, isNode(value) ? value : doc.createNode(value));
    return;
  }
  const pair = new Pair(doc.createNode(key), isNode(value) ? value : doc.createNode(value));
  for (const anchor of after) {
    const at = map.items.findIndex((p) => yamlValue(p.key) === anchor);
    if (at >= 0) {
      map.items.splice(at + 1, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

/**
 * Before a field's node is written over in place: when it carries an anchor (`&partly`) that
 * aliases elsewhere repeat (`*partly`), each alias becomes a copy of its own, so the change
 * stays with this record and does not silently reach the records that shared it.
 */
export function detachAnchor(doc: Document, map: YAMLMap, key: string): void {
  const node = map.get(key, true);
  if (!isNode(node) || !node.anchor) return;
  const anchor = node.anchor;
  visit(doc, {
    Alias(_, alias) {
      if (alias.source !== anchor) return undefined;
      const copy = node.clone() as typeof node;
      copy.anchor = undefined;
      return copy;
    },
  });
  node.anchor = undefined;
}
