/**
 * The planner's time limit, swept over sizes: seeded years of 60 items × 10 meetings,
 * 120 × 20 and 300 × 40 (bench/generate-year.ts), each planned by `autoplan` with HiGHS in this
 * thread and a 10 s limit for the whole plan. Printed per size: the wall time of the whole plan
 * (median and worst), the proven gap of the priority scheduled (median and worst), and whether
 * the limit held (plans whose wall time, from the call to the answer, stayed within it), with the
 * CPU time beside the wall time (a busy machine inflates the wall time, not the CPU time). The
 * solver is warmed first (`Solver.warm`, timed and printed); with `cold` it is not, and the first
 * plan of the process pays for compiling HiGHS's WebAssembly. The first plan is marked.
 *
 *   pnpm --filter @scrutineer/planner exec tsx bench/plan-sweep.bench.ts [seeds=3] [limit=10] [sizes=60x10,120x20,300x40] [cold] [--json]
 *
 * With `--json` the last line is the table as JSON (for `pnpm bench`).
 */
import { performance } from "node:perf_hooks";
import { autoplan, highsSolver } from "../src/index.js";
import { BENCH_TODAY, benchYear } from "./generate-year.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const SEEDS = Number(args[0] ?? 3);
const LIMIT = Number(args[1] ?? 10);
const SIZES = (args[2] ?? "60x10,120x20,300x40").split(",").map((s) => s.split("x").map(Number) as [number, number]);
const COLD = args[3] === "cold";
const FIRST_SEED = 2022;

const solver = highsSolver();

interface Run {
  seconds: number;
  cpu: number;
  gap: number | undefined;
  held: boolean;
  detail: string;
}

async function planOnce(items: number, meetings: number, seed: number): Promise<Run> {
  const programme = benchYear(seed, items, meetings);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await autoplan(programme, { today: BENCH_TODAY, solver, timeLimitSeconds: LIMIT });
  if (!result.ok && result.reason === "unverified") throw new Error(`an unverified plan: ${JSON.stringify(result)}`);
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  const stages = result.ok ? result.plan.stages : result.stages;
  const stageText = stages
    .map((s) => `${s.stage} ${s.seconds.toFixed(2)}${s.status === "optimal" ? "" : ` ${s.status}`}`)
    .join(", ");
  const gap = result.ok ? result.plan.priority.gap : undefined;
  const outcome = result.ok ? `gap ${(result.plan.priority.gap * 100).toFixed(2)} %` : `no plan (${result.reason})`;
  return { seconds, cpu, gap, held: seconds <= LIMIT, detail: `${outcome}; ${stageText}` };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : "–");

if (!COLD) {
  const t0 = performance.now();
  await solver.warm?.();
  console.log(`warm-up (compiling HiGHS's WebAssembly): ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}
const rows: string[] = [];
const json: {
  items: number;
  meetings: number;
  wallMedian: number;
  wallWorst: number;
  cpuMedian: number;
  gapMedian: number | null;
  gapWorst: number | null;
  held: number;
  runs: number;
}[] = [];
let first = true;
for (const [items, meetings] of SIZES) {
  const runs: Run[] = [];
  for (let k = 0; k < SEEDS; k++) {
    const run = await planOnce(items, meetings, FIRST_SEED + k);
    console.log(
      `${items}×${meetings} seed ${FIRST_SEED + k}${first ? " (first plan of the process)" : ""}: ${run.seconds.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.detail}`,
    );
    first = false;
    runs.push(run);
  }
  const gaps = runs.map((r) => r.gap ?? Number.NaN);
  const planned = gaps.filter(Number.isFinite);
  const gapWorst = planned.length === runs.length ? Math.max(...planned) : Number.NaN;
  json.push({
    items,
    meetings,
    wallMedian: median(runs.map((r) => r.seconds)),
    wallWorst: Math.max(...runs.map((r) => r.seconds)),
    cpuMedian: median(runs.map((r) => r.cpu)),
    gapMedian: Number.isFinite(median(planned)) ? median(planned) : null,
    gapWorst: Number.isFinite(gapWorst) ? gapWorst : null,
    held: runs.filter((r) => r.held).length,
    runs: runs.length,
  });
  rows.push(
    `| ${items} × ${meetings} | ${median(runs.map((r) => r.seconds)).toFixed(2)} s | ${Math.max(...runs.map((r) => r.seconds)).toFixed(2)} s | ${median(runs.map((r) => r.cpu)).toFixed(2)} s | ${pct(median(planned))} | ${pct(planned.length === runs.length ? Math.max(...planned) : Number.NaN)} | ${runs.filter((r) => r.held).length}/${runs.length} |`,
  );
}
console.log("");
console.log(
  `time limit ${LIMIT} s, ${SEEDS} seeded ${SEEDS === 1 ? "year" : "years"} per size, HiGHS in this thread${COLD ? ", not warmed" : ""}`,
);
console.log("| items × meetings | wall, median | wall, worst | CPU, median | gap, median | gap, worst | limit held |");
console.log("|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
if (process.argv.includes("--json")) console.log(JSON.stringify({ limit: LIMIT, seeds: SEEDS, sizes: json }));
