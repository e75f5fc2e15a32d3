#!/usr/bin/env node
// Checks every published package as a consumer would see it: publint (package.json and
// files), @arethetypeswrong/cli (types resolve under node10, node16 CJS/ESM and bundlers),
// no import cycles inside a package (madge) and none between packages (the dependency graph),
// and what a registry page needs: README, LICENSE, repository/homepage/bugs, and no script that
// names a file the package does not ship.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const dirs = readdirSync(join(root, "packages")).map((d) => join(root, "packages", d));
let failed = 0;

function run(label, cmd, args, cwd) {
  try {
    execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    console.log(`ok   ${label}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${label}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
}

const license = readFileSync(join(root, "LICENSE"), "utf8");

/** Problems with a manifest a consumer reads on the registry; [] when there are none. */
function manifestProblems(dir, pkg) {
  const problems = [];
  if (!existsSync(join(dir, "README.md"))) problems.push("no README.md");
  if (!existsSync(join(dir, "LICENSE")) || readFileSync(join(dir, "LICENSE"), "utf8") !== license)
    problems.push("LICENSE missing or not the repository's");
  if (pkg.license !== "MIT") problems.push(`license is ${pkg.license}, not MIT`);
  const where = dir.slice(root.length).replace(/^\/+/, "");
  if (pkg.repository?.directory !== where) problems.push(`repository.directory is not "${where}"`);
  if (!pkg.homepage || !pkg.bugs?.url) problems.push("no homepage or bugs");
  // A script may use the package's tools (tsup, vitest, tsc, biome) but not name one of its files:
  // only dist/ and README.md are shipped.
  for (const [name, script] of Object.entries(pkg.scripts ?? {}))
    for (const file of script.match(/[\w./-]+\.(?:[cm]?[jt]s|tsx)\b/g) ?? [])
      if (!file.startsWith("dist/") || !existsSync(join(dir, file)))
        problems.push(`script "${name}" names ${file}, which the package does not ship`);
  return problems;
}

const manifests = new Map();
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifests.set(pkg.name, pkg);
  const problems = manifestProblems(dir, pkg);
  if (problems.length) {
    failed++;
    console.log(`FAIL manifest ${pkg.name}: ${problems.join("; ")}`);
  } else console.log(`ok   manifest ${pkg.name}`);
  run(`publint ${pkg.name}`, bin("publint"), ["--strict"], dir);
  run(`attw ${pkg.name}`, bin("attw"), ["--pack", ".", "--format", "ascii"], dir);
}
const appDirs = readdirSync(join(root, "apps")).map((d) => join(root, "apps", d, "src"));
run(
  "madge: no circular imports",
  bin("madge"),
  ["--circular", "--extensions", "ts,tsx", ...dirs.map((d) => join(d, "src")), ...appDirs],
  root,
);

// Between packages: walk the workspace dependency graph.
const visiting = new Set();
const done = new Set();
function visit(name, path) {
  if (done.has(name)) return;
  if (visiting.has(name)) {
    failed++;
    console.log(`FAIL package cycle: ${[...path, name].join(" → ")}`);
    return;
  }
  visiting.add(name);
  const deps = Object.keys(manifests.get(name)?.dependencies ?? {}).filter((d) => manifests.has(d));
  for (const dep of deps) visit(dep, [...path, name]);
  visiting.delete(name);
  done.add(name);
}
for (const name of manifests.keys()) visit(name, []);
if (!failed) console.log("ok   no cycles between packages");

process.exitCode = failed ? 1 : 0;
