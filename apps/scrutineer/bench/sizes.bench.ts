/**
 * Linear at any size (issue 18, item 2): `check`, `export ics` and `export site` on programmes of
 * 8, 80, 800 and 8,000 meetings (copies of the example, bench/big-programme.ts), each size and
 * command in a fresh child process so that its peak memory is its own. Printed per run: CPU time
 * (user and system: a busy machine inflates wall time, not this), wall time, the garbage
 * collector's pauses, peak memory (max RSS of the child, and that less the RSS it had once the
 * file was read: the work's own), and the growth of CPU time from the size before (about 10× for
 * 10× the meetings when linear).
 *
 * In-process, not through the CLI: the CLI refuses a file of more than 100 meetings
 * (docs/limits.md). What each command does here is what the CLI does but the disk: `check`
 * parses the file and checks every meeting; `export ics` parses, numbers the feed
 * (`programmeFeed`) and renders it in pieces; `export site` parses, numbers the feed and builds
 * every file of the site in memory (`feedSite`), without writing it.
 *
 *   pnpm --filter scrutineer exec tsx bench/sizes.bench.ts [copies=1,10,100,1000] [--json]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { checkProgramme } from "@scrutineer/checks";
import { calendarChunks, feedSite, programmeFeed } from "@scrutineer/ical";
import { parseProgramme } from "@scrutineer/model";
import { BENCH_LIMITS, bigProgrammeYaml } from "./big-programme.js";

const COMMANDS = ["check", "export ics", "export site"] as const;
type Command = (typeof COMMANDS)[number];

interface Measure {
  command: Command;
  meetings: number;
  cpuMs: number;
  wallMs: number;
  /** Max RSS of the child, MB. */
  peakMb: number;
  /** Max RSS less the RSS once the file was read, MB: the command's own. */
  workMb: number;
  /** Milliseconds of garbage collection during the command (wall, main thread's pauses). */
  gcMs: number;
  /** Something the command produced (findings, bytes), so that the work is not optimised away. */
  output: number;
}

const NOW = "2023-01-09T12:00:00Z";

function run(command: Command, text: string): number {
  const parsed = parseProgramme(text, "programme.yaml", { limits: BENCH_LIMITS });
  if (!parsed.ok) throw new Error("the programme does not parse");
  const programme = parsed.programme;
  if (command === "check") return checkProgramme(programme, { today: "2023-01-09" }).length;
  const feed = programmeFeed(programme, { now: NOW });
  let bytes = 0;
  if (command === "export ics") for (const piece of calendarChunks(feed, { kind: "commission" })) bytes += piece.length;
  else for (const file of feedSite([feed])) bytes += file.body.length;
  return bytes;
}

/** The child: one command on one file, measured from inside. */
async function child(command: Command, file: string, meetings: number): Promise<void> {
  const text = readFileSync(file, "utf8");
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const rssBefore = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const output = run(command, text);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024; // kilobytes on Linux
  // GC entries arrive on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc.disconnect();
  const measure: Measure = {
    command,
    meetings,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    peakMb: peak / 2 ** 20,
    workMb: Math.max(0, peak - rssBefore) / 2 ** 20,
    gcMs,
    output,
  };
  console.log(JSON.stringify(measure));
}

function parent(copies: number[]): void {
  const here = fileURLToPath(import.meta.url);
  const work = mkdtempSync(join(tmpdir(), "scrutineer-sizes-"));
  const results: Measure[] = [];
  try {
    for (const n of copies) {
      const file = join(work, `programme-${n}.yaml`);
      writeFileSync(file, bigProgrammeYaml(n));
      for (const command of COMMANDS) {
        const out = execFileSync(process.execPath, ["--import", "tsx", here, "--child", command, file, String(n * 8)], {
          encoding: "utf8",
          maxBuffer: 16 * 2 ** 20,
          stdio: ["ignore", "pipe", "inherit"],
        });
        const measure = JSON.parse(out.trim().split("\n").pop()!) as Measure;
        results.push(measure);
        const before = results.find((r) => r.command === command && r.meetings === (n / 10) * 8);
        const growth = before ? ` (${(measure.cpuMs / before.cpuMs).toFixed(1)}× the CPU of ${before.meetings})` : "";
        console.error(
          `${command} at ${measure.meetings} meetings: ${measure.cpuMs.toFixed(0)} ms CPU, ${measure.wallMs.toFixed(0)} ms wall, GC ${measure.gcMs.toFixed(0)} ms, peak ${measure.peakMb.toFixed(0)} MB (${measure.workMb.toFixed(0)} MB its own)${growth}`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    "| command | meetings | CPU | wall | GC pauses (wall) | peak memory (its own) | CPU growth for 10× the meetings |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const command of COMMANDS) {
    let last: Measure | undefined;
    for (const r of results.filter((m) => m.command === command)) {
      const growth = last && r.meetings === last.meetings * 10 ? `${(r.cpuMs / last.cpuMs).toFixed(1)}×` : "—";
      console.log(
        `| ${command} | ${r.meetings.toLocaleString("en-GB")} | ${r.cpuMs.toFixed(0)} ms | ${r.wallMs.toFixed(0)} ms | ${r.gcMs.toFixed(0)} ms | ${r.peakMb.toFixed(0)} MB (${r.workMb.toFixed(0)} MB) | ${growth} |`,
      );
      last = r;
    }
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify(results));
}

const args = process.argv.slice(2);
if (args[0] === "--child") await child(args[1] as Command, args[2]!, Number(args[3]));
else
  parent(
    (args.find((a) => !a.startsWith("--")) ?? "1,10,100,1000")
      .split(",")
      .map(Number)
      .filter((n) => n > 0),
  );
