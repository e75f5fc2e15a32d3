#!/usr/bin/env node
/**
 * `pnpm bench`: every bench, one table. Each figure is measured against its baseline in the
 * same run (paired runs and medians of ratios for start-up; the same events for the export; the
 * servers taking turns for serve), so a busy machine weighs on both sides.
 *
 *   pnpm bench                 small sizes: a few minutes
 *   pnpm bench --full          the sizes of issue 18 (the export alone is about half an hour)
 *   pnpm bench --write         also put the table in docs/performance.md
 *   pnpm bench --only startup,serve
 *   pnpm bench --only council  a whole council: checks, export site, the calendar proposal
 *
 * Needs the build (`pnpm turbo run build`); serve needs Debian's nginx and wrk, the planner's
 * first frame `script` (util-linux). A bench that cannot run gives a row that says why.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, paired, runNode } from "./lib/paired.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "apps/scrutineer/dist/cli.js");
const example = join(root, "examples/hackney-cyp-2022-23/programme.yaml");
const full = process.argv.includes("--full");
const write = process.argv.includes("--write");
const onlyArg = process.argv.find((a) => a.startsWith("--only"));
const only = onlyArg
  ? new Set((onlyArg.split("=")[1] ?? process.argv[process.argv.indexOf(onlyArg) + 1]).split(","))
  : undefined;
const work = mkdtempSync(join(tmpdir(), "scrutineer-bench-"));

/** @typedef {{ what: string, now: string, baseline: string, ratio: string, target: string, met: string }} Row */
/** @type {Row[]} */
const rows = [];
const x = (n, digits = 1) => `${n.toFixed(digits)}×`;
const ms = (n) => `${n.toFixed(0)} ms`;
const note = (what, why) =>
  rows.push({ what, now: "—", baseline: "—", ratio: "—", target: "—", met: `not run: ${why}` });
function row(what, now, baseline, ratio, target, met) {
  rows.push({ what, now, baseline, ratio, target, met: met === undefined ? "—" : met ? "yes" : "**no**" });
  console.error(`  ${what}: ${ratio} (target ${target})`);
}

/** Run a TypeScript bench with tsx from its workspace folder; its last line is JSON. */
function tsBench(workspace, file, args, env = {}) {
  const out = execFileSync(process.execPath, ["--import", "tsx", file, ...args, "--json"], {
    cwd: join(root, workspace),
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = out.trim().split("\n");
  return { json: JSON.parse(lines[lines.length - 1]), text: out };
}

// --- start-up ---------------------------------------------------------------------------------
async function startup() {
  const runs = full ? 15 : 7;
  const dir = join(work, "startup");
  execFileSync("mkdir", ["-p", dir]);
  const file = join(dir, "programme.yaml");
  copyFileSync(example, file);
  const commands = [
    ["check on the example", ["check", file, "--json", "--now", "2023-01-09"]],
    ["deadlines on the example", ["deadlines", file, "--now", "2023-01-09"]],
    ["agenda --format html", ["agenda", file, "--meeting", "2023-01-16", "--format", "html", "--now", "2023-01-09"]],
    ["export ics", ["export", "ics", file, "-o", join(dir, "cyp.ics"), "--now", "2023-01-09"]],
  ];
  for (const nodeEnv of ["", "production"]) {
    const env = nodeEnv ? { NODE_ENV: nodeEnv } : {};
    const label = nodeEnv ? " (NODE_ENV=production)" : "";
    for (const [what, args] of commands) {
      const r = await paired(
        () => runNode(["-e", ""], { env }),
        () => runNode([cli, ...args], { env }),
        runs,
      );
      row(
        `${what} vs \`node -e ''\`, CPU${label}`,
        ms(r.subjectCpu),
        ms(r.baseCpu),
        x(r.cpuRatio),
        "≤ 2×",
        r.cpuRatio <= 2,
      );
    }
  }
  const help = await paired(
    () => runNode(["-e", ""]),
    () => runNode([cli, "--help"]),
    runs,
  );
  row(
    "`--help` vs `node -e ''`, CPU",
    ms(help.subjectCpu),
    ms(help.baseCpu),
    x(help.cpuRatio, 2),
    "≈ 1× (≤ 1.3×)",
    help.cpuRatio <= 1.3,
  );
}

/** Milliseconds from spawn until `marker` appears on a pseudo-terminal (`script`). */
function toOutput(shellCommand, marker) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("script", ["-qfc", `stty cols 120 rows 40; ${shellCommand}`, "/dev/null"], {
      stdio: ["pipe", "pipe", "ignore"],
      detached: true,
    });
    let seen = "";
    let done = false;
    const finish = (error, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(() => finish(new Error(`no "${marker}" within 30 s`)), 30_000);
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString("utf8");
      if (marker && seen.includes(marker)) finish(undefined, Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on("exit", () => {
      if (!marker) finish(undefined, Number(process.hrtime.bigint() - started) / 1e6);
    });
    child.on("error", (e) => finish(e));
  });
}

async function plannerFirstFrame() {
  if (spawnSyncOk("script", ["--version"]) === false)
    return note("`plan` to its first frame", "no `script` (util-linux)");
  const dir = join(work, "plan");
  execFileSync("mkdir", ["-p", dir]);
  copyFileSync(example, join(dir, "programme.yaml"));
  const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  const node = process.execPath;
  // Baseline: node printing the planner's header line in the same pseudo-terminal.
  const base = () => toOutput(`${q(node)} -e 'console.log("Scrutineer · baseline")'`, "Scrutineer ·");
  const plan = () =>
    toOutput(`cd ${q(dir)} && ${q(node)} ${q(cli)} plan programme.yaml --now 2023-01-09`, "Year (8 meetings");
  await base();
  await plan();
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < (full ? 11 : 5); i++) {
    const s = await base();
    const p = await plan();
    a.push(p);
    b.push(s);
    ratios.push(p / s);
  }
  const r = median(ratios);
  row(
    "`plan` to its first frame vs node printing a line (pty, wall)",
    ms(median(a)),
    ms(median(b)),
    x(r),
    "≤ 3×",
    r <= 3,
  );
}

