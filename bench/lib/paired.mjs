// Paired runs: a command and its baseline alternate, so load from elsewhere on the machine falls
// on both; the figure is the median of the per-pair ratios (and the medians of each side).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const preload = new URL("./cpu-report.cjs", import.meta.url).pathname;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Run `node args…` to exit and return its CPU time (ms, from inside the process) and wall time
 * (ms, spawn to exit, as seen from here).
 */
export function runNode(args, { env = {}, cwd, stdin = "ignore" } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-cpu-"));
  const file = join(dir, "cpu.json");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", preload, ...args], {
      stdio: [stdin, "ignore", "pipe"],
      cwd,
      env: { ...process.env, ...env, SCRUTINEER_BENCH_CPU_FILE: file },
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      try {
        const { cpuMs } = JSON.parse(readFileSync(file, "utf8"));
        if (code !== 0 && code !== 1) throw new Error(`node ${args.join(" ")} exited ${code}: ${stderr}`);
        resolve({ cpuMs, wallMs });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** `runs` alternating pairs of baseline and subject (after one warm-up each); medians and median ratios. */
export async function paired(baseline, subject, runs) {
  await baseline();
  await subject();
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const a = i % 2 ? await subject() : undefined;
    const b = await baseline();
    const s = a ?? (await subject());
    pairs.push({ base: b, subject: s });
  }
  return {
    baseCpu: median(pairs.map((p) => p.base.cpuMs)),
    subjectCpu: median(pairs.map((p) => p.subject.cpuMs)),
    cpuRatio: median(pairs.map((p) => p.subject.cpuMs / p.base.cpuMs)),
    baseWall: median(pairs.map((p) => p.base.wallMs)),
    subjectWall: median(pairs.map((p) => p.subject.wallMs)),
    wallRatio: median(pairs.map((p) => p.subject.wallMs / p.base.wallMs)),
  };
}
