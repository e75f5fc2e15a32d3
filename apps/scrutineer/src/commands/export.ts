import { relative, resolve } from "node:path";
import {
  type CalendarChoice,
  calendarChunks,
  DuplicateEventError,
  feedSite,
  sittingMembers,
  UnknownPersonError,
} from "@scrutineer/ical";
import { bodyWord, plural } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import { type FileWrite, type PreparedWrite, prepareWrites } from "../io/atomic-write.js";
import type { Command, Io } from "../io/context.js";
import { InputError, UsageError } from "../io/errors.js";
import { type FeedSource, loadFeedSources, markSaved, programmeFiles, stateWrites } from "../io/feed-source.js";
import { isCouncilFolder } from "../io/load-council.js";
import { parseNow } from "../io/now.js";
import { stageSite } from "../io/publish-site.js";
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
  const now = parseNow(values.now, io.now).instant;
  const files = await programmeFiles(positionals, io.cwd);
  const sources = await loadFeedSources(files, {
    now,
    cwd: io.cwd,
    ...(values.state ? { statePath: values.state } : {}),
  });
  const feeds = sources.map((s) => s.feed);
  const choice: CalendarChoice =
    values.member !== undefined
      ? { kind: "member", person: values.member }
      : values.deadlines
        ? { kind: "deadlines" }
        : { kind: "commission" };
  // The feed in pieces, written to disk as it is made: a large export is never held whole.
  // Errors (an unknown member, a duplicate event) come before the first piece.
  let feed: Iterable<string>;
  try {
    // A member's own feed and the officers' own feed are not published: they hold private
    // briefings too. The published site and `serve` never do (feed-site.ts).
    feed = calendarChunks(feeds, choice, { privateEvents: choice.kind !== "commission" });
  } catch (error) {
    throw asInputError(error, sources);
  }
  // The feed, then the state it was numbered with: if the state cannot be saved the next export
  // numbers the same change again, with the same SEQUENCE, which clients read as the same revision.
  // Both are prepared (written beside their targets) before either is put in place, so a
  // read-only folder or a full disk for one leaves both as they were.
  const states = stateWrites(sources, io.cwd);
  // Counted as the pieces go by (each is whole lines), for the summary.
  let events = 0;
  const counted = (function* () {
    for (const piece of feed) {
      events += piece.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
      yield piece;
    }
  })();
  const output: FileWrite[] = values.output
    ? [{ path: resolve(io.cwd, values.output), content: counted, shown: values.output }]
    : [];
  const prepared = await prepareWrites([...output, ...states.writes]);
  if (!values.output) for (const piece of counted) io.stdout(piece);
  for (const p of prepared) await p.commit();
  markSaved(sources);
  // What was written, on standard error (standard output may be the feed itself).
  if (values.output) io.stderr(`wrote ${values.output}: ${plural(events, "event")}\n`);
  for (const note of states.notes) io.stderr(`${note}\n`);
  return 0;
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
  const { instant: now, today } = parseNow(values.now, io.now);
  const files = await programmeFiles(positionals, io.cwd);
  const sources = await loadFeedSources(files, { now, cwd: io.cwd });
  // A site made from one council folder also publishes the council overview, linked from its index
  // (loaded only then: React's renderer stays out of the feeds' start-up).
  const [first] = positionals;
  const overviewOf =
    positionals.length === 1 && first !== undefined && (await isCouncilFolder(resolve(io.cwd, first)))
      ? await import("./export-overview.js")
      : undefined;
  let site: ReturnType<typeof feedSite>;
  try {
    site = feedSite(
      sources.map((s) => s.feed),
      { ...(baseUrl ? { baseUrl } : {}), ...(overviewOf ? { documents: [overviewOf.OVERVIEW_PAGE] } : {}) },
    );
  } catch (error) {
    throw asInputError(error, sources);
  }
  const overview =
    overviewOf && first !== undefined
      ? await overviewOf.overviewPage(first, io.cwd, today, site.find((f) => f.path === "index.html")!.modified)
      : undefined;
  if (overview) site = [...site, overview].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const root = resolve(io.cwd, outDir);
  const shown = relative(io.cwd, root) || ".";
  // The whole site is built beside the folder and the states written beside theirs before
  // anything is swapped in: a fault in either leaves the old site and the old states.
  const staged = await stageSite(root, site, shown);
  const states = stateWrites(sources, io.cwd);
  let prepared: PreparedWrite[];
  try {
    prepared = await prepareWrites(states.writes);
  } catch (error) {
    await staged.abort();
    throw error;
  }
  await staged.swap();
  for (const p of prepared) await p.commit();
  markSaved(sources);
  const members = sittingMembers(sources.map((s) => s.feed)).length;
  const commissions = site.filter((f) => f.path.endsWith("-deadlines.ics")).length;
  const kinds = new Set(sources.map((s) => s.feed.programme.commission.kind));
  const feedWord = kinds.size === 1 ? `${bodyWord([...kinds][0]!, { lower: true })} feed` : "commission feed";
  io.stdout(
    `${shown}/: index.html, ${plural(commissions, feedWord)} with their deadlines, ${plural(members, "member feed")}${overview ? ", the council overview" : ""} (${plural(site.length, "file")}, ${staged.written} written)\n`,
  );
  for (const note of states.notes) io.stderr(`${note}\n`);
  // Optional, so a site can be built before its address is known; but its links are then relative.
  if (!baseUrl)
    io.stderr(
      `the feed links in ${shown}/index.html are relative (${site.find((f) => /^[^/]+(?<!-deadlines)\.ics$/.test(f.path))?.path ?? "an .ics file"}), so the page shows no full address to copy and no webcal:// link: give --base-url https://… (the address the folder will be published at) to make them absolute\n`,
    );
  return 0;
}

/** `scrutineer export`: calendar feeds as one .ics file, or a static folder of every feed. */
export const exportCommand: Command = {
  ...catalogue.export,
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === "ics") return exportIcs(rest, io);
    if (what === "site") return exportSite(rest, io);
    if (what === "ocd") return (await import("./export-ocd.js")).exportOcd(rest, io, USAGE);
    // Loaded only when asked for: React's renderer stays out of the feeds' start-up.
    if (what === "overview") return (await import("./export-overview.js")).exportOverview(rest, io, USAGE);
    throw new UsageError(
      what === undefined
        ? `usage: ${USAGE}`
        : `scrutineer export: unknown format "${what}" (ics, site, ocd or overview)\nusage: ${USAGE}`,
    );
  },
};
