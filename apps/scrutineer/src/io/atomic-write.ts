import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { type FileHandle, link, lstat, mkdir, open, readlink, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { asFileError, errnoError, FileError, type FileErrorContext } from "./file-errors.js";

/**
 * Writing files so that readers see either the old content or the new, never half: the new
 * content goes to a temporary file beside the target, is flushed to disk, then renamed over it.
 *
 * - A symbolic link is followed to the file it names, which is replaced there: the link stays.
 * - A device, FIFO or socket, and a name of an open descriptor (`/dev/stdout`, `/dev/fd/1`,
 *   `/proc/self/fd/1`), is written through (opened and written; nothing to rename), so
 *   `-o /dev/stdout` prints and never replaces the device.
 * - A file replaced keeps its permission bits and, where the system allows it, its owner; a new
 *   file gets the usual mode less the umask, or exactly `mode` for a private file (the journal).
 * - A missing folder on the way is created.
 * - Every fault the user can cause is a `FileError` naming the file as `shown` (exit 2).
 */

export interface WriteOptions {
  /** The file as the user sees it, for messages; defaults to the path. */
  shown?: string;
  /** Exact permission bits, whatever the umask or an old file's mode: 0o600 for private files. */
  mode?: number;
  /** Appended to a failure's message: what follows from it ("the next export cannot …"). */
  hint?: string;
  /**
   * Never replace a file already there: the reason to give when one is ("it already exists: give
   * --force to replace it"). The new file is put in place with link(2), which fails if a file
   * appeared meanwhile, so the refusal holds even against a write racing this one.
   */
  refuseExisting?: string;
}

/**
 * What a file is written from: text, bytes, or pieces of text written in turn, so a large feed
 * goes to disk as it is made instead of being held whole (used once: the pieces are consumed).
 */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Pieces are gathered into writes of about a megabyte. */
const BATCH = 1 << 20;

/** Write the content at the handle's position (each `writeFile` writes all it is given). */
async function writeContent(handle: FileHandle, content: FileContent): Promise<void> {
  if (typeof content === "string" || content instanceof Uint8Array) return handle.writeFile(content);
  let batch = "";
  for (const piece of content) {
    batch += piece;
    if (batch.length >= BATCH) {
      await handle.writeFile(batch);
      batch = "";
    }
  }
  if (batch) await handle.writeFile(batch);
}

/** Write the content to a stream (our stdout or stderr), waiting whenever it asks us to. */
async function writeToStream(stream: NodeJS.WriteStream, content: FileContent): Promise<void> {
  const write = (chunk: string | Uint8Array) =>
    new Promise<void>((done, failed) => {
      stream.write(chunk, (error) => (error ? failed(error) : done()));
    });
  if (typeof content === "string" || content instanceof Uint8Array) return write(content);
  let batch = "";
  for (const piece of content) {
    batch += piece;
    if (batch.length >= BATCH) {
      await write(batch);
      batch = "";
    }
  }
  await write(batch);
}

/** A write made ready: the new content is on disk beside the target; `commit` puts it in place. */
export interface PreparedWrite {
  /** The file written in the end (a link's target), absolute. */
  readonly path: string;
  commit(): Promise<void>;
  /** Remove the prepared content; the target is untouched. */
  abort(): Promise<void>;
}

/** Linux and the BSDs name a process's open descriptors as files: writing there means the descriptor. */
const DESCRIPTOR = /^\/(?:dev\/fd|proc\/(?:self|thread-self|\d+)\/fd)\/\d+$/;
/** Linux's own limit on symbolic links followed in one path (MAXSYMLINKS). */
const MAX_LINKS = 40;

type Target =
  | { kind: "file"; path: string; stat: Stats }
  | { kind: "new"; path: string }
  | { kind: "through"; path: string; descriptor?: number };

/** This process's own standard output or error, when `path` names it (`/dev/stdout`, `/proc/self/fd/2`…). */
function ownDescriptor(path: string): number | undefined {
  if (path === "/dev/stdout") return 1;
  if (path === "/dev/stderr") return 2;
  const m = /^\/(?:dev\/fd|proc\/(self|thread-self|\d+)\/fd)\/([12])$/.exec(path);
  if (!m || (m[1] !== undefined && /^\d+$/.test(m[1]) && Number(m[1]) !== process.pid)) return undefined;
  return Number(m[2]);
}

/** Where a write to `path` lands, following symbolic links one at a time. */
async function resolveTarget(path: string): Promise<Target> {
  let at = path;
  for (let links = 0; links <= MAX_LINKS; links++) {
    const descriptor = ownDescriptor(at);
    if (descriptor !== undefined) return { kind: "through", path, descriptor };
    if (DESCRIPTOR.test(at)) return { kind: "through", path };
    let info: Stats;
    try {
      info = await lstat(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "new", path: at };
      throw error;
    }
    if (info.isSymbolicLink()) {
      // Relative to the link's real folder, as the kernel reads it (not to a path spelt with "..").
      at = resolve(await realpath(dirname(at)), await readlink(at));
      continue;
    }
    if (info.isFile()) return { kind: "file", path: at, stat: info };
    if (info.isDirectory()) throw errnoError("EISDIR", at);
    return { kind: "through", path: at };
  }
  throw errnoError("ELOOP", path);
}

function tempName(path: string): string {
  // Cut, so that a name near the file system's limit (255 bytes) still has room for the suffix.
  const stem = Buffer.from(basename(path))
    .subarray(0, 200)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
  return join(dirname(path), `.${stem}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
}

/** Give the new file the old one's owner (where permitted: only root may give a file away) and mode. */
export async function keepOwnerAndMode(handle: FileHandle, old: Stats): Promise<void> {
  if (old.uid !== process.getuid?.() || old.gid !== process.getgid?.()) {
    try {
      await handle.chown(old.uid, old.gid);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EPERM" && code !== "EINVAL") throw error;
    }
  }
  // After chown, which clears the set-user-ID and set-group-ID bits.
  await handle.chmod(old.mode & 0o7777);
}

/** Flush a folder's entries (a rename is durable only then); not every file system allows it. */
export async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // EINVAL or EISDIR on some file systems: the rename itself has happened.
  } finally {
    await handle?.close();
  }
}

/**
 * Put the new content on disk beside the target without touching it: nothing is replaced until
 * `commit`. A device, FIFO or descriptor is opened here (proving it can be written) and written
 * on `commit`.
 */
export async function prepareWrite(
  path: string,
  content: FileContent,
  options: WriteOptions = {},
): Promise<PreparedWrite> {
  const shown = options.shown ?? path;
  const fail = (error: unknown, folder?: string): never => {
    throw asFileError(
      error,
      { action: "write", shown, ...(folder !== undefined ? { folder } : {}) } satisfies FileErrorContext,
      options.hint,
    );
  };
  const shownFolder = dirname(shown);
  const target = await resolveTarget(path).catch(fail);
  const refuse = () => new FileError(`cannot write ${shown}: ${options.refuseExisting}`, "EEXIST");
  if (options.refuseExisting !== undefined && target.kind === "file") throw refuse();

  if (target.kind === "through" && target.descriptor !== undefined) {
    // Our own stdout or stderr: through Node's stream, which writes to a pipe, a terminal or a
    // socket (what a parent process often gives) alike, in order with everything printed before.
    const stream = target.descriptor === 1 ? process.stdout : process.stderr;
    return {
      path: target.path,
      commit: () => writeToStream(stream, content).catch(fail),
      abort: async () => undefined,
    };
  }

  if (target.kind === "through") {
    // Neither created nor truncated: appending is what a shell's `>>` does, and all a device,
    // a FIFO (whose open waits for its reader) or a descriptor opened by the shell needs.
    const handle = await open(target.path, constants.O_WRONLY | constants.O_APPEND).catch(fail);
    return {
      path: target.path,
      async commit() {
        try {
          await writeContent(handle, content);
        } catch (error) {
          fail(error);
        } finally {
          await handle.close();
        }
      },
      abort: () => handle.close(),
    };
  }

  const dir = dirname(target.path);
  await mkdir(dir, { recursive: true }).catch((error) => fail(error, shownFolder));
  const tmp = tempName(target.path);
  // Private until complete; the final mode is set below, before the rename makes it visible.
  const handle = await open(tmp, "wx", options.mode ?? (target.kind === "file" ? 0o600 : 0o666)).catch((error) =>
    fail(error, shownFolder),
  );
  try {
    if (options.mode !== undefined) await handle.chmod(options.mode);
    else if (target.kind === "file") await keepOwnerAndMode(handle, target.stat);
    await writeContent(handle, content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    fail(error, shownFolder);
  }
  await handle.close();
  return {
    path: target.path,
    async commit() {
      try {
        if (options.refuseExisting === undefined) await rename(tmp, target.path);
        else {
          await link(tmp, target.path).catch((error: NodeJS.ErrnoException) => {
            throw error.code === "EEXIST" ? refuse() : error;
          });
          await rm(tmp, { force: true });
        }
      } catch (error) {
        await rm(tmp, { force: true });
        fail(error, shownFolder);
      }
      await syncFolder(dir);
    },
    abort: () => rm(tmp, { force: true }),
  };
}

/** Write one file atomically (see the module comment). */
export async function writeFileAtomic(path: string, content: FileContent, options: WriteOptions = {}): Promise<void> {
  await (await prepareWrite(path, content, options)).commit();
}

/** One file of a set written together. */
export interface FileWrite extends WriteOptions {
  path: string;
  content: FileContent;
}

/**
 * Prepare every write before committing any, so that a fault found in one (a read-only folder,
 * a full disk) leaves every file as it was. The commits are renames, in the order given.
 */
export async function prepareWrites(writes: readonly FileWrite[]): Promise<PreparedWrite[]> {
  const prepared: PreparedWrite[] = [];
  try {
    for (const w of writes) prepared.push(await prepareWrite(w.path, w.content, w));
  } catch (error) {
    await Promise.all(prepared.map((p) => p.abort().catch(() => undefined)));
    throw error;
  }
  return prepared;
}

/** Write several files, each atomically, all or (when one cannot be prepared) none. */
export async function writeFilesAtomic(writes: readonly FileWrite[]): Promise<void> {
  for (const p of await prepareWrites(writes)) await p.commit();
}
