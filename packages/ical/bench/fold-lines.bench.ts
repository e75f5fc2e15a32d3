/**
 * The patched `foldLines` (patches/ical-generator@10.2.0.patch) against stock ical-generator's,
 * on the same 20,000 seeded random lines of mixed UTF-8 widths (the correctness test checks
 * 2,000 of them give identical bytes). Paired: the two alternate, the figure is the median ratio.
 *
 *   pnpm --filter @scrutineer/ical exec tsx bench/fold-lines.bench.ts [lines=20000] [--json]
 */
import { foldLines } from "ical-generator";
import { randomLines, stockFoldLines } from "../test/stock-fold-lines.js";

const [linesArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const lines = randomLines(Number(linesArg ?? 20_000));

function time(fold: (s: string) => string): number {
  const started = performance.now();
  for (const line of lines) fold(line);
  return performance.now() - started;
}

time(foldLines);
time(stockFoldLines);
const ratios: number[] = [];
let patched = 0;
let stock = 0;
for (let round = 0; round < 5; round++) {
  const p = time(foldLines);
  const s = time(stockFoldLines);
  patched += p;
  stock += s;
  ratios.push(s / p);
}
ratios.sort((a, b) => a - b);
const ratio = ratios[2]!;
console.log(
  `foldLines on ${lines.length.toLocaleString("en-GB")} lines: patched ${(patched / 5).toFixed(1)} ms, stock ${(stock / 5).toFixed(1)} ms, stock / patched ${ratio.toFixed(1)}x (median of 5)`,
);
if (process.argv.includes("--json")) console.log(JSON.stringify({ patchedMs: patched / 5, stockMs: stock / 5, ratio }));
