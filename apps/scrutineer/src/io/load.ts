import { readFile } from "node:fs/promises";
import { formatProgrammeError, type ParseResult, type Programme, parseProgramme } from "@scrutineer/model";
import { InputError } from "./errors.js";

/** A programme read from disk: its data, the YAML document (for comment-keeping saves) and its text. */
export type LoadedProgramme = Extract<ParseResult, { ok: true }> & { file: string; source: string };

export async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${file}: no such file`);
    if (code === "EISDIR") throw new InputError(`${file}: is a directory, expected a programme .yaml file`);
    throw new InputError(`${file}: cannot be read (${code ?? String(error)})`);
  }
}

/** Read and validate a programme file; every error becomes one `file:line:column: path: message` line. */
export async function loadProgramme(file: string): Promise<LoadedProgramme> {
  const source = await readSource(file);
  const result = parseProgramme(source, file);
  if (!result.ok) throw new InputError(result.errors.map(formatProgrammeError).join("\n"));
  return { ...result, file, source };
}

export type { Programme };
