/**
 * Calendar export at scale, against stock ical-generator in the same run.
 *
 *   NODE_OPTIONS=--max-old-space-size=16384 pnpm --filter @scrutineer/ical exec tsx bench/ical-export.bench.ts [meetings=100000] [--json]
 *   pnpm --filter @scrutineer/ical exec tsx bench/ical-export.bench.ts [meetings] --ours-only [--json]
 *
 * (Stock ical-generator needs more than Node's default 4 GB heap for 100,000 events: it builds
 * the folded text one character at a time.)
 *
 * The events: the Hackney CYP 2022/23 programme copied into 12,500 commissions (8 meetings each,
 * the timed agendas and descriptions of the real ones) = 100,000 meetings, numbered once by
 * `programmeFeed` (not timed). Then, on exactly the same events:
 *
 *   stock    ical-generator 10.2.0 as published: rebuilt here by reversing the repository's
 *            pnpm patch (patches/ical-generator@10.2.0.patch) on a copy of the installed package;
 *   patched  the installed ical-generator (foldLines counts octets from code units);
 *   ours     `commissionCalendar` end to end (zoned dates, sorting, VTIMEZONE, final CRLF).
 *
 * Stock and patched must give identical bytes, and `ours` must equal stock plus the same
 * finishing, or the bench fails. Then 10,000 against 100,000 meetings for growth.
 *
 * `--ours-only` runs only our side at the given size (numbering, then the feed written to a file
 * as it is made, with `calendarChunks`) and reports its peak memory (the process's maximum resident set), which the
 * stock run would otherwise dominate. `--json` ends with the figures as one JSON line.
 */
import { execFileSync } from "node:child_process";
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { type Programme, parseProgramme } from "@scrutineer/model";
import * as patched from "ical-generator";
import { calendarChunks, commissionCalendar } from "../src/calendars.js";
import type { FeedEvent } from "../src/feed-event.js";
import { programmeFeed } from "../src/programme-feed.js";
import { calendarData, eventData, finishCalendar } from "../src/render-calendar.js";

