import { setYamlField, yamlEntryId, yamlSeq } from "@scrutineer/model";
import { type Document, type YAMLMap, YAMLSeq } from "yaml";
import { importedPrefix } from "./imported-ids.js";
import type { ModernGovSite } from "./site.js";

/** One thing a re-import changed (`change`) or found in the officer's way and left alone (`conflict`). */
export interface MergeChange {
  kind: "change" | "conflict";
  meeting?: string;
  item?: string;
  message: string;
}

/** Where a change or conflict is: the meeting and/or item it concerns. */
type At = { meeting?: string; item?: string };

/** What a merge says it did, in order, and how it tells ModernGov's ids from the officer's. */
export interface MergeLog {
  out: MergeChange[];
  change(message: string, at?: At): void;
  conflict(message: string, at?: At): void;
  /** True for an id this import made (keyed by the site), not one the officer wrote. */
  ours(id: string): boolean;
  /** `meeting of 2025-09-15 (example-meeting-101)`. */
  label(m: { id: string; date: string }): string;
}

/** The log of a merge from `site`. */
export function mergeLog(site: ModernGovSite): MergeLog {
  const out: MergeChange[] = [];
  const prefix = importedPrefix(site);
  return {
    out,
    change: (message, at = {}) => out.push({ kind: "change", ...at, message }),
    conflict: (message, at = {}) => out.push({ kind: "conflict", ...at, message }),
    ours: (id) => id.startsWith(prefix),
    label: (m) => `meeting of ${m.date} (${m.id})`,
  };
}

/** A merge under way: its log, the document being edited and its root map. */
export interface MergeContext extends MergeLog {
  doc: Document;
  root: YAMLMap;
  /** The top-level list `key`, made (after the first of `after` present) when the file has none. */
  ensureList(key: string, after: readonly string[]): YAMLSeq;
}

/** The context of a merge into `doc`, once its dates and cancellations are applied. */
export function mergeContext(log: MergeLog, doc: Document): MergeContext {
  const root = doc.contents as YAMLMap;
  return {
    ...log,
    doc,
    root,
    ensureList(key, after) {
      const found = yamlSeq(root, key);
      if (found) return found;
      const seq = new YAMLSeq();
      setYamlField(doc, root, key, seq, after);
      return yamlSeq(root, key)!;
    },
  };
}

/** Equal as JSON (arrays in order). */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The id of an agenda entry or list entry, when it is a string. */
export const entryId = (node: unknown): string | undefined => {
  const id = yamlEntryId(node);
  return typeof id === "string" ? id : undefined;
};

/** A meeting's fields in the order the file format writes them: a new field goes after the last of those before it. */
const MEETING_ORDER = [
  "id",
  "date",
  "start",
  "plannedEnd",
  "venue",
  "status",
  "movedFrom",
  "dateConfirmed",
  "papersDeadline",
  "dispatch",
  "agenda",
  "attendance",
];

/** The fields a meeting's `key` goes after, nearest first. */
export const meetingAnchors = (key: string) => MEETING_ORDER.slice(0, MEETING_ORDER.indexOf(key)).reverse();
