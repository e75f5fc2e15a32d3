import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { registerFor } from "@scrutineer/council";
import { parseFlags } from "../io/args.js";
import type { Command, Io } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { hashSource, judgeJournal, type Recovery, readJournal, setJournalAside, writeJournal } from "../io/journal.js";
import { loadProgramme } from "../io/load.js";
import { isCouncilFolder, loadCouncil } from "../io/load-council.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";
import { helpText } from "./help.js";

const USAGE = catalogue.plan.usage;

function noProgrammeHere(io: Io): number {
  io.stderr(`There is no programme.yaml in ${io.cwd}: name a programme file.\n\n${helpText()}`);
  return 2;
}

/** Colour unless NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
function wantsColour(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR && env.TERM !== "dumb";
}

/** What to offer about a journal of unsaved edits found beside the file. */
async function recoveryFor(file: string, source: string): Promise<Recovery | undefined> {
  const read = await readJournal(file);
  if (read.kind === "none") return undefined;
  if (read.kind === "unreadable") {
    const keptAt = await setJournalAside(file);
    return { kind: "refused", reason: `The journal of unsaved edits could not be read: ${read.reason}.`, keptAt };
  }
  const verdict = judgeJournal(read.journal, source, file);
  if (verdict.kind === "stale") {
    await writeJournal(file, null); // the file already holds those edits
    return undefined;
  }
  if (verdict.kind === "offer") return { kind: "offer", journal: read.journal };
  return { kind: "refused", reason: verdict.reason, keptAt: await setJournalAside(file) };
}

export const plan: Command = {
  ...catalogue.plan,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { now: { type: "string" } }, "plan");
    if (positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
    // Checked first: in a pipe or CI the planner could only hang waiting for keys.
    if (!io.isTTY) {
      io.stderr(
        "scrutineer plan needs an interactive terminal (its input and output must be a TTY).\n" +
          "In scripts, pipes and CI use: scrutineer check <programme.yaml> [--json]\n",
      );
      return 2;
    }
    // Ink draws only the last frame when it thinks it runs in CI (it reads CI= at import). Here
    // both ends are a terminal, so an officer's shell that happens to export CI still gets the app.
    if (process.env.CI !== undefined) delete process.env.CI;
    // Ink and React load (the slow part of start-up) while the file is read and checked.
    const planner = import("../planner/run.js");
    planner.catch(() => undefined);
    let file = positionals[0];
    if (!file) {
      const here = join(io.cwd, "programme.yaml");
      if (!existsSync(here)) return noProgrammeHere(io);
      file = here;
    }
    const path = isAbsolute(file) ? file : join(io.cwd, file);
    // "Today" is read once here: --now (a date, or an instant for the calendar exports) or the clock.
    const { instant: now, today } = parseNow(values.now, io.now);
    // A council folder: its committees, each opened on its own programme file.
    if (await isCouncilFolder(path)) return planCouncil(file, io, planner, { now, today });
    // Errors name the file as the officer typed it.
    const loaded = await loadProgramme(file, io.cwd);
    const recovery = await recoveryFor(path, loaded.source);
    // Imported here, not at the top, so `check` and the other commands never pay for Ink and React.
    const { runPlanner } = await planner;
    return runPlanner({
      init: {
        file,
        source: loaded.source,
        baseHash: hashSource(loaded.source),
        today,
        parsed: loaded,
        ...(recovery ? { recovery } : {}),
      },
      path,
      cwd: io.cwd,
      now,
      colour: wantsColour(process.env),
    });
  },
};

/**
 * `scrutineer plan <council-folder>`: every committee's programme read (all errors of all files
 * at once, exit 2, as `check` does), each with any journal of unsaved edits found beside it.
 */
async function planCouncil(
  dir: string,
  io: Io,
  planner: Promise<typeof import("../planner/run.js")>,
  when: { now: string; today: string },
): Promise<number> {
  const loaded = await loadCouncil(dir, io.cwd);
  const { council } = loaded.folder;
  const paths = new Map<string, string>();
  const committees = [];
  for (const committee of loaded.folder.committees) {
    const read = loaded.sources.find((s) => s.id === committee.entry.id);
    if (!read) continue;
    const path = resolve(io.cwd, committee.file);
    paths.set(committee.entry.id, path);
    const recovery = await recoveryFor(path, read.source);
    committees.push({
      entry: committee.entry,
      file: committee.file,
      index: committee.index,
      init: {
        file: committee.file,
        source: read.source,
        baseHash: hashSource(read.source),
        today: when.today,
        parsed: read.parsed,
        parse: { register: registerFor(council, committee.entry) },
        ...(recovery ? { recovery } : {}),
      },
    });
  }
  const { runCouncilPlanner } = await planner;
  return runCouncilPlanner({
    init: { council, file: loaded.file, today: when.today, committees },
    paths,
    cwd: io.cwd,
    now: when.now,
    colour: wantsColour(process.env),
  });
}
