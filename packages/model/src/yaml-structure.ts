/**
 * Structural limits of a programme's YAML, checked on the syntax tree before any recursive step
 * runs on it, so a hostile file is refused with a position instead of exhausting the stack, the
 * memory or the clock: nesting depth, keys (scalars, each once per map: a Set, not the `yaml`
 * library's pairwise `uniqueKeys` comparison, which is quadratic in the keys of a map), and
 * aliases (each names an earlier anchor, none refers to the node it sits in, and together they
 * stand for a bounded number of values: the "billion laughs" of ten anchors of ten aliases each).
 */

import type { CST } from "yaml";
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  type Node,
  type Pair,
  type ParsedNode,
} from "yaml";
import { quoted } from "./characters.js";
import type { ProgrammeLimits } from "./limits.js";

/** A structural problem at a source offset, with the field path where it was found. */
export interface StructureProblem {
  offset: number;
  path: (string | number)[];
  code: "too-deep" | "non-scalar-key" | "duplicate-key" | "unknown-alias" | "alias-cycle" | "too-many-aliases";
  message: string;
}

/** Where a collection nests too deep: its offset and the field path down to it. */
export interface TooDeep {
  offset: number;
  path: (string | number)[];
}

/** The name of a key in the parser's tokens, when it is a plain or quoted scalar. */
function keySource(key: CST.Token | null | undefined): string | undefined {
  if (!key) return undefined;
  if (key.type === "scalar" || key.type === "single-quoted-scalar" || key.type === "double-quoted-scalar") {
    return key.type === "scalar" ? key.source : key.source.slice(1, -1);
  }
  return undefined;
}

/**
 * The first collection nested deeper than `maxDepth` in the parser's tokens, with the field path
 * to it (keys as written), or undefined. Walks with its own stack, so any depth is safe.
 */
export function tooDeep(tokens: readonly CST.Token[], maxDepth: number): TooDeep | undefined {
  type Entry = { token: CST.Token | undefined; depth: number; path: (string | number)[] };
  const stack: Entry[] = tokens.map((token) => ({ token, depth: 0, path: [] }));
  stack.reverse();
  while (stack.length > 0) {
    const { token, depth, path } = stack.pop() as Entry;
    if (!token) continue;
    if (token.type === "document") {
      stack.push({ token: token.value, depth, path });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > maxDepth) return { offset: token.offset, path };
      const items = token.items as { key?: CST.Token | null; value?: CST.Token; sep?: CST.SourceToken[] }[];
      // Pushed last first, so that the first too-deep collection in the file is the one found.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i] as (typeof items)[number];
        const isEntry = token.type === "block-map" || (item.sep?.some((t) => t.type === "map-value-ind") ?? false);
        const name = keySource(item.key);
        const at = isEntry ? [...path, name ?? "?"] : [...path, i];
        if (item.value) stack.push({ token: item.value, depth: depth + 1, path: at });
        if (item.key) stack.push({ token: item.key, depth: depth + 1, path });
      }
    }
  }
  return undefined;
}

interface Open {
  node: Node;
  items: readonly unknown[];
  path: (string | number)[];
  next: number;
  /** Values under this node so far, aliases expanded. */
  size: number;
  keys?: Set<string>;
}

/**
 * Walk the document once, in document order, without recursion. Returns the problems found;
 * after a limit on aliases is passed the walk stops (nothing more is worth counting).
 */
