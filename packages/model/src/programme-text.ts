/**
 * A programme written as the file format an officer edits: the shape of the bundled example.
 * People and lists of ids on one line each (`{ id: …, name: … }`, `[a, b]`), times in quotes
 * ("19:00" unquoted is a sexagesimal number to YAML 1.1 readers), text of several lines as a
 * block, a blank line between the top-level sections, and comments where the writer puts them.
 * Used by `scrutineer init` (through @scrutineer/deadlines' `newProgramme`) and by ModernGov's
 * import, so that every file Scrutineer starts reads alike.
 */
import { Document, isMap, isNode, isScalar, isSeq, Scalar, visit, type YAMLMap, type YAMLSeq } from "yaml";
import type { ProgrammeInput } from "./programme.js";

/** A comment on its own line(s) before the field or list entry at `path` (`["meetings", 0]`). */
export interface PathComment {
  path: readonly (string | number)[];
  /** One line per element; each is written `# line`. */
  lines: readonly string[];
}

/** Options of `programmeText`: the file's opening comment and comments placed before fields or entries. */
export interface ProgrammeTextOptions {
  /** The file's opening comment, one line per element (each written `# line`). */
  header?: readonly string[];
  comments?: readonly PathComment[];
}

const commentText = (lines: readonly string[]) => lines.map((l) => (l ? ` ${l}` : "")).join("\n");

/** Put a comment before the node at `path`: on the key's line for a field, on the `-` line for an entry. */
function commentAt(doc: Document, path: readonly (string | number)[], lines: readonly string[]): void {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (typeof last === "number" && isSeq(parent)) {
    const node = (parent as YAMLSeq).items[last];
    if (isNode(node)) node.commentBefore = commentText(lines);
    return;
  }
  if (typeof last === "string" && isMap(parent)) {
    const pair = (parent as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = commentText(lines);
  }
}

/** The text of a programme file for `input`, with `options`' header and comments. */
export function programmeText(input: Partial<ProgrammeInput>, options: ProgrammeTextOptions = {}): string {
  const doc = new Document(input);
  if (options.header?.length) doc.commentBefore = commentText(options.header);
  const root = doc.contents as YAMLMap;
  root.items.forEach((pair, i) => {
    if (i > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  });
  for (const key of ["members", "coOptees", "officers"]) {
    const list = root.get(key, true);
    if (isSeq(list)) for (const person of (list as YAMLSeq).items) if (isMap(person)) person.flow = true;
  }
  const meetings = root.get("meetings", true);
  if (isSeq(meetings))
    for (const m of (meetings as YAMLSeq).items) {
      if (!isMap(m)) continue;
      const agenda = m.get("agenda", true);
      if (isSeq(agenda)) agenda.flow = true;
      const attendance = m.get("attendance", true);
      if (isMap(attendance))
        for (const pair of attendance.items) if (isSeq(pair.value)) (pair.value as YAMLSeq).flow = true;
    }
  for (const c of options.comments ?? []) commentAt(doc, c.path, c.lines);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      if (/^\d{2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
