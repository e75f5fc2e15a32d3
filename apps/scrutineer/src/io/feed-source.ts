import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { registerFor } from "@scrutineer/council";
import { formatState, IcalState, type ProgrammeFeed, programmeFeed, type StateChange } from "@scrutineer/ical";
import { formatPath, formatProgrammeError, parseProgramme, plural, type RegisterFill } from "@scrutineer/model";
import { type FileWrite, writeFilesAtomic } from "./atomic-write.js";
import { InputError, UsageError } from "./errors.js";
import { asFileError } from "./file-errors.js";
import { readSource } from "./load.js";
import { isCouncilFolder, loadCouncil } from "./load-council.js";
import { STATE_FILE_SUFFIX, stateFileNote } from "./state-file.js";

/**
 * The edge of the calendar feeds: finding programme files, reading and writing the state file
 * kept beside each (`programme.yaml` → `programme.ical-state.json`), and numbering the events.
 * The state file is what keeps SEQUENCE rising and DTSTAMP steady across exports on any
 * machine: commit it with the programme.
 */

/** A programme file with its feed, its state file and what changed since the state was saved. */
export interface FeedSource {
  file: string;
  statePath: string;
  /** The state file's text as read (undefined when there was none). */
  stateText?: string;
  feed: ProgrammeFeed;
}

/** `programme.yaml` → `programme.ical-state.json`, beside it. */
export function statePathFor(programmeFile: string): string {
  return join(dirname(programmeFile), `${basename(programmeFile).replace(/\.ya?ml$/i, "")}${STATE_FILE_SUFFIX}`);
}

const SKIP_DIRS = new Set(["node_modules", "dist"]);

/** Every `.yaml`/`.yml` file under a directory (dot-directories and node_modules skipped), sorted. */
async function yamlFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) out.push(...(await yamlFilesUnder(path)));
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * The register each programme of a council folder is read with (council.yaml's people, by id),
 * by the programme's absolute path: filled by `programmeFiles` for the folders it expands.
 */
const councilRegisters = new Map<string, RegisterFill>();

/** The programme files named on the command line: files as given, directories searched, a council folder's committees. */
export async function programmeFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(abs);
    } catch {
      throw new InputError(`${p}: no such file or directory`);
    }
    if (info.isDirectory() && (await isCouncilFolder(abs))) {
      // A council folder: its committees' programmes, each read with the register.
      const { folder } = await loadCouncil(p, cwd);
      for (const c of folder.committees) {
        const file = resolve(cwd, c.file);
        councilRegisters.set(file, registerFor(folder.council, c.entry));
        files.push(file);
      }
    } else if (info.isDirectory()) {
      const found = await yamlFilesUnder(abs);
      if (found.length === 0) throw new InputError(`${p}: no programme .yaml files in this directory`);
      files.push(...found);
    } else files.push(abs);
  }
  return [...new Set(files)];
}

/** The saved state, or undefined when there is none yet. A damaged file is an input error, never ignored. */
export async function readState(path: string, shown = path): Promise<{ state?: IcalState; text?: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw asFileError(error, { action: "read", shown });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${shown}: not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  const parsed = IcalState.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${shown}: ${issue ? `${formatPath(issue.path)}: ${issue.message}` : "not a calendar state file"}; restore it from version control`,
    );
  }
  return { state: parsed.data, text };
}

/** Load every programme and number its events against its saved state. Nothing is written. */
export async function loadFeedSources(
  files: readonly string[],
  options: { now: string; cwd: string; statePath?: string },
): Promise<FeedSource[]> {
  if (options.statePath && files.length > 1) throw new UsageError("--state: only with a single programme file");
  const sources: FeedSource[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    const shown = relative(options.cwd, file) || file;
    // Errors name the file as the user sees it, relative to where they stand.
    const register = councilRegisters.get(file);
    const result = parseProgramme(await readSource(file, shown), shown, register ? { register } : {});
    if (!result.ok) throw new InputError(result.errors.map(formatProgrammeError).join("\n"));
    const { programme } = result;
    const owner = `${programme.commission.id} ${programme.commission.municipalYear}`;
    const other = owners.get(owner);
    if (other) {
      throw new InputError(
        `${shown}: the ${programme.commission.id} commission's ${programme.commission.municipalYear} programme is also in ${other}: load one of them`,
      );
    }
    owners.set(owner, shown);
    const statePath = options.statePath ? resolve(options.cwd, options.statePath) : statePathFor(file);
    const { state, text } = await readState(statePath, relative(options.cwd, statePath) || statePath);
    const feed = programmeFeed(programme, { now: options.now, ...(state ? { previous: state } : {}) });
    const source: FeedSource = { file, statePath, feed };
    if (text !== undefined) source.stateText = text;
    sources.push(source);
  }
  return sources;
}

/** The state files to write (the changed ones), with one line per file for stderr once written. */
export function stateWrites(sources: readonly FeedSource[], cwd: string): { writes: FileWrite[]; notes: string[] } {
  const writes: FileWrite[] = [];
  const notes: string[] = [];
  for (const s of sources) {
    const content = formatState(s.feed.state);
    if (content === s.stateText) continue;
    const shown = relative(cwd, s.statePath) || s.statePath;
    writes.push({
      path: s.statePath,
      content,
      shown,
      hint: "without the calendar state the next export cannot number changes (use --state FILE)",
    });
    notes.push(stateFileNote(shown, describeChanges(s.feed.changes)));
  }
  return { writes, notes };
}

/** Write each changed state file (atomically, all or none); returns one line per file written, for stderr. */
export async function saveStates(sources: readonly FeedSource[], cwd: string): Promise<string[]> {
  const { writes, notes } = stateWrites(sources, cwd);
  await writeFilesAtomic(writes);
  markSaved(sources);
  return notes;
}

/** Record that the states were written, so an unchanged state is not written again. */
export function markSaved(sources: readonly FeedSource[]): void {
  for (const s of sources) s.stateText = formatState(s.feed.state);
}

/** "8 events added" or "cyp/2022-23/2022-10 moved (SEQUENCE 1), …". */
export function describeChanges(changes: readonly StateChange[]): string {
  if (changes.length === 0) return "rewritten";
  const added = changes.filter((c) => c.kind === "added");
  const rest = changes.filter((c) => c.kind !== "added");
  const parts: string[] = [];
  if (added.length > 0) parts.push(`${plural(added.length, "event")} added`);
  for (const c of rest.slice(0, 10)) parts.push(`${c.key} ${c.kind} (SEQUENCE ${c.sequence})`);
  if (rest.length > 10) parts.push(`and ${rest.length - 10} more changes`);
  return parts.join(", ");
}
