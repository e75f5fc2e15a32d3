import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { municipalYearBounds } from "@scrutineer/dates";
import { CommissionKind, Jurisdiction, plural } from "@scrutineer/model";
import {
  chooseCommittee,
  type ImportNote,
  type ImportResult,
  importProgramme,
  isModernGovError,
  type MergeChange,
  type ModernGovSite,
  mergeImport,
  modernGovSite,
  NOTE_LABELS,
  parseResponse,
  programmeYaml,
  type SourcedResponse,
  siteOfResponses,
} from "@scrutineer/moderngov";
import { createTwoFilesPatch } from "diff";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command, Io } from "../io/context.js";
import { InputError, UsageError } from "../io/errors.js";
import { fetchResponse } from "../io/moderngov-client.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.import.usage;

/** Data printed to a terminal: control characters shown escaped, long values cut. */
function shown(text: string, max = 160): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(/\p{Cc}/gu, (c) => (c === "\n" ? "⏎" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** A message made from data, for the terminal: its own line breaks kept, any other control character escaped. */
const clean = (text: string) =>
  text
    .split("\n")
    .map((line) => shown(line, Number.POSITIVE_INFINITY))
    .join("\n");

function noteLine(n: ImportNote): string {
  const where = [n.source, n.element].filter(Boolean).join(" ");
  const value = n.value !== undefined ? ` = ${JSON.stringify(shown(n.value)).slice(1, -1)}` : "";
  return `  ${NOTE_LABELS[n.code]}: ${shown(where)}${value}: ${shown(n.message)}`;
}

function changeLine(c: MergeChange): string {
  return `  ${c.kind === "conflict" ? "conflict" : "change"}: ${shown(c.message, 400)}`;
}

/** Every saved response in a folder, whatever the files are called; files that are not XML are passed over. */
async function readFolder(dir: string, cwd: string): Promise<SourcedResponse[]> {
  let names: string[];
  try {
    names = (await readdir(resolve(cwd, dir), { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort();
  } catch {
    throw new InputError(`${dir}: no such folder of saved ModernGov responses`);
  }
  const out: SourcedResponse[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(resolve(cwd, file), "utf8");
    if (
      !text
        .replace(/^\uFEFF/, "")
        .trimStart()
        .startsWith("<")
    )
      continue; // a README, a note: not a response
    try {
      out.push({ source: name, response: parseResponse(text) });
    } catch (error) {
      if (!isModernGovError(error)) throw error;
      const at = error.line ? `:${error.line}:${error.column}` : "";
      throw new InputError(`${file}${at}: ${clean(error.message)}`);
    }
  }
  if (out.length === 0) throw new InputError(`${dir}: no ModernGov responses (XML files) in this folder`);
  return out;
}

interface LiveOptions {
  timeout: string;
  retries: string;
  cache?: string;
  maxAge: string;
}

function positive(value: string, flag: string, integer = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`${flag} ${value}: expected ${integer ? "a whole number" : "a number of seconds"}`);
  return n;
}

async function fetchLive(
  site: ModernGovSite,
  committee: string,
  year: string,
  flags: LiveOptions,
  io: Io,
): Promise<SourcedResponse[]> {
  const options = {
    site,
    timeoutMs: positive(flags.timeout, "--timeout") * 1000,
    retries: positive(flags.retries, "--retries", true),
    backoffMs: 500,
    maxAgeMs: positive(flags.maxAge, "--max-age") * 1000,
    now: io.now,
    log: (line: string) => io.stderr(`${line}\n`),
    ...(flags.cache ? { cacheDir: resolve(io.cwd, flags.cache) } : {}),
  };
  io.stderr(`ModernGov at ${site.base}:\n`);
  const committees = await fetchResponse({ operation: "GetCommittees" }, options);
  const { id } = wrap(() => chooseCommittee([committees], committee));
  const { from: first, to: last } = municipalYearBounds(year);
  const meetings = await fetchResponse({ operation: "GetMeetings", committeeId: id, from: first, to: last }, options);
  const out = [committees, meetings];
  if (meetings.response.kind === "meetings")
    for (const c of meetings.response.committees)
      for (const m of c.meetings)
        if (c.committeeId === id && m.date >= first && m.date <= last)
          out.push(await fetchResponse({ operation: "GetMeeting", meetingId: m.id }, options));
  try {
    out.push(await fetchResponse({ operation: "GetCouncillorsByWard" }, options));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`  GetCouncillorsByWard: not used (${error.message})\n`);
  }
  return out;
}

function wrap<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isModernGovError(error)) throw error;
    switch (error.code) {
      case "bad-year":
      case "unknown-committee":
      case "ambiguous-committee":
      case "no-meetings":
        throw new UsageError(`scrutineer import moderngov: ${clean(error.message)}`);
      case "invalid-file":
      case "other-committee":
      case "other-year":
        throw new InputError(clean(error.message));
      default:
        throw error; // `invalid-programme`, `invalid-result`: our bug, exit 70
    }
  }
}

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function summary(result: ImportResult): string {
  const p = result.programme;
  const cancelled = p.meetings.filter((m) => m.status === "cancelled").length;
  return `${result.committee.title} (${result.committee.id}), ${p.commission.municipalYear}: ${plural(p.meetings.length, "meeting")}${cancelled ? ` (${cancelled} cancelled)` : ""}, ${plural(p.items.length, "agenda item")}, ${plural(p.members.length + p.coOptees.length, "member")}`;
}

