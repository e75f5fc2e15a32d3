#!/usr/bin/env node
// The main job on the bundled example: check the real Hackney CYP 2022/23 work programme
// and print what an officer would look at first. Findings of severity "error" are the
// faults in the real papers that the checks exist to catch, so they do not fail this script.
import { spawnSync } from "node:child_process";

const cli = new URL("../apps/scrutineer/dist/cli.js", import.meta.url).pathname;
const example = "examples/hackney-cyp-2022-23/programme.yaml";
// As the scrutiny officer saw it on Monday 9 January 2023, a week before the January meeting.
const now = ["--now", "2023-01-09"];
const steps = [
  ["Every finding on the programme", ["check", example, ...now]],
  ["Papers deadlines, agenda dispatch and Cabinet notice", ["deadlines", example, ...now]],
  ["The timed agenda of 16 January 2023", ["agenda", example, "--meeting", "2023-01-16", "--format", "md", ...now]],
  ["Who may vote and quorum, 30 November 2022", ["interests", example, "--meeting", "2022-11-30"]],
];
for (const [title, args] of steps) {
  console.log(`\n== ${title}: scrutineer ${args.join(" ")}\n`);
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  if (status === 2 || status === null || status > 2) process.exit(status ?? 1);
}
