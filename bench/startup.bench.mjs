#!/usr/bin/env node
// Start-up time of the built CLI against a bare Node start, in the same run:
//   - `scrutineer check --json` on the Hackney example: spawn to exit;
//   - `scrutineer plan` on a copy of it: spawn to the first frame on a real pseudo-terminal
//     (`script` gives the planner a TTY), measured as the first bytes of the header;
//   - baselines: `node -e ''` (spawn to exit), and the same inside `script` for the planner.
// Run by hand after `pnpm --filter scrutineer build`:  node bench/startup.bench.mjs [runs]
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "apps/scrutineer/dist/cli.js");
const example = join(root, "examples/hackney-cyp-2022-23/programme.yaml");
const runs = Number(process.argv[2] ?? 15);

if (!existsSync(cli)) {
  console.error("build the CLI first: pnpm --filter scrutineer build");
  process.exit(2);
}
if (spawnSync("script", ["--version"]).error) {
  console.error("the planner's measure needs `script` (util-linux) for a pseudo-terminal");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "scrutineer-bench-"));
copyFileSync(example, join(dir, "programme.yaml"));
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/** Milliseconds from spawn to exit. */
function toExit(cmd, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "ignore"] });
    child.on("error", reject);
    child.on("exit", () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
  });
}

/** Milliseconds from spawn until `marker` appears on the pseudo-terminal; then the process group is ended. */
function toOutput(shellCommand, marker) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("script", ["-qfc", `stty cols 120 rows 40; ${shellCommand}`, "/dev/null"], {
      stdio: ["pipe", "pipe", "ignore"],
      detached: true,
    });
    let seen = "";
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`no "${marker}" within 30 s: ${JSON.stringify(seen.slice(-200))}`)),
      30_000,
    );
    function finish(error, ms) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
      if (error) reject(error);
      else resolve(ms);
    }
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString("utf8");
      if (seen.includes(marker)) finish(undefined, Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on("exit", () => {
      if (marker === "") finish(undefined, Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on("error", (e) => finish(e));
  });
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

async function measure(label, fn) {
  await fn(); // warm the file cache
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  const s = summary(samples);
  console.log(
    `${label.padEnd(44)} median ${s.median.toFixed(0).padStart(5)} ms  (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`,
  );
  return s.median;
}

console.log(`scrutineer start-up, ${runs} runs each, Node ${process.version}, ${process.platform}\n`);
const node = await measure("node -e ''", () => toExit(process.execPath, ["-e", ""]));
const check = await measure("scrutineer check --json (to exit)", () =>
  toExit(process.execPath, [cli, "check", example, "--json", "--now", "2023-01-09"]),
);
const help = await measure("scrutineer --help (to exit)", () => toExit(process.execPath, [cli, "--help"]));
const ptyNode = await measure("node -e '' in a pseudo-terminal (to exit)", () =>
  toOutput(`${quote(process.execPath)} -e ''`, ""),
);
const plan = await measure("scrutineer plan (to first frame, in a pty)", () =>
  toOutput(
    `cd ${quote(dir)} && ${quote(process.execPath)} ${quote(cli)} plan programme.yaml --now 2023-01-09`,
    "Scrutineer ·",
  ),
);

console.log("\nratios to a bare node start (same run):");
console.log(`  check --json       ${(check / node).toFixed(1)}×`);
console.log(`  --help             ${(help / node).toFixed(1)}×`);
console.log(`  plan, first frame  ${(plan / ptyNode).toFixed(1)}× (against node -e '' in the same pseudo-terminal)`);
