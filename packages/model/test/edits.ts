import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parseDocument } from "yaml";
import { applyEdit } from "../src/apply-edit.js";
import { isModelError } from "../src/errors.js";
import { agendaItemId } from "../src/meeting.js";
import { parseProgramme } from "../src/parse-programme.js";
import type { Programme } from "../src/programme.js";
import type { ProgrammeEdit } from "../src/programme-edit.js";
import { applyEditToSource, spliceSource } from "../src/splice-source.js";

/** Helpers for the tests of the programme edits: the example's text, a comment reader, and one edit checked both ways. */

export const source = readFileSync(
  new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url),
  "utf8",
);

export function load(text: string): Programme {
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

export const example = load(source);

/** Every comment in the example file: the text after `#` on each line that has one outside quotes. */
export function comments(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let quoted: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === quoted) quoted = null;
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s[{:,]/.test(line[i - 1]!)) quoted = c;
      } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) {
        const text = line.slice(i + 1).trim();
        if (text) out.push(text);
        break;
      }
    }
  }
  return out;
}

export const exampleComments = comments(source);

export function agenda(p: Programme, meetingId: string): string[] {
  return p.meetings.find((m) => m.id === meetingId)!.agenda.map(agendaItemId);
}

/** Lines of `after` that are not in `before` and vice versa (a rough line diff). */
export function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of cb) for (let i = 0; i < n - (ca.get(l) ?? 0); i++) added.push(l);
  for (const [l, n] of ca) for (let i = 0; i < n - (cb.get(l) ?? 0); i++) removed.push(l);
  return { added, removed };
}

/** Apply an edit both ways (document and source) and check what every edit must keep. */
export function edit(e: ProgrammeEdit, text = source, dropped: string[] = []) {
  const doc = parseDocument(text);
  const before = String(doc);
  const edited = applyEdit(doc, e);
  expect(String(doc)).toBe(before); // never mutates
  const kept = comments(text).filter((c) => !dropped.includes(c));
  const printed = String(edited);
  for (const c of kept) expect(printed).toContain(c);
  const spliced = spliceSource(text, edited);
  for (const c of kept) expect(spliced).toContain(c);
  const occurrences = (t: string, c: string) => comments(t).filter((x) => x === c).length;
  for (const c of dropped) expect(occurrences(spliced, c)).toBe(occurrences(text, c) - 1);
  const fromDoc = load(String(edited));
  const fromText = load(spliced);
  expect(fromText).toEqual(fromDoc);
  expect(applyEditToSource(text, e)).toBe(spliced);
  return { programme: fromText, text: spliced, diff: changedLines(text, spliced) };
}

/** What the model says when it refuses an edit on `text` (its code and message), or undefined when it applies. */
export function refused(e: ProgrammeEdit, text = source): { code: string; message: string } | undefined {
  try {
    applyEditToSource(text, e);
  } catch (error) {
    if (isModelError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

/** An item's entry on a meeting's agenda in `text`, as the loader reads it (undefined when it is not there). */
export function entryOf(text: string, meeting: string, item: string) {
  return load(text)
    .meetings.find((m) => m.id === meeting)!
    .agenda.find((e) => agendaItemId(e) === item);
}
