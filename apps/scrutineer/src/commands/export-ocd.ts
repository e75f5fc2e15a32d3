import { readdir, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { plural } from "@scrutineer/model";
import { programmeToOcd } from "@scrutineer/ocd";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Io } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { parseNow } from "../io/now.js";

/** Files this export writes: `<type>_<uuid>.json`, as pupa names them. */
const OURS =
  /^(organization|person|membership|post|event)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/;

async function existing(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => OURS.test(f));
  } catch {
    return [];
  }
}

/** `scrutineer export ocd <programme.yaml> [--out-dir DIR] [--now YYYY-MM-DD|INSTANT]`: Open Civic Data JSON, one file per object. */
export async function exportOcd(argv: string[], io: Io, usage: string): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { "out-dir": { type: "string", default: "ocd" }, now: { type: "string" } },
    "export ocd",
  );
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(`usage: ${usage}`);
  const { today } = parseNow(values.now, io.now);
  const { programme } = await loadProgramme(resolve(io.cwd, file));
  const { files, notExported } = programmeToOcd(programme, { today });
  const dir = resolve(io.cwd, values["out-dir"]);
  let written = 0;
  for (const f of files) {
    const path = join(dir, f.name);
    const body = `${JSON.stringify(f.object, null, 2)}\n`;
    // Unchanged files are left alone, so their dates (and a web server's ETags) stay put.
    if ((await readFile(path, "utf8").catch(() => undefined)) === body) continue;
    await writeFileAtomic(path, body);
    written++;
  }
  // Objects that are gone (a meeting deleted) lose their file; other files in the folder are not touched.
  const wanted = new Set(files.map((f) => f.name));
  const stale = (await existing(dir)).filter((f) => !wanted.has(f));
  for (const f of stale) await rm(join(dir, f));
  const count = (type: string, one: string, many?: string) =>
    plural(files.filter((f) => f.object._type === type).length, one, many);
  io.stdout(
    `${values["out-dir"]}/: ${count("organization", "organization")}, ${count("person", "person", "people")}, ${count("membership", "membership")}, ${count("post", "post")}, ${count("event", "event")} (${plural(files.length, "file")}, ${written} written${stale.length ? `, ${stale.length} removed` : ""})\nnot in Open Civic Data:\n${notExported.map((n) => `  - ${n}`).join("\n")}\n`,
  );
  return 0;
}
