import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { chmod, chown, link, lstat, mkdir, open, readdir, readFile, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { keepOwnerAndMode, syncFolder } from "./atomic-write.js";
import { asFileError, FileError } from "./file-errors.js";

/**
 * Publishing a static site as a whole (`export site`): the new site is built in a folder beside
 * the old one and swapped in by two renames, so a web server reading the folder finds the old
 * site or the new one, never a mix, and the folder holds exactly the files of the programme (a
 * member who left has no feed any more). Between the two renames the folder is absent for an
 * instant (a request then gets 404): POSIX has no rename that exchanges two folders, and Node
 * does not expose Linux's renameat2(RENAME_EXCHANGE).
 *
 * A marker file lists what the export wrote. The folder is only ever replaced when it is empty
 * or holds a previous export and nothing else: files someone else put there are never deleted.
 * Files whose bytes did not change are hard links to the old ones, so their modification time
 * (and a web server's Last-Modified and ETag) stay put.
 */

/** The marker an export leaves in the folder: what it wrote, so the next export may replace it. */
export const SITE_MARKER = ".scrutineer-site.json";

export interface SiteFile {
  /** Relative path with "/" separators, e.g. `members/jo-macleod.ics`. */
  path: string;
  body: string;
}

/** A site built beside its folder, not yet visible. */
export interface StagedSite {
  /** Files whose bytes differ from the old site's (all of them for a first export). */
  written: number;
  /** Swap the new site in; the old one is removed. */
  swap(): Promise<void>;
  /** Remove the new site; the folder is untouched. */
  abort(): Promise<void>;
}

interface Marker {
  generator: "scrutineer";
  files: string[];
}

const LEFTOVER = /^\.(.+)\.scrutineer-(?:new|old)-(\d+)-[0-9a-f]+$/;

function sibling(folder: string, kind: "new" | "old"): string {
  return join(
    dirname(folder),
    `.${basename(folder)}.scrutineer-${kind}-${process.pid}-${randomBytes(4).toString("hex")}`,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Every file under `dir`, as relative "/" paths (symbolic links and special files included, as files). */
async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) out.push(...(await filesUnder(join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out;
}

async function readMarker(folder: string): Promise<Marker | undefined> {
  try {
    const data = JSON.parse(await readFile(join(folder, SITE_MARKER), "utf8")) as Partial<Marker>;
    if (data.generator === "scrutineer" && Array.isArray(data.files))
      return { generator: "scrutineer", files: data.files };
  } catch {
    // No marker, or not ours: the folder is treated as someone else's.
  }
  return undefined;
}

/**
 * What is in the folder now: nothing, or a previous export (its files by path). Refuses a file
 * in place of the folder, and a folder holding anything an export did not write.
 */
async function previousSite(folder: string, shown: string): Promise<Map<string, Stats> | undefined> {
  let info: Stats;
  try {
    info = await lstat(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (!info.isDirectory()) throw new FileError(`cannot publish ${shown}: it is a file, not a folder`, "ENOTDIR");
  const present = await filesUnder(folder);
  const site = new Map<string, Stats>();
  if (present.length === 0) return site;
  const marker = await readMarker(folder);
  const ours = new Set(marker?.files ?? []);
  const foreign = present.filter((f) => f !== SITE_MARKER && !ours.has(f));
  if (!marker || foreign.length > 0) {
    const list = (marker ? foreign : present).sort();
    const named = list.slice(0, 5).join(", ") + (list.length > 5 ? ` and ${list.length - 5} more` : "");
    throw new FileError(
      `cannot publish ${shown}: the folder holds files a site export did not write (${named}); ` +
        "export to a new or empty folder, or move those files out (the folder is replaced as a whole)",
      "ENOTEMPTY",
    );
  }
  for (const f of present) if (f !== SITE_MARKER) site.set(f, await lstat(join(folder, ...f.split("/"))));
  return site;
}

/** Remove what killed exports left beside the folder (only theirs: a running export's pid is alive). */
async function removeLeftovers(folder: string): Promise<void> {
  const parent = dirname(folder);
  for (const name of await readdir(parent)) {
    const m = LEFTOVER.exec(name);
    if (m && m[1] === basename(folder) && !alive(Number(m[2])))
      await rm(join(parent, name), { recursive: true, force: true });
  }
}

async function sameBytes(path: string, body: Buffer): Promise<boolean> {
  try {
    return (await readFile(path)).equals(body);
  } catch {
    return false;
  }
}

/** Write one new file of the site, keeping the old file's mode and owner when there was one. */
async function writeNew(path: string, body: Buffer, old: Stats | undefined): Promise<void> {
  const handle = await open(path, "wx", old ? 0o600 : 0o666);
  try {
    if (old) await keepOwnerAndMode(handle, old);
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Build the site in a folder beside `folder` (which may not exist yet); nothing is visible
 * until `swap`. A symbolic link to a folder is followed: the site is swapped in where it points.
 * Every fault the user can cause is a `FileError` naming the folder as `shown`.
 */
export async function stageSite(folder: string, files: readonly SiteFile[], shown: string): Promise<StagedSite> {
  const fail = (error: unknown): never => {
    throw asFileError(error, { action: "publish", shown, folder: dirname(shown) });
  };
  const real = await realpath(folder).catch((error: NodeJS.ErrnoException) =>
    error.code === "ENOENT" ? folder : fail(error),
  );
  const before = await previousSite(real, shown).catch(fail);
  await mkdir(dirname(real), { recursive: true }).catch(fail);
  await removeLeftovers(real).catch(fail);
  const stage = sibling(real, "new");
  let written = 0;
  try {
    await mkdir(stage);
    const top = before ? await lstat(real) : undefined;
    if (top) {
      await chown(stage, top.uid, top.gid).catch(() => undefined); // where permitted
      await chmod(stage, top.mode & 0o7777);
    }
    const paths = files.map((f) => f.path).sort();
    for (const file of files) {
      const parts = file.path.split("/");
      const to = join(stage, ...parts);
      await mkdir(dirname(to), { recursive: true });
      const old = before?.get(file.path);
      const from = join(real, ...parts);
      const body = Buffer.from(file.body, "utf8");
      if (old?.isFile() && (await sameBytes(from, body))) {
        // The same inode: its modification time, mode and owner stay as they were.
        await link(from, to).catch(() => writeNew(to, body, old));
        continue;
      }
      await writeNew(to, body, old?.isFile() ? old : undefined);
      written++;
    }
    const marker: Marker & { note: string } = {
      generator: "scrutineer",
      note: "Written by scrutineer export site, which replaces this folder as a whole on every export.",
      files: paths,
    };
    await writeNew(join(stage, SITE_MARKER), Buffer.from(`${JSON.stringify(marker, null, 2)}\n`), undefined);
  } catch (error) {
    await rm(stage, { recursive: true, force: true });
    fail(error);
  }
  return {
    written,
    async swap() {
      const exists = await lstat(real).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await rename(stage, real).catch(fail);
      } else {
        const old = sibling(real, "old");
        await rename(real, old).catch(fail);
        try {
          await rename(stage, real);
        } catch (error) {
          await rename(old, real).catch(() => undefined);
          fail(error);
        }
        await rm(old, { recursive: true, force: true });
      }
      await syncFolder(dirname(real));
    },
    abort: () => rm(stage, { recursive: true, force: true }),
  };
}
