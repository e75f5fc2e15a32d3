import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import {
  commissionCalendar,
  DuplicateEventError,
  deadlinesCalendar,
  feedSite,
  memberCalendar,
  sittingMembers,
  UnknownPersonError,
} from "@scrutineer/ical";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command, Io } from "../io/context.js";
import { InputError, UsageError } from "../io/errors.js";
import { type FeedSource, loadFeedSources, nowFlag, programmeFiles, saveStates } from "../io/feed-source.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.export.usage;

/** `--base-url`: an absolute http(s) address, so the index can offer webcal links. */
export function baseUrlFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url ${value}: expected an address such as https://example.gov.uk/calendars/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(`--base-url ${value}: expected an http or https address`);
  return url.href;
}

/** Package errors that mean bad input, as the CLI reports them (exit 2). */
export function asInputError(error: unknown, sources: readonly FeedSource[]): unknown {
  if (error instanceof UnknownPersonError) {
    const known = error.known.length > 0 ? ` (known: ${error.known.join(", ")})` : "";
    return new UsageError(`--member ${error.person}: no councillor or co-optee with that id${known}`);
  }
  if (error instanceof DuplicateEventError) {
    return new InputError(`${sources.map((s) => s.file).join(", ")}: ${error.message}`);
  }
  return error;
}

async function exportIcs(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      member: { type: "string" },
      deadlines: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      state: { type: "string" },
      now: { type: "string" },
    },
    "export ics",
  );
  if (positionals.length === 0) throw new UsageError(`usage: ${USAGE}`);
  if (values.member !== undefined && values.deadlines)
    throw new UsageError("scrutineer export ics: --member and --deadlines are different feeds: give one");
  if (values.output === "") throw new UsageError("scrutineer export ics: -o needs a file name");
  const now = nowFlag(values.now, io.now);
  const files = await programmeFiles(positionals, io.cwd);
  const sources = await loadFeedSources(files, {
    now,
    cwd: io.cwd,
    ...(values.state ? { statePath: values.state } : {}),
  });
  const feeds = sources.map((s) => s.feed);
  let text: string;
  try {
    if (values.member !== undefined) text = memberCalendar(feeds, values.member);
    else if (values.deadlines) text = deadlinesCalendar(feeds);
    else text = commissionCalendar(feeds);
  } catch (error) {
    throw asInputError(error, sources);
  }
  // The feed, then the state it was numbered with: if the state cannot be saved the next export
  // numbers the same change again, with the same SEQUENCE, which clients read as the same revision.
  if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text);
  else io.stdout(text);
  for (const note of await saveStates(sources, io.cwd)) io.stderr(`${note}\n`);
  return 0;
}

async function unchanged(path: string, body: string): Promise<boolean> {
  try {
    return (await readFile(path, "utf8")) === body;
  } catch {
    return false;
  }
}

async function exportSite(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      "out-dir": { type: "string" },
      "base-url": { type: "string" },
      now: { type: "string" },
    },
    "export site",
  );
  if (positionals.length === 0) throw new UsageError(`usage: ${USAGE}`);
  const outDir = values["out-dir"];
  if (!outDir) throw new UsageError("scrutineer export site: --out-dir DIR is required");
  const baseUrl = baseUrlFlag(values["base-url"]);
  const now = nowFlag(values.now, io.now);
  const files = await programmeFiles(positionals, io.cwd);
  const sources = await loadFeedSources(files, { now, cwd: io.cwd });
  let site: ReturnType<typeof feedSite>;
  try {
    site = feedSite(
      sources.map((s) => s.feed),
      baseUrl ? { baseUrl } : {},
    );
  } catch (error) {
    throw asInputError(error, sources);
  }
  const root = resolve(io.cwd, outDir);
  let written = 0;
  // Unchanged files are left alone, so a web server's Last-Modified and ETag stay put for them.
  for (const file of site) {
    const path = join(root, ...file.path.split("/"));
    if (await unchanged(path, file.body)) continue;
    await writeFileAtomic(path, file.body);
    written++;
  }
  const members = sittingMembers(sources.map((s) => s.feed)).length;
  const commissions = site.filter((f) => f.path.endsWith("-deadlines.ics")).length;
  const shown = relative(io.cwd, root) || ".";
  io.stdout(
    `${shown}/: index.html, ${commissions} commission feed${commissions === 1 ? "" : "s"} with their deadlines, ${members} member feed${members === 1 ? "" : "s"} (${site.length} files, ${written} written)\n`,
  );
  for (const note of await saveStates(sources, io.cwd)) io.stderr(`${note}\n`);
  return 0;
}

/** `scrutineer export`: calendar feeds as one .ics file, or a static folder of every feed. */
export const exportCommand: Command = {
  ...catalogue.export,
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === "ics") return exportIcs(rest, io);
    if (what === "site") return exportSite(rest, io);
    throw new UsageError(
      what === undefined
        ? `usage: ${USAGE}`
        : `scrutineer export: unknown format "${what}" (ics or site)\nusage: ${USAGE}`,
    );
  },
};
