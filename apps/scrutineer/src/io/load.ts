import { open } from "node:fs/promises";
import { resolve } from "node:path";
import {
  decodeProgramme,
  formatProgrammeError,
  type ParseResult,
  type Programme,
  parseProgramme,
  programmeLimits,
} from "@scrutineer/model";
import { InputError } from "./errors.js";
import { asFileError } from "./file-errors.js";

/** A programme read from disk: its data, the YAML document (for comment-keeping saves) and its text. */
export type LoadedProgramme = Extract<ParseResult, { ok: true }> & { file: string; source: string };

/**
 * A programme file's text. Reads at most one byte more than the size limit, so a huge file, a
 * device such as /dev/zero or a file that grows while it is read is refused without reading it
 * all; the bytes must be UTF-8 (the error names the line and column of the first bad byte).
 */
export async function readSource(file: string, shown = file): Promise<string> {
  const limit = programmeLimits.maxBytes;
  let bytes: Uint8Array;
  let size: number | undefined;
  try {
    const handle = await open(file, "r");
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      if (info.isFile()) size = info.size;
      const buffer = Buffer.alloc(limit + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled > limit) break;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${shown}: no such file`);
    if (code === "EISDIR") throw new InputError(`${shown}: is a directory, expected a programme .yaml file`);
    throw asFileError(error, { action: "read", shown });
  }
  const decoded = decodeProgramme(bytes, shown);
  if (!decoded.ok) {
    const [first] = decoded.errors;
    if (first?.code === "file-too-large") {
      // Only the first bytes were read: the size is the file's own (a device has none).
      const mib = limit / (1024 * 1024);
      const what =
        size !== undefined && size > limit ? `${(size / 1_000_000).toFixed(1)} MB` : `larger than ${mib} MiB`;
      throw new InputError(
        `${shown}:1:1: the file is ${what}; a programme file may be at most ${mib} MiB (docs/limits.md)`,
      );
    }
    throw new InputError(decoded.errors.map(formatProgrammeError).join("\n"));
  }
  return decoded.text;
}

/**
 * Read and validate a programme file; every error becomes one `file:line:column: path: message`
 * line. `file` is read from `cwd` (the command's current folder) and named as the officer gave it:
 * relative to where they stand, or absolute.
 */
export async function loadProgramme(file: string, cwd = "."): Promise<LoadedProgramme> {
  const source = await readSource(resolve(cwd, file), file);
  const result = parseProgramme(source, file);
  if (!result.ok) throw new InputError(result.errors.map(formatProgrammeError).join("\n"));
  return { ...result, file, source };
}

export type { Programme };