const [totalArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const TOTAL = Number(totalArg ?? 100_000);
const JSON_OUT = process.argv.includes("--json");
const OURS_ONLY = process.argv.includes("--ours-only");
const here = new URL(".", import.meta.url);
const repo = new URL("../../../", here);

// --- stock ical-generator: the installed copy with the patch reversed ----------------------
function stockIcalGenerator(): { dir: string; module: Promise<typeof patched> } {
  const installed = realpathSync(new URL("../node_modules/ical-generator", here));
  const dir = mkdtempSync(join(tmpdir(), "ical-generator-stock-"));
  cpSync(installed, dir, { recursive: true });
  execFileSync("patch", ["-R", "-p1", "--quiet", "-i", new URL("patches/ical-generator@10.2.0.patch", repo).pathname], {
    cwd: dir,
  });
  if (!readFileSync(join(dir, "dist/index.mjs"), "utf8").includes("new TextEncoder().encode")) {
    throw new Error("reversing the patch did not give stock ical-generator");
  }
  return { dir, module: import(pathToFileURL(join(dir, "dist/index.mjs")).href) };
}

// --- the events ----------------------------------------------------------------------------
function example(): Programme {
  const source = readFileSync(new URL("examples/hackney-cyp-2022-23/programme.yaml", repo), "utf8");
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not parse");
  return result.programme;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `count` meetings: copies of the example's commission, each shifted by whole weeks. */
function programmes(count: number): Programme[] {
  const base = example();
  const out: Programme[] = [];
  for (let k = 0; k * base.meetings.length < count; k++) {
    const shift = 7 * (k % 40);
    const meetings = base.meetings.slice(0, count - k * base.meetings.length).map((m) => {
      const { movedFrom: _m, papersDeadline: _p, dispatch: _d, ...rest } = m;
      return {
        ...rest,
        status: m.status === "moved" ? ("scheduled" as const) : m.status,
        date: addDays(m.date, shift),
      };
    });
    out.push({
      ...base,
      commission: { ...base.commission, id: `c${k}`, name: `${base.commission.name} ${k}` },
      meetings,
    });
  }
  return out;
}

/** Wall time, and CPU time of this process (all its threads), which a busy machine inflates less. */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

const TEXT = { name: "Every commission", description: "Meetings of every commission, for the bench." };

function byStart(a: FeedEvent, b: FeedEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function render(lib: typeof patched, events: readonly FeedEvent[]): { build: number; toString: number; text: string } {
  const built = time(() => {
    const calendar = new lib.ICalCalendar(calendarData(TEXT));
    for (const e of events) calendar.createEvent(eventData(e));
    return calendar;
  });
  const out = time(() => built.value.toString());
  return { build: built.ms, toString: out.ms, text: finishCalendar(out.value, TEXT) };
}

interface Result {
  n: number;
  ours: number;
  stock: number;
  feed: number;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;

/** Our side alone: numbering, then the commission feed, with the process's peak memory. */
function oursOnly(n: number) {
  const numbered = time(() => programmes(n).map((p) => programmeFeed(p, { now: "2022-06-01T09:00:00Z" })));
  // Written as it is made, as `scrutineer export ics -o` does: the feed is never held whole.
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-export-"));
  const ours = time(() => {
    const fd = openSync(join(dir, "feed.ics"), "w");
    for (const piece of calendarChunks(numbered.value, { kind: "commission" }, TEXT)) writeSync(fd, piece);
    closeSync(fd);
  });
  rmSync(dir, { recursive: true, force: true });
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${n.toLocaleString("en-GB")} meetings, ours only`);
  console.log(`  programmeFeed (agenda timing, deadlines, state)   ${fmt(numbered.ms)}  CPU ${fmt(numbered.cpuMs)}`);
  console.log(`  calendarChunks to a file (serialising)            ${fmt(ours.ms)}  CPU ${fmt(ours.cpuMs)}`);
  console.log(`  peak memory (max RSS)                             ${peakMb.toFixed(0)} MB`);
  if (JSON_OUT)
    console.log(
      JSON.stringify({
        n,
        feedMs: numbered.ms,
        serialiseMs: ours.ms,
        feedCpuMs: numbered.cpuMs,
        serialiseCpuMs: ours.cpuMs,
        peakMb,
      }),
    );
}

async function main() {
  if (OURS_ONLY) return oursOnly(TOTAL);
  const stock = stockIcalGenerator();
  const stockLib = await stock.module;
  try {
    for (const n of [TOTAL / 10, TOTAL]) {
      const numbered = time(() => programmes(n).map((p) => programmeFeed(p, { now: "2022-06-01T09:00:00Z" })));
      const feeds = numbered.value;
      const events = feeds.flatMap((f) => f.meetings).sort(byStart);
      console.log(`\n${n.toLocaleString("en-GB")} meetings in ${feeds.length.toLocaleString("en-GB")} programmes`);
      console.log(`  programmeFeed (agenda timing, deadlines, state)   ${fmt(numbered.ms)}`);

      const ours = time(() => commissionCalendar(feeds, TEXT));
      const fast = render(patched, events);
      const slow = render(stockLib, events);
      if (fast.text !== slow.text) throw new Error("patched and stock ical-generator differ");
      if (ours.value !== slow.text) throw new Error("commissionCalendar differs from stock ical-generator's output");
      const mb = (Buffer.byteLength(ours.value) / 1e6).toFixed(1);
      console.log(`  output ${mb} MB, identical bytes from stock, patched and commissionCalendar`);
      console.log(
        `  stock ical-generator    build ${fmt(slow.build)}  toString ${fmt(slow.toString)}  total ${fmt(slow.build + slow.toString)}`,
      );
      console.log(
        `  patched ical-generator  build ${fmt(fast.build)}  toString ${fmt(fast.toString)}  total ${fmt(fast.build + fast.toString)}`,
      );
      console.log(`  commissionCalendar (all of it)                          total ${fmt(ours.ms)}`);
      const ratio = (slow.build + slow.toString) / ours.ms;
      console.log(
        `  stock / ours: ${ratio.toFixed(1)}x faster (target 20x)  ·  toString alone: ${(slow.toString / fast.toString).toFixed(1)}x`,
      );
      (globalThis as { results?: unknown[] }).results ??= [];
      (globalThis as unknown as { results: Result[] }).results.push({
        n,
        ours: ours.ms,
        stock: slow.build + slow.toString,
        feed: numbered.ms,
      });
    }
    const [small, large] = (globalThis as unknown as { results: Result[] }).results;
    if (small && large) {
      console.log(
        `\ngrowth ${small.n.toLocaleString("en-GB")} → ${large.n.toLocaleString("en-GB")} meetings (10x): ours ${(large.ours / small.ours).toFixed(1)}x, stock ${(large.stock / small.stock).toFixed(1)}x`,
      );
      if (JSON_OUT)
        console.log(
          JSON.stringify({
            n: large.n,
            oursMs: large.ours,
            stockMs: large.stock,
            ratio: large.stock / large.ours,
            feedMs: large.feed,
          }),
        );
    }
  } finally {
    rmSync(stock.dir, { recursive: true, force: true });
  }
}

await main();
