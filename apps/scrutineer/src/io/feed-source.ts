import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { formatState, IcalState, type ProgrammeFeed, programmeFeed, type StateChange } from "@scrutineer/ical";
import { formatPath, formatProgrammeError, parseProgramme } from "@scrutineer/model";
import { writeFileAtomic } from "./atomic-write.js";
import { InputError, UsageError } from "./errors.js";
import { readSource } from "./load.js";

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
  return join(dirname(programmeFile), `${basename(programmeFile).replace(/\.ya?ml$/i, "")}.ical-state.json`);
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

/** The programme files named on the command line: files as given, directories searched. */
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
    if (info.isDirectory()) {
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
    throw new InputError(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
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

/** `--now`: a date (midnight UTC) or an ISO instant with a zone; otherwise the clock, read at the edge. */
export function nowFlag(value: string | undefined, clock: Date): string {
  if (value === undefined) return clock.toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return `${value}T00:00:00Z`;
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
    return new Date(value).toISOString();
  throw new UsageError(`--now ${value}: expected a date YYYY-MM-DD or an instant such as 2022-07-01T09:00:00Z`);
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
    const result = parseProgramme(await readSource(file), shown);
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

/** Write each changed state file (atomically); returns one line per file written, for stderr. */
export async function saveStates(sources: readonly FeedSource[], cwd: string): Promise<string[]> {
  const notes: string[] = [];
  for (const s of sources) {
    const text = formatState(s.feed.state);
    if (text === s.stateText) continue;
    const shown = relative(cwd, s.statePath) || s.statePath;
    try {
      await writeFileAtomic(s.statePath, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(
        `${shown}: cannot save the calendar state (${code}); without it the next export cannot number changes (use --state FILE)`,
      );
    }
    s.stateText = text;
    notes.push(`${shown}: ${describeChanges(s.feed.changes)}`);
  }
  return notes;
}

/** "8 events added" or "cyp/2022-23/2022-10 moved (SEQUENCE 1), …". */
export function describeChanges(changes: readonly StateChange[]): string {
  if (changes.length === 0) return "rewritten";
  const added = changes.filter((c) => c.kind === "added");
  const rest = changes.filter((c) => c.kind !== "added");
  const parts: string[] = [];
  if (added.length > 0) parts.push(`${added.length} event${added.length === 1 ? "" : "s"} added`);
  for (const c of rest.slice(0, 10)) parts.push(`${c.key} ${c.kind} (SEQUENCE ${c.sequence})`);
  if (rest.length > 10) parts.push(`and ${rest.length - 10} more changes`);
  return parts.join(", ");
}
