import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { render } from "ink";
import { writeFileAtomic, writeFilesAtomic } from "../io/atomic-write.js";
import { readState, statePathFor } from "../io/feed-source.js";
import { hashSource, writeJournal } from "../io/journal.js";
import { Planner } from "./app.js";
import { CouncilPlanner } from "./council-app.js";
import type { PlannerIo } from "./hooks/use-side-effects.js";
import type { CouncilInit } from "./state/council.js";
import type { PlannerInit } from "./state/index.js";

export interface RunOptions {
  init: PlannerInit;
  /** The programme file's path as the officer gave it. */
  path: string;
  cwd: string;
  now: string;
  colour: boolean;
}

/** Real files for the planner: the programme, its journal and the exports folder beside it. */
export function fileIo(path: string, cwd: string): PlannerIo {
  return {
    async diskHash() {
      try {
        return hashSource(await readFile(path, "utf8"));
      } catch {
        return undefined;
      }
    },
    async save(source) {
      await writeFileAtomic(path, source, { shown: relative(cwd, path) || path });
      return hashSource(source);
    },
    writeJournal: (journal) => writeJournal(path, journal),
    async writeExports(files) {
      const writes = files.map(({ name, content }) => {
        const out = name === "ical-state" ? statePathFor(path) : join(dirname(path), "exports", name);
        return { path: out, content, shown: relative(cwd, out) || out };
      });
      await writeFilesAtomic(writes);
      return writes.map((w) => w.shown);
    },
    async readIcalState() {
      return (await readState(statePathFor(path), relative(cwd, statePathFor(path)))).state;
    },
  };
}

const ENTER_ALT_SCREEN = "\x1b[?1049h\x1b[H";
const LEAVE_ALT_SCREEN = "\x1b[?1049l";

/**
 * Run the planner full screen on the real terminal until the officer quits. The alternate
 * screen keeps their shell's scrollback as it was. Every edit is already in the journal, so a
 * closed terminal (SIGHUP) or SIGTERM just leaves; the next start offers the edits back.
 */
export async function runPlanner(options: RunOptions): Promise<number> {
  return runFullScreen(
    <Planner init={options.init} io={fileIo(options.path, options.cwd)} now={options.now} colour={options.colour} />,
  );
}

export interface RunCouncilOptions {
  init: CouncilInit;
  /** Each committee's programme file by committee id, as a path from `cwd`. */
  paths: ReadonlyMap<string, string>;
  cwd: string;
  now: string;
  colour: boolean;
}

/** Run the planner on a council folder, full screen, as `runPlanner`: each committee's files are its own. */
export async function runCouncilPlanner(options: RunCouncilOptions): Promise<number> {
  return runFullScreen(
    <CouncilPlanner
      init={options.init}
      ioFor={(slot) => fileIo(options.paths.get(slot.entry.id) ?? slot.file, options.cwd)}
      now={options.now}
      colour={options.colour}
    />,
  );
}

async function runFullScreen(app: React.ReactElement): Promise<number> {
  const { stdout } = process;
  stdout.write(ENTER_ALT_SCREEN);
  const instance = render(app, { exitOnCtrlC: false, patchConsole: true });
  const leave = (code: number) => () => {
    instance.unmount();
    stdout.write(LEAVE_ALT_SCREEN);
    process.exit(code);
  };
  const onHup = leave(129);
  const onTerm = leave(143);
  process.once("SIGHUP", onHup);
  process.once("SIGTERM", onTerm);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off("SIGHUP", onHup);
    process.off("SIGTERM", onTerm);
    stdout.write(LEAVE_ALT_SCREEN);
  }
  return 0;
}
