import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  type Scalar,
  stringify,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { z } from "zod";
import { ItemStatus } from "./item.js";
import { agendaItemId } from "./meeting.js";
import { Id, IsoDate, Minutes } from "./primitives.js";
import type { Programme } from "./programme.js";

/**
 * One change an officer (or the auto-planner) makes to a work programme. Edits name items and
 * meetings by their stable ids, so a list of them can be journalled and replayed.
 */
export const ProgrammeEdit = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("move-item"),
    item: Id,
    /** A meeting (by id), optionally at a position on its agenda, or the backlog. */
    to: z.union([
      z.strictObject({ meeting: Id, index: z.number().int().nonnegative().optional() }),
      z.literal("backlog"),
    ]),
  }),
  z.strictObject({ type: z.literal("set-minutes"), item: Id, minutes: Minutes.nullable() }),
  z.strictObject({ type: z.literal("set-status"), item: Id, status: ItemStatus }),
  z.strictObject({ type: z.literal("reorder-item"), item: Id, delta: z.number().int() }),
  z.strictObject({ type: z.literal("set-alongside"), item: Id, with: z.array(Id) }),
  z.strictObject({ type: z.literal("move-meeting"), meeting: Id, date: IsoDate }),
  z.strictObject({ type: z.literal("cancel-meeting"), meeting: Id }),
  z.strictObject({ type: z.literal("reinstate-meeting"), meeting: Id }),
]);
export type ProgrammeEdit = z.infer<typeof ProgrammeEdit>;

/** An edit that cannot apply to this programme (unknown item or meeting, invalid minutes). */
export class ProgrammeEditError extends Error {
  override readonly name = "ProgrammeEditError";
}

// ---------------------------------------------------------------------------------------------
// Edits on the YAML document. The `yaml` library's document keeps comments and key order, so
// the officer's notes in the file survive every edit.

type Node = unknown;

function root(doc: Document): YAMLMap {
  if (!isMap(doc.contents)) throw new ProgrammeEditError("the programme file is not a map of fields");
  return doc.contents as YAMLMap;
}

function scalarValue(node: Node): unknown {
  return isScalar(node) ? node.value : node;
}

function seqOf(map: YAMLMap, key: string): YAMLSeq | undefined {
  const value = map.get(key, true);
  return isSeq(value) ? value : undefined;
}

/** The map in a sequence whose `key` field equals `id`. */
function byId(seq: YAMLSeq | undefined, id: string, key = "id"): YAMLMap | undefined {
  return seq?.items.find((n): n is YAMLMap => isMap(n) && scalarValue(n.get(key, true)) === id);
}

function entryId(entry: Node): unknown {
  if (isMap(entry)) return scalarValue(entry.get("item", true));
  return scalarValue(entry);
}

function itemMap(doc: Document, item: string): YAMLMap {
  const found = byId(seqOf(root(doc), "items"), item);
  if (!found) throw new ProgrammeEditError(`no item has the id "${item}"`);
  return found;
}

function meetingMap(doc: Document, meeting: string): YAMLMap {
  const found = byId(seqOf(root(doc), "meetings"), meeting);
  if (!found) throw new ProgrammeEditError(`no meeting has the id "${meeting}"`);
  return found;
}

type Place = { seq: YAMLSeq; index: number; meeting?: YAMLMap };

/** Where an item sits: on a meeting's agenda, in the backlog, or nowhere. */
function placeOf(doc: Document, item: string): Place | undefined {
  for (const m of seqOf(root(doc), "meetings")?.items ?? []) {
    if (!isMap(m)) continue;
    const agenda = seqOf(m, "agenda");
    const index = agenda?.items.findIndex((e) => entryId(e) === item) ?? -1;
    if (agenda && index >= 0) return { seq: agenda, index, meeting: m };
  }
  const backlog = seqOf(root(doc), "backlog");
  const index = backlog?.items.findIndex((e) => scalarValue(e) === item) ?? -1;
  if (backlog && index >= 0) return { seq: backlog, index };
  return undefined;
}

