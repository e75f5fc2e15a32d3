/**
 * Auto-planner bench: seeded random years of 60 items × 10 meetings, solved by HiGHS
 * (WebAssembly, this thread), against a greedy baseline in the same run.
 *
 *   pnpm --filter @scrutineer/planner exec tsx bench/autoplan.bench.ts [years=21] [seed=2022]
 *
 * Each year is over-subscribed (about 2,200 minutes of topics for 1,750 minutes of meeting
 * time), with standing items pinned to their month by window, alongside pairs, three Cabinet
 * Q&As needing six weeks' notice, officers away on some dates, preparation lead times and a
 * current plan to keep. Printed: the median, 90th percentile and worst wall time of a whole
 * plan (three solves and the independent check), of the priority solve alone, and the proven
 * gap of the priority solve (target: median under 1 s at a 1 % gap), in wall time and in CPU
 * time (which a busy machine does not inflate); then how much priority the
 * greedy baseline (highest priority per minute first, into the first meeting that takes it)
 * schedules on the same years, as a ratio. The first year is run once beforehand to warm up
 * the WebAssembly compiler and is not counted.
 */
import { performance } from "node:perf_hooks";
import { agendaItemId, type Programme } from "@scrutineer/model";
import { autoplan, highsSolver, type PlanningProblem, planningProblem, type Solver } from "../src/index.js";
import { BENCH_TODAY, benchYear } from "./generate-year.js";

const YEARS = Number(process.argv[2] ?? 21);
const SEED = Number(process.argv[3] ?? 2022);

/** The original bench year: 60 items × 10 meetings (bench/generate-year.ts). */
function year(seed: number): Programme {
  return benchYear(seed, 60, 10);
}

