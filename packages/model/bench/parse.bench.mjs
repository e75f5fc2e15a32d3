#!/usr/bin/env node
// Is loading a programme linear? CPU time of parseProgramme (YAML, structure checks, schema and
// cross-references) on generated inputs of 1× and 10× the size, in the same run, with the ratio
// (10 for linear work; a quadratic step would give about 100). The limits are raised so that
// the 10× inputs are parsed, not refused. The checks are timed separately for reference: their
// agenda lookups are not the loader's.
// Run by hand after a build:  node packages/model/bench/parse.bench.mjs [runs]
import { parseProgramme } from "../dist/index.js";
import { generateProgramme } from "./generate-programme.mjs";

const runs = Number(process.argv[2] ?? 3);
const open = { maxBytes: 1e9, maxItems: 1e7, maxMeetings: 1e7, maxAliases: 1e7, maxAliasValues: 1e9, maxErrors: 1e9 };

/** Least CPU milliseconds of `runs` runs (user + system). */
function cpu(fn) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const shapes = {
  "a valid programme (items)": (n) => generateProgramme(n),
  "one map with many keys (duplicate-key check)": (n) =>
    `${Array.from({ length: n * 4 }, (_, i) => `k${i}: v`).join("\n")}\n`,
  // The yaml library resolves each alias by scanning the nodes before it (aliases × nodes), which is
  // why the aliases of a file are limited (programmeLimits.maxAliases, 100): at the limit, linear.
  "100 aliases after many anchored values": (n) =>
    `a: [${Array.from({ length: n }, (_, i) => `&a${i} x`).join(", ")}]\nb: [${Array.from({ length: 100 }, (_, i) => `*a${i}`).join(", ")}]\n`,
  "one long line of text": (n) => `notes: ${"word ".repeat(n * 10)}\n`,
  "many refused characters": (n) => `notes: "${"\\e".repeat(n)}"\n${"\u0007".repeat(n)}\n`,
};

const rows = [];
for (const [name, make] of Object.entries(shapes)) {
  const small = make(2_000);
  const large = make(20_000);
  const t1 = cpu(() => parseProgramme(small, "p.yaml", { limits: open }));
  const t10 = cpu(() => parseProgramme(large, "p.yaml", { limits: open }));
  rows.push({
    input: name,
    "1× KB": Math.round(small.length / 1000),
    "1× ms": t1.toFixed(1),
    "10× ms": t10.toFixed(1),
    ratio: (t10 / t1).toFixed(1),
  });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => Number(r.ratio)));
console.log(
  worst <= 20
    ? `every shape grows about linearly (worst ratio ${worst.toFixed(1)} for 10× the input; 10 is linear, ~100 quadratic)`
    : `a shape grows faster than linearly: ratio ${worst.toFixed(1)} for 10× the input`,
);