/** A flow sequence (`[a, b]`), the style the programme file uses for lists of ids. */
function flowSeq(doc: Document, values: unknown[]): YAMLSeq {
  const seq = doc.createNode(values) as YAMLSeq;
  seq.flow = true;
  return seq;
}

/** Set a field, keeping the old node (and its comment) for a scalar; a new field goes after the first of `after` present. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown, after: readonly string[] = []): void {
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
    const at = map.items.findIndex((p) => scalarValue(p.key) === anchor);
    if (at >= 0) {
      map.items.splice(at + 1, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

/** Items that close an agenda (work programme, minutes of the previous meeting): new items go before them. */
function closingRun(doc: Document, agenda: YAMLSeq): number {
  let at = agenda.items.length;
  while (at > 0) {
    const id = entryId(agenda.items[at - 1]);
    const item = typeof id === "string" ? byId(seqOf(root(doc), "items"), id) : undefined;
    if (!item || scalarValue(item.get("procedural", true)) !== true) break;
    at--;
  }
  return at;
}

function personName(doc: Document, id: string): string {
  for (const group of ["members", "coOptees", "officers", "cabinetMembers"]) {
    const name = byId(seqOf(root(doc), group), id)?.get("name");
    if (typeof name === "string") return name;
  }
  return id;
}

/** Interests declared at a meeting are a record of that meeting: an item they name cannot leave it. */
function refuseIfDeclared(doc: Document, meeting: YAMLMap, item: string): void {
  for (const d of seqOf(meeting, "declarations")?.items ?? []) {
    if (!isMap(d) || !idsOf(seqOf(d, "items")).includes(item)) continue;
    const who = personName(doc, String(scalarValue(d.get("person", true))));
    throw new ProgrammeEditError(
      `${who}'s declaration of interest at the meeting of ${day(String(scalarValue(meeting.get("date", true))))} names this item: change the declaration before moving it`,
    );
  }
}

function moveItem(doc: Document, edit: Extract<ProgrammeEdit, { type: "move-item" }>): void {
  itemMap(doc, edit.item);
  const from = placeOf(doc, edit.item);
  if (edit.to !== "backlog") meetingMap(doc, edit.to.meeting);
  if (from?.meeting && (edit.to === "backlog" || scalarValue(from.meeting.get("id", true)) !== edit.to.meeting))
    refuseIfDeclared(doc, from.meeting, edit.item);
  if (edit.to === "backlog") {
    if (from && !from.meeting) return; // already in the backlog
    if (from) from.seq.items.splice(from.index, 1);
    const backlog = seqOf(root(doc), "backlog");
    if (backlog) backlog.items.push(doc.createNode(edit.item));
    else setField(doc, root(doc), "backlog", flowSeq(doc, [edit.item]));
    return;
  }
  const target = meetingMap(doc, edit.to.meeting);
  if (from?.meeting === target) {
    // Same meeting: a change of position, the entry (and its stated time) kept.
    const [entry] = from.seq.items.splice(from.index, 1);
    const index = Math.min(edit.to.index ?? from.seq.items.length, from.seq.items.length);
    from.seq.items.splice(index, 0, entry);
    return;
  }
  if (from) from.seq.items.splice(from.index, 1);
  let agenda = seqOf(target, "agenda");
  if (!agenda) {
    agenda = flowSeq(doc, []);
    setField(doc, target, "agenda", agenda, ["dispatch", "papersDeadline", "dateConfirmed", "movedFrom", "status"]);
  }
  // A moved item is written as its bare id: the time and pages printed on the old meeting's
  // front sheet no longer apply.
  const index = Math.min(edit.to.index ?? closingRun(doc, agenda), agenda.items.length);
  agenda.items.splice(index, 0, doc.createNode(edit.item));
}

function setMinutes(doc: Document, edit: Extract<ProgrammeEdit, { type: "set-minutes" }>): void {
  const item = itemMap(doc, edit.item);
  if (edit.minutes === null) {
    item.delete("minutes");
    return;
  }
  const parsed = Minutes.safeParse(edit.minutes);
  if (!parsed.success) throw new ProgrammeEditError(`${JSON.stringify(edit.minutes)} is not a number of minutes`);
  setField(doc, item, "minutes", parsed.data, ["objective", "title"]);
}