export function structureProblems(
  doc: Document,
  limits: Pick<ProgrammeLimits, "maxAliases" | "maxAliasValues">,
): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const anchors = new Map<string, Node>();
  /** Values each anchored node stands for, set when the node is complete. */
  const sizes = new Map<Node, number>();
  let aliases = 0;
  let aliasValues = 0;
  let stopped = false;
  const stack: Open[] = [];
  const at = (node: unknown) => (isNode(node) && node.range ? node.range[0] : 0);

  /** Values one child stands for (1 for a scalar or an empty value); opens a collection. */
  function visit(node: unknown, path: (string | number)[]): number {
    if (!isNode(node)) return 1;
    if (isAlias(node)) {
      aliases++;
      if (aliases > limits.maxAliases) {
        problems.push({
          offset: at(node),
          path,
          code: "too-many-aliases",
          message: `more than ${limits.maxAliases} aliases (*name) in one file (docs/limits.md)`,
        });
        stopped = true;
        return 1;
      }
      const target = anchors.get(node.source);
      if (!target) {
        problems.push({
          offset: at(node),
          path,
          code: "unknown-alias",
          message: `the alias *${node.source} has no anchor &${node.source} before it`,
        });
        return 1;
      }
      const size = sizes.get(target);
      if (size === undefined) {
        problems.push({
          offset: at(node),
          path,
          code: "alias-cycle",
          message: `the alias *${node.source} is inside the value it names, which would never end`,
        });
        return 1;
      }
      aliasValues += size;
      if (aliasValues > limits.maxAliasValues) {
        problems.push({
          offset: at(node),
          path,
          code: "too-many-aliases",
          message: `the aliases stand for more than ${limits.maxAliasValues.toLocaleString("en-GB")} values in all (docs/limits.md)`,
        });
        stopped = true;
      }
      return size;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isCollection(node)) {
      stack.push({
        node,
        items: node.items,
        path,
        next: 0,
        size: 1,
        ...(isMap(node) ? { keys: new Set<string>() } : {}),
      });
      return 0; // counted when it closes
    }
    if (node.anchor) sizes.set(node, 1);
    return 1;
  }

  /** The key's name for paths and duplicates, or undefined (with a problem) when it is not a scalar. */
  function keyName(pair: Pair, open: Open): string | undefined {
    const key = pair.key;
    if (key !== null && key !== undefined && !isScalar(key)) {
      problems.push({
        offset: at(key),
        path: open.path,
        code: "non-scalar-key",
        message: "a key must be a plain name, not a list, a map or an alias",
      });
      return undefined;
    }
    if (isScalar(key) && key.anchor) {
      anchors.set(key.anchor, key);
      sizes.set(key, 1);
    }
    const name = String(isScalar(key) ? key.value : key);
    const keys = open.keys ?? new Set<string>();
    if (keys.has(name)) {
      problems.push({
        offset: at(key),
        path: [...open.path, name],
        code: "duplicate-key",
        message: `${quoted(name)} is given twice here (keep one)`,
      });
    }
    keys.add(name);
    open.keys = keys;
    return name;
  }

  visit(doc.contents, []);
  while (stack.length > 0 && !stopped) {
    const open = stack[stack.length - 1] as Open;
    if (open.next >= open.items.length) {
      stack.pop();
      if (open.node.anchor) sizes.set(open.node, open.size);
      const parent = stack[stack.length - 1];
      if (parent) parent.size += open.size;
      continue;
    }
    const index = open.next++;
    const item = open.items[index];
    if (isPair(item)) {
      // A map's entry, or a single-pair map written inside a flow list (`[a: b]`).
      const pair = item as Pair<ParsedNode, ParsedNode>;
      const name = keyName(pair, open);
      const base = isMap(open.node) ? open.path : [...open.path, index];
      open.size += 1 + visit(pair.value, name === undefined ? base : [...base, name]);
    } else {
      open.size += visit(item, [...open.path, index]);
    }
  }
  return problems;
}

/** The field path of the deepest node whose source range holds `offset` (for errors found in the raw text). */
export function pathAt(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  const holds = (node: unknown) =>
    isNode(node) &&
    node.range !== undefined &&
    node.range !== null &&
    node.range[0] <= offset &&
    offset < node.range[2];
  let node: unknown = doc.contents;
  while (isCollection(node)) {
    let next: unknown;
    for (let i = 0; i < node.items.length && next === undefined; i++) {
      const item = node.items[i];
      if (isPair(item)) {
        const name = isScalar(item.key) ? String(item.key.value) : undefined;
        if (holds(item.key) || holds(item.value)) {
          if (!isMap(node)) path.push(i);
          if (name !== undefined) path.push(name);
          next = holds(item.value) ? item.value : null;
        }
      } else if (holds(item)) {
        path.push(i);
        next = item;
      }
    }
    node = next;
  }
  return path;
}
