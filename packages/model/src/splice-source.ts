import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Pair,
  parseDocument,
  type Scalar,
  stringify,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { applyEdit } from "./apply-edit.js";
import { ProgrammeEditError } from "./errors.js";
import { type ParseOptions, type ParseResult, parseProgramme } from "./parse-programme.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { type YamlNode, yamlValue } from "./yaml-nodes.js";

// Writing an edited document back over its source. Re-printing a whole document reflows the
// officer's text (folded paragraphs, flow lists); instead, only the parts whose values changed
// are rewritten and every other byte of the file is kept.

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

function toJs(node: YamlNode): unknown {
  return isNode(node) ? node.toJSON() : node;
}

function same(a: YamlNode, b: YamlNode): boolean {
  return JSON.stringify(toJs(a)) === JSON.stringify(toJs(b));
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf("\n", offset - 1) + 1;
}

/** The end of a node's last line, past its newline (a trailing comment on that line included). */
function lineEnd(source: string, node: { range?: [number, number, number] | null }): number {
  const valueEnd = node.range?.[1] ?? 0;
  if (valueEnd > 0 && source[valueEnd - 1] === "\n") return valueEnd;
  const newline = source.indexOf("\n", valueEnd);
  return newline < 0 ? source.length : newline + 1;
}

/** A value written inline (scalars, and collections in the file's flow style: `[a, b]`, `{ k: v }`). */
function inline(node: YamlNode): string {
  if (isSeq(node)) return `[${node.items.map(inline).join(", ")}]`;
  if (isMap(node))
    return node.items.length === 0
      ? "{}"
      : `{ ${node.items.map((p) => `${inline(p.key)}: ${inline(p.value)}`).join(", ")} }`;
  if (isScalar(node)) {
    if (node.value === null) return "null";
    // The value alone: a comment stays where it is in the source, outside the value's range.
    const bare = node.clone() as Scalar;
    bare.comment = bare.commentBefore = undefined;
    bare.spaceBefore = false;
    // A text of several lines stays on one, in double quotes, unless the file wrote it as a block (`>-`, `|`).
    const block = bare.type === "BLOCK_FOLDED" || bare.type === "BLOCK_LITERAL";
    if (!block && typeof bare.value === "string" && bare.value.includes("\n")) bare.type = "QUOTE_DOUBLE";
    return stringify(bare, { lineWidth: 0 }).trimEnd();
  }
  return stringify(node ?? null, { lineWidth: 0 }).trimEnd();
}