function setStatus(doc: Document, edit: Extract<ProgrammeEdit, { type: "set-status" }>): void {
  const item = itemMap(doc, edit.item);
  // "confirmed" is the default: an item that never said otherwise stays without the field.
  if (edit.status === "confirmed" && !item.has("status")) return;
  setField(doc, item, "status", edit.status, ["directorate", "officers", "minutes", "objective", "title"]);
}

function reorderItem(doc: Document, edit: Extract<ProgrammeEdit, { type: "reorder-item" }>): void {
  itemMap(doc, edit.item);
  const from = placeOf(doc, edit.item);
  if (!from) throw new ProgrammeEditError(`"${edit.item}" is on no agenda and not in the backlog`);
  const to = Math.max(0, Math.min(from.seq.items.length - 1, from.index + edit.delta));
  const [entry] = from.seq.items.splice(from.index, 1);
  from.seq.items.splice(to, 0, entry);
}

function idsOf(seq: YAMLSeq | undefined): string[] {
  return (seq?.items ?? []).map(scalarValue).filter((v): v is string => typeof v === "string");
}

function writeAlongside(doc: Document, item: YAMLMap, ids: string[]): void {
  if (ids.length === 0) item.delete("alongside");
  else
    setField(doc, item, "alongside", flowSeq(doc, ids), [
      "standing",
      "status",
      "preparation",
      "officers",
      "minutes",
      "objective",
      "title",
    ]);
}

/** "Taken alongside" is mutual: the items named gain this one, and items dropped lose it. */
function setAlongside(doc: Document, edit: Extract<ProgrammeEdit, { type: "set-alongside" }>): void {
  const item = itemMap(doc, edit.item);
  const wanted = [...new Set(edit.with)].filter((id) => id !== edit.item);
  const others = wanted.map((id) => [id, itemMap(doc, id)] as const);
  const before = idsOf(seqOf(item, "alongside"));
  if (before.join() !== wanted.join()) writeAlongside(doc, item, wanted);
  for (const [, other] of others) {
    const theirs = idsOf(seqOf(other, "alongside"));
    if (!theirs.includes(edit.item)) writeAlongside(doc, other, [...theirs, edit.item]);
  }
  for (const dropped of before.filter((id) => !wanted.includes(id))) {
    const other = byId(seqOf(root(doc), "items"), dropped);
    if (!other) continue;
    const theirs = idsOf(seqOf(other, "alongside"));
    if (theirs.includes(edit.item))
      writeAlongside(
        doc,
        other,
        theirs.filter((id) => id !== edit.item),
      );
  }
}

function moveMeeting(doc: Document, edit: Extract<ProgrammeEdit, { type: "move-meeting" }>): void {
  const meeting = meetingMap(doc, edit.meeting);
  const date = String(scalarValue(meeting.get("date", true)));
  if (date === edit.date) return;
  // "29 Sept (moved from 8 Sept)": the date it was first set for, however often it moves.
  const original = String(scalarValue(meeting.get("movedFrom", true)) ?? date);
  setField(doc, meeting, "date", edit.date);
  const cancelled = scalarValue(meeting.get("status", true)) === "cancelled";
  if (edit.date === original) {
    meeting.delete("movedFrom");
    if (!cancelled) meeting.delete("status");
  } else {
    if (!cancelled) setField(doc, meeting, "status", "moved", ["date"]);
    setField(doc, meeting, "movedFrom", original, ["status", "date"]);
  }
  // Stated deadlines belonged to the old date; the commission's rules recompute them.
  meeting.delete("papersDeadline");
  meeting.delete("dispatch");
}

function setMeetingStatus(doc: Document, meetingId: string, cancel: boolean): void {
  const meeting = meetingMap(doc, meetingId);
  if (cancel) setField(doc, meeting, "status", "cancelled", ["date"]);
  else if (meeting.has("movedFrom")) setField(doc, meeting, "status", "moved", ["date"]);
  else meeting.delete("status");
}

