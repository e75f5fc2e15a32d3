#!/usr/bin/env node
/**
 * The cross-committee check on a council of 40 committees and 400 meetings (issue 15), by hand:
 *   pnpm bench:council [--committees 40] [--per-day 4] [--json]
 * Needs the build. The baseline, measured in the same run and the same process, is each
 * committee's own checks (`checkProgramme` of @scrutineer/checks), which `scrutineer check
 * <council-folder>` runs anyway: the ratio says what the checks across committees add to them,
 * and a busy machine weighs on both sides alike.
 */
import { performance } from "node:perf_hooks";
import { checkProgramme } from "@scrutineer/checks";
import { indexProgramme, Programme } from "@scrutineer/model";
import { Council, councilFindings } from "../dist/index.js";
import { syntheticCouncil } from "./synthetic-council.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const committees = arg("committees", 40);
const perDay = arg("per-day", 4);
const rounds = arg("rounds", 21);
const { council, programmes } = syntheticCouncil({ committees, meetingsPerCommittee: 10, perDay });
const parsedCouncil = Council.parse(council);
const parsedProgrammes = programmes.map((p) => Programme.parse(p));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratios = [];
const checks = [];
const baselines = [];
let findings = 0;
for (let r = 0; r < rounds; r++) {
  // Baseline: every committee's own checks.
  let t = performance.now();
  for (const p of parsedProgrammes) checkProgramme(p, { today: "2022-05-01" });
  const baseline = performance.now() - t;
  const indexes = parsedProgrammes.map((p) => indexProgramme(p));
  const folder = {
    council: parsedCouncil,
    committees: parsedCouncil.committees.map((entry, i) => ({ entry, file: entry.programme, index: indexes[i] })),
  };
  t = performance.now();
  findings = councilFindings(folder).length;
  const check = performance.now() - t;
  if (r === 0) continue; // warm-up
  baselines.push(baseline);
  checks.push(check);
  ratios.push(check / baseline);
}
const result = {
  committees,
  meetings: committees * 10,
  findings,
  checkMs: Number(median(checks).toFixed(2)),
  baselineMs: Number(median(baselines).toFixed(2)),
  ratio: Number(median(ratios).toFixed(2)),
};
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else
  console.log(
    `council check, ${result.committees} committees / ${result.meetings} meetings (${result.findings} findings): ${result.checkMs} ms; each committee's own checks: ${result.baselineMs} ms; ratio ${result.ratio}× (median of ${rounds - 1} paired rounds)`,
  );
