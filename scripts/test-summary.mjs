#!/usr/bin/env node
// Adds up the vitest JSON reports of every workspace package and prints one closing line,
// "Tests: N passed, N failed", so a CI log says plainly how many tests ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ["packages", "apps", "tools"]) {
  for (const dir of readdirSync(join(root, group))) {
    const report = join(root, group, dir, ".vitest-results.json");
    if (!existsSync(report)) continue;
    const r = JSON.parse(readFileSync(report, "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