/**
 * Apply one edit to a programme's YAML document and return the edited copy (the argument is
 * never changed). Comments and key order survive; write the result back with `spliceSource`
 * to change only the lines the edit touched.
 *
 * - Moving an item to another meeting writes it as its bare id: the start time and pages
 *   stated on the old front sheet no longer apply. Without an index it goes before the
 *   meeting's closing procedural items (work programme, minutes), as agendas run.
 * - Moving a meeting keeps its id, marks it moved and keeps `movedFrom` as the date it was
 *   first set for; moving it back there makes it scheduled again. Its stated papers deadline
 *   and dispatch date are dropped so the commission's rules recompute them.
 */
export function applyEdit(document: Document, edit: ProgrammeEdit): Document {
  const doc = document.clone();
  switch (edit.type) {
    case "move-item":
      moveItem(doc, edit);
      break;
    case "set-minutes":
      setMinutes(doc, edit);
      break;
    case "set-status":
      setStatus(doc, edit);
      break;
    case "reorder-item":
      reorderItem(doc, edit);
      break;
    case "set-alongside":
      setAlongside(doc, edit);
      break;
    case "move-meeting":
      moveMeeting(doc, edit);
      break;
    case "cancel-meeting":
      setMeetingStatus(doc, edit.meeting, true);
      break;
    case "reinstate-meeting":
      setMeetingStatus(doc, edit.meeting, false);
      break;
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Writing an edited document back over its source. Re-printing a whole document reflows the
// officer's text (folded paragraphs, flow lists); instead, only the parts whose values changed
// are rewritten and every other byte of the file is kept.

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

function toJs(node: Node): unknown {
  return isNode(node) ? node.toJSON() : node;
}

function same(a: Node, b: Node): boolean {
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
function inline(node: Node): string {
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
    return stringify(bare, { lineWidth: 0 }).trimEnd();
  }
  return stringify(node ?? null, { lineWidth: 0 }).trimEnd();
}

function identity(node: Node): string {
  if (isMap(node)) {
    const id = scalarValue(node.get("id", true)) ?? scalarValue(node.get("item", true));
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

  private replace(old: Node, next: Node) {
    if (!isNode(old) || !old.range) throw new Error("no source position");
    this.add(old.range[0], old.range[1], inline(next));
  }

  patch(old: Node, next: Node) {
    if (same(old, next)) return;
    if (isMap(old) && !old.flow && isMap(next) && !next.flow) this.blockMap(old, next);
    else if (isSeq(old) && !old.flow && isSeq(next) && !next.flow && next.items.length > 0) this.blockSeq(old, next);
    else this.replace(old, next);
  }

  private indentOf(node: Node): string {
    const start = (isNode(node) && node.range?.[0]) || 0;
    return this.source.slice(lineStart(this.source, start), start).replace(/\S/g, " ");
  }

  private blockMap(old: YAMLMap, next: YAMLMap) {
    const key = (p: Pair) => String(scalarValue(p.key));
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
      } else this.add(anchor, anchor, `${indent}${inline(pair.key)}: ${inline(pair.value)}\n`);
    }
    for (const [name, pair] of oldPairs) {
      if (nextKeys.has(name)) continue;
      const start = lineStart(this.source, (pair.key as Scalar).range?.[0] ?? 0);
      this.add(start, lineEnd(this.source, pair.value as Scalar), "");
    }
  }

  private itemText(node: Node): string {
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
    next.items.forEach((item, j) => {
      const i = keptNext.get(j);
      if (i !== undefined) {
        this.patch(old.items[i], item);
        anchor = lineEnd(this.source, old.items[i] as Scalar);
        return;
      }
      // An entry moved within the list keeps its original text when its value is unchanged.
      const twin = old.items.find((o) => same(o, item));
      this.add(anchor, anchor, twin ? this.itemText(twin) : `${dash}- ${inline(item)}\n`);
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
 * The text of an edited document, written over the source it was parsed from: lines whose
 * values did not change are kept byte for byte (comments, folded paragraphs, flow lists and
 * quoting included). Falls back to printing the whole document if the change cannot be
 * placed line by line, so the result always holds the document's data. Pass `original` (the
 * source's own parse, unedited) to save parsing it again.
 */
export function spliceSource(source: string, document: Document, original: Document = parseDocument(source)): string {
  const want = JSON.stringify(document.toJS());
  try {
    const splicer = new Splicer(source);
    splicer.patch(original.contents, document.contents);
    const text = splicer.result();
    if (JSON.stringify(parseDocument(text).toJS()) === want) return text;
  } catch {
    // fall through to a full print
  }
  return document.toString({ lineWidth: 0 });
}

/** Apply an edit to a programme file's text, changing only the lines it touches. */
export function applyEditToSource(source: string, edit: ProgrammeEdit): string {
  const document = parseDocument(source, { uniqueKeys: true });
  if (document.errors.length > 0) throw new ProgrammeEditError("the programme file has YAML errors");
  return spliceSource(source, applyEdit(document, edit), document);
}

// ---------------------------------------------------------------------------------------------
// Describing an edit in the officer's words, for the undo list, the journal and the status line.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2022-11-30` → `30 Nov 2022`, from the digits (no clock, no time zone). */
function day(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const STATUS_WORDS: Record<ItemStatus, string> = {
  confirmed: "confirmed",
  "to-be-scoped": "to be scoped",
  tbc: "TBC",
  withdrawn: "withdrawn",
};

function minutesWords(minutes: Minutes | undefined | null): string {
  if (minutes === undefined || minutes === null) return "no minutes";
  return typeof minutes === "number" ? `${minutes} min` : `${minutes.replace(/\s/g, "")} min`;
}

/** One line saying what an edit does, against the programme before it: "Move SEND Strategy from 30 Nov 2022 to 16 Jan 2023". */
export function describeEdit(programme: Programme, edit: ProgrammeEdit): string {
  const title = (id: string) => programme.items.find((i) => i.id === id)?.title ?? id;
  const meetingDay = (id: string) => {
    const m = programme.meetings.find((x) => x.id === id);
    return m ? day(m.date) : id;
  };
  const current = (id: string) => programme.meetings.find((m) => m.agenda.some((e) => agendaItemId(e) === id));
  switch (edit.type) {
    case "move-item": {
      const from = current(edit.item);
      const inBacklog = programme.backlog.includes(edit.item);
      const where = from ? ` from ${day(from.date)}` : inBacklog ? " from the backlog" : "";
      if (edit.to === "backlog") return `Move ${title(edit.item)}${where} to the backlog`;
      if (from?.id === edit.to.meeting)
        return `Move ${title(edit.item)} to position ${(edit.to.index ?? from.agenda.length - 1) + 1} on ${day(from.date)}`;
      return `${from ? "Move" : "Add"} ${title(edit.item)}${where} to ${meetingDay(edit.to.meeting)}`;
    }
    case "set-minutes": {
      const before = programme.items.find((i) => i.id === edit.item)?.minutes;
      if (edit.minutes === null) return `Clear the minutes of ${title(edit.item)} (was ${minutesWords(before)})`;
      return `Give ${title(edit.item)} ${minutesWords(edit.minutes)} (was ${minutesWords(before)})`;
    }
    case "set-status": {
      const before = programme.items.find((i) => i.id === edit.item)?.status ?? "confirmed";
      return `Mark ${title(edit.item)} ${STATUS_WORDS[edit.status]} (was ${STATUS_WORDS[before]})`;
    }
    case "reorder-item": {
      const from = current(edit.item);
      const where = from ? ` on ${day(from.date)}` : " in the backlog";
      const n = Math.abs(edit.delta);
      return `Move ${title(edit.item)} ${edit.delta < 0 ? "up" : "down"} ${n === 1 ? "one place" : `${n} places`}${where}`;
    }
    case "set-alongside":
      return edit.with.length === 0
        ? `Take ${title(edit.item)} on its own`
        : `Take ${title(edit.item)} alongside ${edit.with.map(title).join(" and ")}`;
    case "move-meeting":
      return `Move the meeting of ${meetingDay(edit.meeting)} to ${day(edit.date)}`;
    case "cancel-meeting":
      return `Cancel the meeting of ${meetingDay(edit.meeting)}`;
    case "reinstate-meeting":
      return `Reinstate the meeting of ${meetingDay(edit.meeting)}`;
  }
}
