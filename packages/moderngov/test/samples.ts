import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The real ModernGov responses kept beside the repository in `shared/interop/moderngov/`
 * (public council data, never copied into the project). Found by walking up from the
 * repository root to a folder that holds `shared/interop`, so it works from a clone, a
 * worktree and CI's copy alike; `SCRUTINEER_INTEROP_DIR` names it directly.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function findInterop(): string | undefined {
  const given = process.env.SCRUTINEER_INTEROP_DIR;
  if (given) return existsSync(join(given, "moderngov")) ? given : undefined;
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "interop");
    if (existsSync(join(candidate, "moderngov"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export const interopDir = findInterop();
export const moderngovDir = interopDir ? join(interopDir, "moderngov") : undefined;
export const hasSamples = moderngovDir !== undefined;
/** The title suffix of a suite that needs the samples, saying why it is skipped where they are absent. */
export const samplesNote = hasSamples
  ? ""
  : " — SKIPPED: shared/interop/moderngov/ is not beside the repository (CI has it; set SCRUTINEER_INTEROP_DIR)";

/** Every saved response: file name and text. */
export function sampleFiles(): Array<{ name: string; text: string }> {
  if (!moderngovDir) return [];
  return readdirSync(moderngovDir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(moderngovDir!, name), "utf8") }));
}

export function sample(name: string): string {
  if (!moderngovDir) throw new Error("the ModernGov samples are not available");
  return readFileSync(join(moderngovDir, name), "utf8");
}

/**
 * Every value held under `<homeaddress>` in the samples (street lines, postcodes, phones), read
 * straight from the XML text, so a test can search every output for each of them. A value that
 * the samples also hold outside home addresses is public (a town that names a ward: "Oadby
 * Brocks Hill") and is left out.
 */
export function homeAddressValues(): string[] {
  const values = new Set<string>();
  const files = sampleFiles();
  const home = /<homeaddress>([\s\S]*?)<\/homeaddress>/gi;
  const elsewhere = files.map((f) => f.text.replace(home, "")).join("\n");
  for (const { text } of files)
    for (const block of text.matchAll(home))
      for (const field of block[1]!.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) {
        const v = field[2]!.trim();
        if (v && !elsewhere.includes(v)) values.add(v);
      }
  return [...values];
}
