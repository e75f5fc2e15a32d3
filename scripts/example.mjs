#!/usr/bin/env node
// The main job on the bundled examples: check each real programme and print what an officer
// would look at first. Findings of severity "error" are the faults in the real papers that the
// checks exist to catch, so they do not fail this script.
import { spawnSync } from "node:child_process";

const cli = new URL("../apps/scrutineer/dist/cli.js", import.meta.url).pathname;
const examples = [
  {
    name: "London Borough of Hackney, Children and Young People Scrutiny Commission 2022/23",
    file: "examples/hackney-cyp-2022-23/programme.yaml",
    // As the scrutiny officer saw it on Monday 9 January 2023, a week before the January meeting.
    now: "2023-01-09",
    agenda: "2023-01-16",
    interests: "2022-11-30",
  },
  {
    name: "North Yorkshire County Council, Scrutiny of Health Committee 2022/23",
    file: "examples/north-yorkshire-health-2022-23/programme.yaml",
    // Thursday 1 December 2022, a fortnight before the December meeting.
    now: "2022-12-01",
    agenda: "2022-12-16",
    interests: "2022-06-17",
  },
  {
    name: "Neath Port Talbot Council, Education, Skills and Wellbeing Scrutiny Committee 2022/23 (Wales, hybrid)",
    file: "examples/neath-port-talbot-education-2022-23/programme.yaml",
    // Thursday 10 November 2022, a fortnight before the November meeting.
    now: "2022-11-10",
    agenda: "2022-11-24",
    interests: "2022-11-24",
  },
];
for (const ex of examples) {
  console.log(`\n#### ${ex.name}`);
  const now = ["--now", ex.now];
  const steps = [
    ["Every finding on the programme", ["check", ex.file, ...now]],
    ["Papers deadlines, agenda dispatch and notices", ["deadlines", ex.file, ...now]],
    [`The timed agenda of ${ex.agenda}`, ["agenda", ex.file, "--meeting", ex.agenda, "--format", "md", ...now]],
    [`Who may vote and quorum, ${ex.interests}`, ["interests", ex.file, "--meeting", ex.interests]],
  ];
  for (const [title, args] of steps) {
    console.log(`\n== ${title}: scrutineer ${args.join(" ")}\n`);
    const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
    if (status === 2 || status === null || status > 2) process.exit(status ?? 1);
  }
}