/** A block collection (not written `[…]` or `{…}`) with something in it: written over lines of its own. */
function isBlock(node: YamlNode): boolean {
  return (isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0;
}

/**
 * A new block collection's lines, each after `indent` (the first after `first` instead, which
 * may end in "- "); what is not a block inside it is written inline, in the file's flow style.
 */
function blockLines(node: YamlNode, indent: string, first = indent): string {
  const deeper = `${indent}  `;
  if (isMap(node) && isBlock(node))
    return node.items
      .map((p, i) => {
        const lead = `${i === 0 ? first : indent}${inline(p.key)}:`;
        return isBlock(p.value) ? `${lead}\n${blockLines(p.value, deeper)}` : `${lead} ${inline(p.value)}\n`;
      })
      .join("");
  if (isSeq(node) && isBlock(node))
    return node.items
      .map((item, i) => {
        const lead = `${i === 0 ? first : indent}- `;
        return isBlock(item) ? blockLines(item, deeper, lead) : `${lead}${inline(item)}\n`;
      })
      .join("");
  return `${first}${inline(node)}\n`;
}

function identity(node: YamlNode): string {
  if (isMap(node)) {
    const id = yamlValue(node.get("id", true)) ?? yamlValue(node.get("item", true));
    if (typeof id === "string") return `id:${id}`;
  } else if (isScalar(node) && typeof node.value === "string") return `id:${node.value}`;
  return `value:${JSON.stringify(toJs(node))}`;
}

/** Longest common subsequence of two key lists: the pairs of indices kept in place. */
function commonRun(a: string[], b: string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

class Splicer {
  readonly splices: Splice[] = [];
  constructor(readonly source: string) {}

  private add(start: number, end: number, text: string) {
    this.splices.push({ start, end, text, order: this.splices.length });
  }

  private replace(old: YamlNode, next: YamlNode) {
    if (!isNode(old) || !old.range) throw new Error("no source position");
    let text = inline(next);
    if (text.includes("\n")) {
      // A block scalar (`>-`) written anew: its lines indented under the key, as before.
      const start = old.range[0];
      const indent = /^\s*/.exec(this.source.slice(lineStart(this.source, start), start))?.[0] ?? "";
      text = text.replace(/\n/g, `\n${indent}`);
      if (this.source[old.range[1] - 1] === "\n") text += "\n";
    }
    this.add(old.range[0], old.range[1], text);
  }

  /**
   * A value written inline (a bare id, `{ item: …, outcome: taken }`, `[a, b]`) that the edit made
   * a block (an agenda entry given actions): written over lines of its own, after `- ` when it is
   * an entry of a list, else on the lines under its key.
   */
  private replaceWithBlock(old: YamlNode, next: YamlNode) {
    if (!isNode(old) || !old.range) throw new Error("no source position");
    const start = old.range[0];
    const before = this.source.slice(lineStart(this.source, start), start);
    if (/^\s*-\s+$/.test(before)) {
      this.add(start, old.range[1], blockLines(next, before.replace(/\S/g, " "), "").replace(/\n$/, ""));
      return;
    }
    const indent = `${/^\s*/.exec(before)?.[0] ?? ""}  `;
    const keyEnd = start - (before.length - before.trimEnd().length);
    this.add(keyEnd, old.range[1], `\n${blockLines(next, indent)}`.replace(/\n$/, ""));
  }

  patch(old: YamlNode, next: YamlNode) {
    if (same(old, next)) return;
    if (isMap(old) && !old.flow && isMap(next) && !next.flow) this.blockMap(old, next);
    else if (isSeq(old) && !old.flow && isSeq(next) && !next.flow && next.items.length > 0) this.blockSeq(old, next);
    else if (isBlock(next) && !isBlock(old)) this.replaceWithBlock(old, next);
    else this.replace(old, next);
  }

  private indentOf(node: YamlNode): string {
    const start = (isNode(node) && node.range?.[0]) || 0;
    return this.source.slice(lineStart(this.source, start), start).replace(/\S/g, " ");
  }

  private blockMap(old: YAMLMap, next: YAMLMap) {
    const key = (p: Pair) => String(yamlValue(p.key));
    const oldPairs = new Map(old.items.map((p) => [key(p), p]));
    const nextKeys = new Set(next.items.map(key));
    const first = old.items[0];
    if (!first) throw new Error("empty block map");
    const indent = this.indentOf(first.key);
    let anchor = lineStart(this.source, (first.key as Scalar).range?.[0] ?? 0);
    for (const pair of next.items) {
      const before = oldPairs.get(key(pair));
      if (before) {
        this.patch(before.value, pair.value);
        anchor = lineEnd(this.source, before.value as Scalar);
      } else if (isBlock(pair.value))
        this.add(anchor, anchor, `${indent}${inline(pair.key)}:\n${blockLines(pair.value, `${indent}  `)}`);
      else this.add(anchor, anchor, `${indent}${inline(pair.key)}: ${inline(pair.value)}\n`);
    }
    for (const [name, pair] of oldPairs) {
      if (nextKeys.has(name)) continue;
      const start = lineStart(this.source, (pair.key as Scalar).range?.[0] ?? 0);
      this.add(start, lineEnd(this.source, pair.value as Scalar), "");
    }
  }

  private itemText(node: YamlNode): string {
    const range = (node as Scalar).range!;
    return this.source.slice(lineStart(this.source, range[0]), lineEnd(this.source, node as Scalar));
  }

  private blockSeq(old: YAMLSeq, next: YAMLSeq) {
    const oldKeys = old.items.map(identity);
    const nextKeys = next.items.map(identity);
    const kept = commonRun(oldKeys, nextKeys);
    const keptOld = new Set(kept.map(([i]) => i));
    const keptNext = new Map(kept.map(([i, j]) => [j, i]));
    const first = old.items[0];
    const dash = first ? this.indentOf(first).slice(0, -2) : "";
    let anchor = first ? lineStart(this.source, (first as Scalar).range![0]) : 0;
    let atStart = true;
    // Entries set apart by blank lines (the example's meetings): a new one is set apart too.
    const second = old.items[1];
    const apart =
      first !== undefined &&
      second !== undefined &&
      /\n[ \t]*\n/.test(
        `\n${this.source.slice(lineEnd(this.source, first as Scalar), lineStart(this.source, (second as Scalar).range![0]))}`,
      );
    next.items.forEach((item, j) => {
      const i = keptNext.get(j);
      if (i !== undefined) {
        this.patch(old.items[i], item);
        anchor = lineEnd(this.source, old.items[i] as Scalar);
        atStart = false;
        return;
      }
      // An entry moved within the list keeps its original text when its value is unchanged.
      const twin = old.items.find((o) => same(o, item));
      let text = twin
        ? this.itemText(twin)
        : isBlock(item)
          ? blockLines(item, `${dash}  `, `${dash}- `)
          : `${dash}- ${inline(item)}\n`;
      if (apart && !twin) text = atStart ? `${text}\n` : `\n${text}`;
      this.add(anchor, anchor, text);
    });
    old.items.forEach((item, i) => {
      if (!keptOld.has(i))
        this.add(lineStart(this.source, (item as Scalar).range![0]), lineEnd(this.source, item as Scalar), "");
    });
  }

  result(): string {
    // Insertions at a point go before a removal starting there; otherwise in the order made.
    const ordered = [...this.splices].sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order,
    );
    let out = "";
    let at = 0;
    for (const s of ordered) {
      if (s.start < at) throw new Error("overlapping changes");
      out += this.source.slice(at, s.start) + s.text;
      at = s.end;
    }
    return out + this.source.slice(at);
  }
}

/**
 * The spliced text when it holds the edited data, with the parse `read` made of it to tell;
 * undefined when the change cannot be placed line by line.
 */
function splice<P>(
  source: string,
  document: Document,
  original: Document,
  read: (text: string) => { parsed: P; document: Document | undefined },
): { text: string; parsed: P } | undefined {
  try {
    const splicer = new Splicer(source);
    splicer.patch(original.contents, document.contents);
    const text = splicer.result();
    const { parsed, document: again } = read(text);
    if (again && JSON.stringify(again.toJS()) === JSON.stringify(document.toJS())) return { text, parsed };
  } catch {
    // fall through to a full print
  }
  return undefined;
}

const readYaml = (text: string) => {
  const document = parseDocument(text);
  return { parsed: document, document };
};

/**
 * The text of an edited document, written over the source it was parsed from: lines whose
 * values did not change are kept byte for byte (comments, folded paragraphs, flow lists and
 * quoting included). Falls back to printing the whole document if the change cannot be
 * placed line by line, so the result always holds the document's data. Pass `original` (the
 * source's own parse, unedited) to save parsing it again.
 */
export function spliceSource(source: string, document: Document, original: Document = parseDocument(source)): string {
  return splice(source, document, original, readYaml)?.text ?? document.toString({ lineWidth: 0 });
}

function refuseBrokenYaml(document: Document): void {
  if (document.errors.length > 0)
    throw new ProgrammeEditError("invalid-file", document.errors[0]?.message, "the programme file has YAML errors");
}

/**
 * Apply an edit to a programme file's text, changing only the lines it touches.
 *
 * @example
 * const next = applyEditToSource(source, { type: "move-meeting", meeting: "2023-01", date: "2023-01-23" });
 * next.includes("    movedFrom: 2023-01-16\n"); // true
 * next.split("\n").length === source.split("\n").length; // true: the stated deadlines go, status and movedFrom come
 */
export function applyEditToSource(source: string, edit: ProgrammeEdit): string {
  const document = parseDocument(source, { uniqueKeys: true });
  refuseBrokenYaml(document);
  return spliceSource(source, applyEdit(document, edit), document);
}

/**
 * Apply an edit to a programme file's text, starting from its parse (`parseProgramme(source)`'s
 * document), and read the result: the new text (changing only the lines the edit touches, as
 * `applyEditToSource`) and `parseProgramme`'s reading of it, which is also what tells that the
 * new text holds the edit. The new text is parsed exactly once, with `options` (a council
 * folder's committee passes `{ register }`, as it was opened with). The document passed in is not
 * changed. Throws `ProgrammeEditError` when the edit does not apply or the document has YAML errors.
 */
export function editProgramme(
  source: string,
  document: Document,
  edit: ProgrammeEdit,
  file = "programme.yaml",
  options: ParseOptions = {},
): { source: string; parsed: ParseResult } {
  refuseBrokenYaml(document);
  const edited = applyEdit(document, edit);
  const read = (text: string) => {
    const parsed = parseProgramme(text, file, options);
    return { parsed, document: parsed.document };
  };
  const spliced = splice(source, edited, document, read);
  if (spliced) return { source: spliced.text, parsed: spliced.parsed };
  const text = edited.toString({ lineWidth: 0 });
  return { source: text, parsed: parseProgramme(text, file, options) };
}
