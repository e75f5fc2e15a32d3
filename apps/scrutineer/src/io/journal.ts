import { createHash } from "node:crypto";
import { readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ProgrammeEdit } from "@scrutineer/model";
import * as z from "zod";
import { writeFileAtomic } from "./atomic-write.js";

/**
 * The planner's journal of unsaved edits: a file beside the programme, rewritten atomically
 * after every edit, so that a crash, a closed terminal or a SIGKILL loses nothing. It names
 * the programme file's content it was made against (by hash): edits are only replayed onto
 * that exact content, never onto a file someone has changed since.
 */
export const Journal = z.strictObject({
  version: z.literal(1),
  /** The programme file's name, for the officer reading the journal by hand. */
  file: z.string(),
  /** SHA-256 of the programme file as it was on disk when the edits began (opened or last saved). */
  baseHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The edits since then, oldest first. */
  edits: z.array(ProgrammeEdit),
  /** One line per edit, as the planner showed it. */
  descriptions: z.array(z.string()),
  /** The file's full text after the edits: what a recovery restores, checked against a replay. */
  source: z.string(),
});
export type Journal = z.infer<typeof Journal>;

export function hashSource(source: string): string {
  return createHash("sha256").update(source, "utf8").digest("hex");
}

/** `dir/.programme.yaml.scrutineer-journal` for `dir/programme.yaml`. */
export function journalPath(programmeFile: string): string {
  return join(dirname(programmeFile), `.${basename(programmeFile)}.scrutineer-journal`);
}

export type JournalRead =
  | { kind: "none" }
  | { kind: "ok"; journal: Journal; path: string }
  | { kind: "unreadable"; path: string; reason: string };

export async function readJournal(programmeFile: string): Promise<JournalRead> {
  const path = journalPath(programmeFile);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    return { kind: "unreadable", path, reason: (error as Error).message };
  }
  try {
    const parsed = Journal.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: "ok", journal: parsed.data, path };
    return { kind: "unreadable", path, reason: parsed.error.issues[0]?.message ?? "not a planner journal" };
  } catch (error) {
    return { kind: "unreadable", path, reason: `not JSON (${(error as Error).message})` };
  }
}

/** Write the journal (atomically), or remove it when there is nothing unsaved. */
export async function writeJournal(programmeFile: string, journal: Journal | null): Promise<void> {
  const path = journalPath(programmeFile);
  if (journal === null) await rm(path, { force: true });
  // The full source, sensitive natures included: readable by the officer alone, whatever the umask.
  else await writeFileAtomic(path, `${JSON.stringify(journal, null, 2)}\n`, { mode: 0o600 });
}

/** Keep a journal that cannot be replayed, out of the way of the new one: `….scrutineer-journal.rejected-<hash>`. */
export async function setJournalAside(programmeFile: string): Promise<string> {
  const path = journalPath(programmeFile);
  const aside = `${path}.rejected-${hashSource(await readFile(path, "utf8")).slice(0, 8)}`;
  await rename(path, aside);
  return aside;
}

/** What the planner offers at start-up about a journal it found. */
export type Recovery = { kind: "offer"; journal: Journal } | { kind: "refused"; reason: string; keptAt: string };

export type Verdict = { kind: "offer" } | { kind: "stale" } | { kind: "refused"; reason: string };

/**
 * Decide on a journal against the programme file's current text:
 * - its result is what is on disk already (the app was killed after saving, before tidying up): nothing to recover;
 * - it was made against this very text: offer it;
 * - the file has changed since: refuse, because replaying could undo those changes.
 */
export function judgeJournal(journal: Journal, source: string, file: string): Verdict {
  const hash = hashSource(source);
  if (hashSource(journal.source) === hash) return { kind: "stale" };
  if (journal.baseHash === hash) return { kind: "offer" };
  const n = Math.max(journal.edits.length, journal.descriptions.length);
  return {
    kind: "refused",
    reason: `${basename(file)} has changed since ${n === 1 ? "the unsaved edit was" : `the ${n} unsaved edits were`} made (it was saved or edited elsewhere), so replaying them could undo those changes. They were not applied.`,
  };
}
