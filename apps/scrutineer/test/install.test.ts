import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { example, repoRoot, tempDir } from "./helpers.js";

// time-zone passes: out, it is about packing and installing; each command's dates are checked by its own tests

/**
 * The installable command (issue 14): `npm pack` of the built app gives a tarball that
 * `npm install -g` installs on a machine with only Node and npm, with nothing to fetch (the
 * bundle inlines every dependency, so the package declares none), and `scrutineer` is then on
 * the PATH with every command working. `--offline` makes npm fail rather than reach a registry.
 */

const app = join(repoRoot, "apps/scrutineer");
const built = existsSync(join(app, "dist/cli.js")) && existsSync(join(app, "dist/THIRD-PARTY-NOTICES.md"));
const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { version: string };

/** The environment npm would have in an officer's shell: none of pnpm's npm_* settings. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

describe.skipIf(!built)("npm install -g of the packed CLI", () => {
  const dir = tempDir("scrutineer-install-");
  const prefix = join(dir, "prefix");
  const npmEnv = cleanEnv({ npm_config_cache: join(dir, "npm-cache"), npm_config_update_notifier: "false" });
  let packed: { filename: string; files: { path: string }[] } = { filename: "", files: [] };
  // Only the installed bin folder and node itself on the PATH: `scrutineer` is found by name.
  const path = [join(prefix, "bin"), dirname(process.execPath)].join(delimiter);
  const scrutineer = (...args: string[]) =>
    execFileSync("scrutineer", args, { cwd: dir, encoding: "utf8", env: { ...cleanEnv({}), PATH: path } });

  beforeAll(() => {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
      cwd: app,
      encoding: "utf8",
      env: npmEnv,
    });
    packed = (JSON.parse(out) as (typeof packed)[])[0]!;
    execFileSync(
      "npm",
      [
        "install",
        "--global",
        "--prefix",
        prefix,
        "--offline",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        join(dir, packed.filename),
      ],
      { cwd: dir, encoding: "utf8", env: npmEnv },
    );
  }, 120_000);

  it("packs the bundle, its vendor files and the third-party notice, and declares no dependencies", () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("dist/THIRD-PARTY-NOTICES.md");
    expect(files).toContain("dist/vendor/highs.wasm");
    expect(files.some((f) => f.endsWith(".map") || f.includes("metafile"))).toBe(false);
    const installed = JSON.parse(readFileSync(join(prefix, "lib/node_modules/scrutineer/package.json"), "utf8"));
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies"])
      expect(installed[field] ?? {}).toEqual({});
    const notice = readFileSync(join(prefix, "lib/node_modules/scrutineer/dist/THIRD-PARTY-NOTICES.md"), "utf8");
    for (const name of ["zod", "yaml", "ink", "react", "highs", "ical-generator"])
      expect(notice).toMatch(new RegExp(`^\\| ${name} \\| [0-9.]+ \\| (MIT|ISC)`, "m"));
  });

  it("puts scrutineer on the PATH with the version from package.json", () => {
    expect(scrutineer("--version").trim()).toBe(manifest.version);
    expect(scrutineer("--help")).toContain("scrutineer check");
  });

  it("checks the example and answers an ad hoc deadline", () => {
    const file = join(dir, "programme.yaml");
    copyFileSync(example, file);
    const report = JSON.parse(scrutineer("check", file, "--json", "--now", "2023-01-09"));
    expect(report.ok).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
    const [easter] = JSON.parse(scrutineer("deadlines", "--meeting", "2023-04-17", "--json"));
    // Five clear working days across Good Friday and Easter Monday.
    expect(easter).toMatchObject({ meeting: "2023-04-17", dispatch: "2023-04-05" });
  });

  it("writes feeds and front sheets, and auto-plans with the HiGHS it ships", () => {
    const file = join(dir, "plan.yaml");
    copyFileSync(example, file);
    expect(scrutineer("export", "ics", file, "-o", join(dir, "cyp.ics"), "--now", "2023-01-09")).toBe("");
    expect(readFileSync(join(dir, "cyp.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*TZID:Europe\/London/);
    expect(scrutineer("agenda", file, "--meeting", "2023-01-16", "--format", "html")).toMatch(/^<!DOCTYPE html>/);
    expect(scrutineer("autoplan", file, "--now", "2022-05-01")).toMatch(/Solved by HiGHS/);
  });
});