function spawnSyncOk(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// --- complexity: 10× the meetings -------------------------------------------------------------
async function complexity() {
  // In-process, a child per size and command (apps/scrutineer/bench/sizes.bench.ts): the CLI
  // refuses files over 100 meetings. Copies of the example's 8 meetings: 8 → 8,000, or 8 → 800.
  const copies = full ? "1,10,100,1000" : "1,10,100";
  const { json } = tsBench("apps/scrutineer", "bench/sizes.bench.ts", [copies]);
  for (const command of ["check", "export ics", "export site"]) {
    const runs = json.filter((r) => r.command === command);
    const [small, large] = runs.slice(-2);
    const ratio = large.cpuMs / small.cpuMs;
    row(
      `${command} at ${small.meetings.toLocaleString("en-GB")} → ${large.meetings.toLocaleString("en-GB")} meetings, CPU`,
      ms(large.cpuMs),
      ms(small.cpuMs),
      x(ratio),
      "≤ 12× for 10× the meetings",
      ratio <= 12,
    );
    row(
      `${command} at ${large.meetings.toLocaleString("en-GB")} meetings: peak memory (max RSS; its own)`,
      `${large.peakMb.toFixed(0)} MB`,
      "—",
      `${large.workMb.toFixed(0)} MB`,
      "—",
    );
  }
}

// --- export against stock ical-generator ------------------------------------------------------
async function exportBench() {
  const n = full ? 100_000 : 10_000;
  const heap = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=16384`.trim() };
  const versus = tsBench("packages/ical", "bench/ical-export.bench.ts", [String(n)], heap).json;
  row(
    `export of ${n.toLocaleString("en-GB")} meetings vs stock ical-generator 10.2 (same bytes)`,
    ms(versus.oursMs),
    ms(versus.stockMs),
    `${x(versus.ratio)} faster`,
    "≥ 20× faster",
    versus.ratio >= 20,
  );
  const ours = tsBench("packages/ical", "bench/ical-export.bench.ts", [String(n), "--ours-only"]).json;
  row(
    `export of ${n.toLocaleString("en-GB")} meetings: peak memory (max RSS)`,
    `${ours.peakMb.toFixed(0)} MB`,
    "—",
    "—",
    "< 1 GB",
    ours.peakMb < 1024,
  );
  row(
    `export of ${n.toLocaleString("en-GB")} meetings: programmeFeed vs serialising`,
    ms(ours.feedMs),
    ms(ours.serialiseMs),
    x(ours.feedMs / ours.serialiseMs),
    "≤ 1×",
    ours.feedMs <= ours.serialiseMs,
  );
  const fold = tsBench("packages/ical", "bench/fold-lines.bench.ts", [full ? "20000" : "5000"]).json;
  row(
    "ical-generator foldLines, patched vs stock",
    ms(fold.patchedMs),
    ms(fold.stockMs),
    `${x(fold.ratio)} faster`,
    "—",
  );
}

// --- serve -------------------------------------------------------------------------------------
async function serve() {
  for (const tool of ["nginx", "wrk"]) {
    if (!spawnSyncOk("sh", ["-c", `command -v ${tool}`]))
      return note("serve vs bare node:http", `no ${tool} (apt-get install nginx-light wrk)`);
  }
  const args = full ? ["10", "50", "3"] : ["3", "50", "2"];
  const out = execFileSync(process.execPath, [join(root, "bench/serve.bench.mjs"), ...args, "--json"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const r = JSON.parse(out.trim().split("\n").pop());
  for (const [kind, label] of [
    ["ok", "200"],
    ["notModified", "304"],
  ]) {
    row(
      `serve ${label}s vs bare node:http (same bytes and headers), req/s`,
      "—",
      "—",
      x(r.serveToBare[kind], 2),
      "≥ 0.9×",
      r.serveToBare[kind] >= 0.9,
    );
    row(
      `serve ${label}s vs nginx (1 worker), req/s`,
      "—",
      "—",
      x(r.serveToNginx[kind], 2),
      "— (bare node:http: " + x(r.bareToNginx[kind], 2) + ")",
    );
  }
}

// --- deadlines and the auto-planner (their packages' own benches) ----------------------------
async function deadlines() {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/deadlines.bench.ts"], {
    cwd: join(root, "packages/deadlines"),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const m = /ratio naive \/ package: ([\d.]+)×/.exec(out);
  const fast = /warm calendar: ([\d.]+) ms/.exec(out);
  const naive = /naive baseline[^:]*:\s+([\d.]+) ms/.exec(out);
  if (!m || !fast || !naive) return note("deadlines for 100,000 meetings", "its output changed");
  row(
    "deadlines for 100,000 meetings vs a naive Date loop",
    ms(Number(fast[1])),
    ms(Number(naive[1])),
    `${x(Number(m[1]))} faster`,
    "—",
  );
}

async function autoplan() {
  const years = full ? "21" : "3";
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/autoplan.bench.ts", years], {
    cwd: join(root, "packages/planner"),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const m = /whole plan \(3 solves \+ check\): median ([\d.]+) s/.exec(out);
  const gap = /proven gap:\s+median ([\d.]+) %/.exec(out);
  if (!m) return note("auto-planner, 60 items × 10 meetings", "its output changed");
  row(
    `auto-planner, 60 items × 10 meetings, ${years} years: median whole plan`,
    `${Number(m[1]).toFixed(2)} s`,
    "—",
    gap ? `gap ${gap[1]} %` : "—",
    "median < 1 s",
    Number(m[1]) < 1,
  );
}

async function planSweep() {
  // One 10 s limit for the whole plan (issue 18, item 5): 60 × 10, 120 × 20, 300 × 40.
  const seeds = full ? "3" : "1";
  const { json } = tsBench("packages/planner", "bench/plan-sweep.bench.ts", [seeds, "10"]);
  for (const size of json.sizes) {
    const gap = size.gapWorst === null ? "no plan" : `gap ${(size.gapWorst * 100).toFixed(1)} % (worst)`;
    row(
      `auto-planner, ${size.items} items × ${size.meetings} meetings, ${json.limit} s limit, ${size.runs} ${size.runs === 1 ? "year" : "years"}: worst whole plan`,
      `${size.wallWorst.toFixed(2)} s`,
      `${size.cpuMedian.toFixed(2)} s CPU (median)`,
      gap,
      "within the limit, gap ≤ 5 %",
      size.held === size.runs && size.gapWorst !== null && size.gapWorst <= 0.05,
    );
  }
}

// --- a whole council (issue 15): 40 committees, 400 meetings ------------------------------------
async function council() {
  const committees = 40;
  const size = { committees, meetingsPerCommittee: 10, perDay: 4 };
  const what = `${committees} committees / ${committees * 10} meetings`;
  // In-process, the checks across committees against each committee's own checks (the same run).
  const inProcess = execFileSync(
    process.execPath,
    [join(root, "packages/council/bench/council-check.bench.mjs"), "--json"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const r = JSON.parse(inProcess.trim().split("\n").pop());
  row(
    `checks across committees, ${what} (${r.findings.toLocaleString("en-GB")} findings) vs each committee's own checks, in-process`,
    `${r.checkMs} ms`,
    `${r.baselineMs} ms`,
    x(r.ratio, 2),
    "—",
  );
  // The CLI on the council written as a folder (packages/council/bench/synthetic-council.mjs).
  const { writeSyntheticCouncil } = await import("../packages/council/bench/synthetic-council.mjs");
  const dir = join(work, "council");
  execFileSync("mkdir", ["-p", dir]);
  const files = await writeSyntheticCouncil(dir, size);
  const runs = full ? 7 : 3;
  const check = await paired(
    () => runNode(["-e", ""]),
    () => runNode([cli, "check", dir, "--json"]),
    runs,
  );
  row(
    `\`check <council-folder>\`, ${what} vs \`node -e ''\`, CPU`,
    ms(check.subjectCpu),
    ms(check.baseCpu),
    x(check.cpuRatio),
    "—",
  );
  const site = await paired(
    () => runNode([cli, "export", "site", ...files, "--out-dir", join(work, "council-files-site")]),
    () => runNode([cli, "export", "site", dir, "--out-dir", join(work, "council-site")]),
    runs,
  );
  row(
    `\`export site <council-folder>\`, ${what} (every feed, ${committees * 4} member feeds, the overview) vs the same programme files without the folder, CPU`,
    ms(site.subjectCpu),
    ms(site.baseCpu),
    x(site.cpuRatio, 2),
    "—",
  );
  // The calendar proposal (HiGHS), with the bench's 30 s limit.
  const calendarOut = execFileSync(
    process.execPath,
    [join(root, "packages/planner/bench/calendar.bench.mjs"), String(committees), "--json"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const c = JSON.parse(calendarOut.trim().split("\n").pop());
  row(
    `calendar proposal, ${what} (${c.status}, ${c.placed} placed, ${c.unmet} rules broken, ${c.errors} errors found by the check)`,
    `${c.seconds.toFixed(1)} s`,
    `${c.highsSeconds.toFixed(1)} s in HiGHS`,
    `gap ${(c.gap * 100).toFixed(2)} %`,
    `within its ${c.timeLimitSeconds} s limit, no hard clash`,
    c.errors === 0 && c.highsSeconds <= c.timeLimitSeconds + 1,
  );
}

const benches = {
  startup,
  plan: plannerFirstFrame,
  complexity,
  export: exportBench,
  serve,
  deadlines,
  autoplan,
  sweep: planSweep,
  council,
};
const machine = `${cpus().length} cores (nproc), ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}, ${process.platform}`;
console.error(`pnpm bench${full ? " --full" : ""} on ${machine}`);
if (!existsSync(cli)) {
  console.error("build first: pnpm turbo run build");
  process.exit(2);
}
try {
  for (const [name, bench] of Object.entries(benches)) {
    if (only && !only.has(name)) continue;
    console.error(`${name}…`);
    try {
      await bench();
    } catch (error) {
      note(name, String(error instanceof Error ? error.message : error).split("\n")[0]);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const table = [
  "| what | now | baseline | ratio | target | met? |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.what} | ${r.now} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met} |`),
].join("\n");
const stamp = `${new Date().toISOString().slice(0, 10)}, \`pnpm bench${full ? " --full" : ""}\` on ${machine}; load average at the end ${(
  await import("node:os")
)
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(", ")}`;
console.log(`\n${stamp}\n\n${table}`);
if (write) {
  const doc = join(root, "docs/performance.md");
  const text = readFileSync(doc, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${doc} has no ${start} … ${end} section`);
  writeFileSync(doc, `${text.slice(0, a + start.length)}\n${stamp}\n\n${table}\n${text.slice(b)}`);
  console.error(`wrote the table to ${doc}`);
}
