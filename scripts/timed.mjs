#!/usr/bin/env node
// Run a shell command and print its wall time at the end, whether it passed or failed:
//   node scripts/timed.mjs "<label>" "<command>"
import { spawnSync } from "node:child_process";

const [label, command] = process.argv.slice(2);
const started = process.hrtime.bigint();
const result = spawnSync(command, { shell: true, stdio: "inherit" });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const minutes = Math.floor(seconds / 60);
const status = result.status ?? 1;
console.log(
  `\n${label} ${status === 0 ? "passed" : "FAILED"} in ${minutes} min ${(seconds - minutes * 60).toFixed(0)} s (wall time)`,
);
process.exit(status);
