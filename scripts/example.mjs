#!/usr/bin/env node
// The main job on the bundled example: check the real Hackney CYP 2022/23 work programme
// and print what an officer would look at first. Findings of severity "error" are the
// faults in the real papers that the checks exist to catch, so they do not fail this script.
import { spawnSync } from "node:child_process";

const cli = new URL("../apps/scrutineer/dist/cli.js", import.meta.url).pathname;
const example = "examples/hackney-cyp-2022-23/programme.yaml";
const steps = [["Every finding on the programme", ["check", example, "--now", "2023-01-09"]]];
for (const [title, args] of steps) {
  console.log(`\n== ${title}: scrutineer ${args.join(" ")}\n`);
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  if (status === 2 || status === null || status > 2) process.exit(status ?? 1);
}
