#!/usr/bin/env node
// Checks every published package as a consumer would see it: publint (package.json and
// files), @arethetypeswrong/cli (types resolve under node10, node16 CJS/ESM and bundlers),
// no import cycles inside a package (madge) and none between packages (the dependency graph).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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

const manifests = new Map();
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifests.set(pkg.name, pkg);
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