async function importModernGov(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      from: { type: "string" },
      site: { type: "string" },
      committee: { type: "string" },
      year: { type: "string" },
      council: { type: "string" },
      jurisdiction: { type: "string" },
      kind: { type: "string" },
      output: { type: "string", short: "o" },
      "dry-run": { type: "boolean", default: false },
      report: { type: "string" },
      cache: { type: "string" },
      "max-age": { type: "string", default: "3600" },
      timeout: { type: "string", default: "20" },
      retries: { type: "string", default: "2" },
    },
    "import moderngov",
  );
  if (positionals.length > 0)
    throw new UsageError(`scrutineer import moderngov: unexpected ${positionals.join(" ")}\nusage: ${USAGE}`);
  if (!values.from && !values.site)
    throw new UsageError(
      `scrutineer import moderngov: give --from DIR (saved responses) or --site https://… (live)\nusage: ${USAGE}`,
    );
  if (!values.committee) throw new UsageError("scrutineer import moderngov: --committee ID or title is required");
  if (!values.year)
    throw new UsageError("scrutineer import moderngov: --year YYYY/YY is required (e.g. --year 2025/26)");
  if (!/^\d{4}\/\d{2}$/.test(values.year))
    throw new UsageError(`--year ${values.year}: expected a municipal year written 2025/26`);
  const jurisdiction = values.jurisdiction === undefined ? undefined : Jurisdiction.safeParse(values.jurisdiction);
  if (jurisdiction && !jurisdiction.success)
    throw new UsageError(
      `--jurisdiction ${shown(values.jurisdiction!)}: expected ${Jurisdiction.options.join(", ")} (ModernGov does not say)`,
    );
  const kind = values.kind === undefined ? undefined : CommissionKind.safeParse(values.kind);
  if (kind && !kind.success)
    throw new UsageError(`--kind ${shown(values.kind!)}: expected ${CommissionKind.options.join(", ")}`);
  let site: ModernGovSite | undefined;
  if (values.site) {
    try {
      site = modernGovSite(values.site);
    } catch {
      throw new UsageError(`--site ${values.site}: expected the site's address, e.g. https://democracy.example.gov.uk`);
    }
  }
  let responses: SourcedResponse[];
  if (values.from) {
    responses = await readFolder(values.from, io.cwd);
    site ??= siteOfResponses(responses);
    if (!site) throw new UsageError(`${values.from}: the responses name no site: give --site https://… to key the ids`);
  } else
    responses = await fetchLive(
      site!,
      values.committee,
      values.year,
      {
        timeout: values.timeout,
        retries: values.retries,
        maxAge: values["max-age"],
        ...(values.cache ? { cache: values.cache } : {}),
      },
      io,
    );

  const result = wrap(() =>
    importProgramme(responses, {
      site: site!,
      committee: values.committee!,
      year: values.year!,
      ...(values.council ? { council: values.council } : {}),
      ...(jurisdiction?.data ? { jurisdiction: jurisdiction.data } : {}),
      ...(kind?.data ? { kind: kind.data } : {}),
    }),
  );
  const out = values.output ? resolve(io.cwd, values.output) : undefined;
  const shownPath = values.output ?? "";
  const before = out ? await readIfThere(out) : undefined;
  const lines: string[] = [clean(summary(result))];
  let text: string;
  if (before !== undefined) {
    const merged = wrap(() => mergeImport(before, result, site!, shownPath));
    text = merged.text;
    lines.push(
      merged.changes.length + merged.conflicts.length === 0
        ? `${shownPath}: already up to date with ModernGov`
        : `${shownPath}: ${plural(merged.changes.length, "change")}, ${plural(merged.conflicts.length, "conflict")}`,
    );
    for (const c of [...merged.changes, ...merged.conflicts]) lines.push(changeLine(c));
  } else text = programmeYaml(result.input, site!, result.committee.id);

  lines.push(`report: ${plural(result.report.length, "note")} (what the programme does not hold, with its value)`);
  for (const n of result.report) lines.push(noteLine(n));
  const report = `${lines.join("\n")}\n`;

  if (values["dry-run"]) {
    io.stdout(report);
    if (out) {
      const diff =
        text === before
          ? ""
          : createTwoFilesPatch(before === undefined ? "/dev/null" : shownPath, shownPath, before ?? "", text, "", "", {
              context: 2,
            });
      io.stdout(
        diff
          ? `\n${diff
              .split("\n")
              .map((l) => shown(l, 1000))
              .join("\n")}`
          : "\nno change to write\n",
      );
    } else io.stdout(`\n${text}`);
    io.stdout("\n(dry run: nothing written)\n");
    return 0;
  }
  if (values.report)
    await writeFileAtomic(resolve(io.cwd, values.report), `${JSON.stringify(result.report, null, 2)}\n`);
  if (!out) {
    io.stdout(text);
    io.stderr(report);
    return 0;
  }
  if (text !== before) await writeFileAtomic(out, text);
  io.stdout(
    `${before === undefined ? `wrote ${shownPath}` : text === before ? `${shownPath} unchanged` : `updated ${shownPath}`}\n${report}`,
  );
  return 0;
}

/** `scrutineer import`: start or update a programme from the system a council already runs. */
export const importCommand: Command = {
  ...catalogue.import,
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what === "moderngov") return importModernGov(rest, io);
    throw new UsageError(
      what === undefined
        ? `usage: ${USAGE}`
        : `scrutineer import: unknown source "${what}" (moderngov)\nusage: ${USAGE}`,
    );
  },
};