/** The baseline: must items first, then highest priority per minute, each into the first meeting that takes it. */
function greedy(problem: PlanningProblem): number {
  const left = new Map(problem.meetings.map((m) => [m.id, m.budget]));
  const qa = new Set<string>();
  const banned = new Set(problem.groups.flatMap((g) => g.excludes.map((e) => `${e.item}|${e.meeting}`)));
  const order = [...problem.items].sort(
    (a, b) =>
      Number(b.must !== undefined) - Number(a.must !== undefined) ||
      b.priority / Math.max(1, b.minutes) - a.priority / Math.max(1, a.minutes),
  );
  let scheduled = 0;
  const done = new Set<string>();
  for (const it of order) {
    if (done.has(it.id)) continue;
    const partner = problem.groups.find(
      (g) => g.kind === "alongside" && g.excludes.length === 0 && g.items.includes(it.id),
    );
    const group = partner ? partner.items.map((id) => problem.items.find((i) => i.id === id)!) : [it];
    const minutes = group.reduce((s, i) => s + i.minutes, 0);
    const meeting = problem.meetings.find(
      (m) =>
        left.get(m.id)! >= minutes &&
        group.every((i) => !banned.has(`${i.id}|${m.id}`)) &&
        !(group.some((i) => i.cabinetQa) && qa.has(m.id)),
    );
    for (const i of group) done.add(i.id);
    if (!meeting) continue;
    left.set(meeting.id, left.get(meeting.id)! - minutes);
    if (group.some((i) => i.cabinetQa)) qa.add(meeting.id);
    scheduled += group.reduce((s, i) => s + i.priority, 0);
  }
  return scheduled;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

// CPU time as well as wall time: on a shared machine the wall clock also counts other
// processes' turns, the CPU time only this one's work.
const highs = highsSolver();
let cpuBySolve: number[] = [];
const solver: Solver = {
  name: highs.name,
  async solve(request) {
    const before = process.cpuUsage();
    const result = await highs.solve(request);
    const used = process.cpuUsage(before);
    cpuBySolve.push((used.user + used.system) / 1e6);
    return result;
  },
};
const today = BENCH_TODAY;

async function main() {
  const warm = performance.now();
  await autoplan(year(SEED), { today, solver });
  console.log(`warm-up (first year, WebAssembly compiling): ${((performance.now() - warm) / 1000).toFixed(2)} s`);

  const wall: number[] = [];
  const cpu: number[] = [];
  const priorityCpu: number[] = [];
  const priorityWall: number[] = [];
  const gaps: number[] = [];
  const ratios: number[] = [];
  let optimal = 0;
  let stoppedStages = 0;
  let infeasible = 0;
  for (let k = 0; k < YEARS; k++) {
    const programme = year(SEED + k);
    const problem = planningProblem(programme, { today });
    cpuBySolve = [];
    const t0 = performance.now();
    const result = await autoplan(programme, { today, solver, timeLimitSeconds: 10, relativeGap: 0.01 });
    const seconds = (performance.now() - t0) / 1000;
    if (!result.ok) {
      infeasible++;
      console.log(`year ${SEED + k}: no plan (${result.reason}) in ${seconds.toFixed(2)} s`);
      continue;
    }
    const { plan } = result;
    wall.push(seconds);
    cpu.push(cpuBySolve.reduce((a, b) => a + b, 0));
    priorityCpu.push(cpuBySolve[0]!);
    priorityWall.push(plan.stages[0]!.seconds);
    gaps.push(plan.priority.gap);
    if (plan.stages[0]!.status === "optimal") optimal++;
    stoppedStages += plan.stages.filter((s) => s.status !== "optimal").length;
    const base = greedy(problem);
    ratios.push(plan.priority.scheduled / Math.max(1, base));
    const onAgendas = plan.programme.meetings.reduce((s, m) => s + m.agenda.map(agendaItemId).length, 0);
    console.log(
      `year ${SEED + k}: ${seconds.toFixed(2)} s (${plan.stages.map((s) => `${s.stage} ${s.seconds.toFixed(2)}${s.status === "optimal" ? "" : ` ${s.status}`}`).join(", ")}; priority solve ${plan.stages[0]!.seconds.toFixed(2)} s, gap ${(plan.priority.gap * 100).toFixed(2)} %), priority ${plan.priority.scheduled} of ≤ ${plan.priority.bound}, greedy ${base}, ${onAgendas} items placed, ${plan.changeCount} changes`,
    );
  }
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  console.log("");
  console.log(
    `${wall.length} years planned, ${infeasible} without a plan; HiGHS ${optimal}/${wall.length} priority solves proven within the gap; ${stoppedStages} stage(s) stopped by the time limit`,
  );
  console.log(
    `whole plan (3 solves + check): median ${quantile(wall, 0.5).toFixed(2)} s, p90 ${quantile(wall, 0.9).toFixed(2)} s, worst ${Math.max(...wall).toFixed(2)} s`,
  );
  console.log(
    `priority solve:                median ${quantile(priorityWall, 0.5).toFixed(2)} s, p90 ${quantile(priorityWall, 0.9).toFixed(2)} s, worst ${Math.max(...priorityWall).toFixed(2)} s`,
  );
  console.log(
    `CPU time, whole plan:          median ${quantile(cpu, 0.5).toFixed(2)} s, p90 ${quantile(cpu, 0.9).toFixed(2)} s, worst ${Math.max(...cpu).toFixed(2)} s`,
  );
  console.log(
    `CPU time, priority solve:      median ${quantile(priorityCpu, 0.5).toFixed(2)} s, p90 ${quantile(priorityCpu, 0.9).toFixed(2)} s, worst ${Math.max(...priorityCpu).toFixed(2)} s`,
  );
  console.log(`proven gap:                    median ${pct(quantile(gaps, 0.5))}, worst ${pct(Math.max(...gaps))}`);
  console.log(
    `priority scheduled vs greedy:  median ×${quantile(ratios, 0.5).toFixed(3)}, worst ×${Math.min(...ratios).toFixed(3)} (the greedy plan ignores nothing but packs worse)`,
  );
}

await main();
