import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Metafile } from "esbuild";

/** One npm package whose code is copied into the shipped files. */
interface Inlined {
  name: string;
  version: string;
  licence: string;
  dir: string;
  repository?: string;
  text?: string;
}

/** The directory of the npm package a bundled input file belongs to (`…/node_modules/name/`). */
export function packageDirOf(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/**
 * True when an SPDX expression lets the code be redistributed under one of `allowed`:
 * "MIT", "(MIT OR Apache-2.0)" (either will do) and "(ISC AND CC-BY-3.0)" (both must) are read.
 */
export function licenceAllowed(expression: string, allowed: readonly string[]): boolean {
  const bare = expression.replace(/[()]/g, " ").trim();
  return bare
    .split(/\s+OR\s+/)
    .some((alternative) => alternative.split(/\s+AND\s+/).every((id) => allowed.includes(id.trim())));
}

async function readPackage(dir: string): Promise<Inlined> {
  const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  const licence: string = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "UNKNOWN");
  const repository: string | undefined = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const file = (await readdir(dir)).find((f) => /^(licen[sc]e|copying)(\.|-|$)/i.test(f));
  return {
    name: pkg.name,
    version: pkg.version,
    licence,
    dir,
    ...(repository ? { repository } : {}),
    ...(file ? { text: (await readFile(join(dir, file), "utf8")).trim() } : {}),
  };
}

/**
 * Write the notice for every package inlined into the bundle: name, version, licence and the
 * licence text the package ships. Fails the build for a licence outside `allowed`.
 */
export async function writeThirdPartyNotice(options: {
  metafiles: Metafile[];
  /** Package directories shipped as files rather than inlined (e.g. the HiGHS WebAssembly). */
  extra: string[];
  allowed: readonly string[];
  cwd: string;
  out: string;
}): Promise<void> {
  const dirs = new Set(options.extra);
  for (const metafile of options.metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDirOf(input);
      if (dir) dirs.add(resolve(options.cwd, dir));
    }
  }
  const found = await Promise.all([...dirs].map(readPackage));
  const byName = new Map<string, Inlined>();
  for (const p of found) byName.set(`${p.name}@${p.version}`, p);
  const inlined = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  const refused = inlined.filter((p) => !licenceAllowed(p.licence, options.allowed));
  if (refused.length > 0) {
    throw new Error(
      `licences not cleared for bundling: ${refused.map((p) => `${p.name}@${p.version} (${p.licence})`).join(", ")}`,
    );
  }
  const lines = [
    "# Third-party notices",
    "",
    "The `scrutineer` command ships as one bundle with these packages inlined (and, in `vendor/`,",
    "HiGHS, loaded when a plan is made). Each is used under its licence, reproduced below.",
    "",
    "| package | version | licence |",
    "|---|---|---|",
    ...inlined.map((p) => `| ${p.name} | ${p.version} | ${p.licence} |`),
    "",
  ];
  for (const p of inlined) {
    lines.push(`## ${p.name} ${p.version}: ${p.licence}`, "");
    if (p.repository) lines.push(`Source: ${p.repository}`, "");
    lines.push(
      p.text ? ["```", p.text, "```"].join("\n") : `Licensed under ${p.licence}; the package ships no licence file.`,
      "",
    );
  }
  await writeFile(options.out, lines.join("\n"));
}
