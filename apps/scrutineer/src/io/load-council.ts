import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Committee, type CouncilFolder, councilFolder, parseCommittee, parseCouncil } from "@scrutineer/council";
import { formatProgrammeError, type ParseResult, type ProgrammeError } from "@scrutineer/model";
import { InputError } from "./errors.js";
import { readSource } from "./load.js";

/** The file every council folder holds. */
export const COUNCIL_FILE = "council.yaml";

/** Whether a path is a folder (a council folder, when it holds council.yaml). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path is a folder holding council.yaml (else `check` reads it as a programme file, and says what it is). */
export async function isCouncilFolder(path: string): Promise<boolean> {
  try {
    return (await stat(join(path, COUNCIL_FILE))).isFile() && (await isFolder(path));
  } catch {
    return false;
  }
}

/** A council folder read from disk: council.yaml and each committee's programme, with the files as shown. */
export interface LoadedCouncil {
  folder: CouncilFolder;
  /** council.yaml's path as shown in messages. */
  file: string;
  /** Each committee's programme text and its parse, in council.yaml's order (the planner opens them). */
  sources: ReadonlyArray<{ id: string; source: string; parsed: ParseResult & { ok: true } }>;
}

/**
 * Read a council folder (from `cwd`, named as the officer gave it): council.yaml, then every
 * committee's programme (relative to the folder),
 * each filled from the register. Every error of every file is reported together, one
 * `file:line:column: path: message` line each (an InputError, exit 2); nothing is read twice.
 */
export async function loadCouncil(dir: string, cwd = "."): Promise<LoadedCouncil> {
  const file = join(dir, COUNCIL_FILE);
  if (!(await isFolder(resolve(cwd, dir)))) throw new InputError(`${dir}: not a folder`);
  const source = await readSource(resolve(cwd, file), file).catch((error: unknown) => {
    if (error instanceof InputError && error.message === `${file}: no such file`)
      throw new InputError(
        `${dir}: no ${COUNCIL_FILE} in this folder (a council folder starts with one: docs/council-wide.md)`,
      );
    throw error;
  });
  const parsed = parseCouncil(source, file);
  if (!parsed.ok) throw new InputError(parsed.errors.map(formatProgrammeError).join("\n"));
  const errors: ProgrammeError[] = [];
  const failures: string[] = [];
  const committees: Array<Parameters<typeof councilFolder>[1][number]> = [];
  const sources: Array<LoadedCouncil["sources"][number]> = [];
  for (const entry of parsed.council.committees) {
    // Relative to the folder as it was given (join normalises `..`).
    const shown = join(dir, entry.programme);
    let text: string;
    try {
      text = await readSource(resolve(cwd, shown), shown);
    } catch (error) {
      if (error instanceof InputError) {
        failures.push(error.message);
        continue;
      }
      throw error;
    }
    const programme = parseCommittee(parsed.council, entry, text, shown);
    if (programme.ok) {
      committees.push({ entry, file: shown, programme });
      sources.push({ id: entry.id, source: text, parsed: programme });
    } else errors.push(...programme.errors);
  }
  if (errors.length > 0 || failures.length > 0)
    throw new InputError([...failures, ...errors.map(formatProgrammeError)].join("\n"));
  return { folder: councilFolder(parsed.council, committees), file, sources };
}

export type { Committee };
