#!/usr/bin/env node
/**
 * The time-zone passes (`pnpm run test:tz`): the tests that touch dates, run again under the
 * machine time zone given in TZ, so that nothing depends on it (the charter: meeting times are
 * Europe/London wall clock whatever the machine's zone).
 *
 * Which tests: not a list kept by hand, which a new test could be left out of, but a rule applied
 * to every test file each time, so a new date test is in the passes the moment it is written:
 *
 *   1. every test of the packages that compute calendar days and instants: dates, deadlines, ical;
 *   2. any other test file whose text uses a date or time: an import of @scrutineer/dates,
 *      date-fns or @date-fns/tz; `Date` or `Intl`; `toLocale…`; `TZ`; a clock given to a command
 *      (`--now`, `now:`, `today:`) or the CLI's in-process runner with its clock (`run(` from
 *      ./helpers).
 *
 * A test file that the rule takes in but that is about something else (a terminal, a package, the
 * file system) may leave the passes by saying so and why, in a line of its own:
 *
 *   // time-zone passes: out, <the reason>
 *
 * so leaving is a decision written in the file, seen in review and in `--list`, never an omission.
 * The rest (pure text, HTTP, files, terminals without a date in sight) runs once, in the main pass.
 *
 *   node scripts/tz-tests.mjs --list     each test file, in or out, and why
 *   node scripts/tz-tests.mjs            run the selected tests under the current TZ
 *   node scripts/tz-tests.mjs --zones UTC,America/New_York
 *                                        one pass per zone, side by side (each pass's output is
 *                                        printed whole when it ends); fails if any pass fails
 */
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const WHOLE_PACKAGES = new Set(["packages/dates", "packages/deadlines", "packages/ical"]);
const OPT_OUT = /^\/\/ time-zone passes: out, (.+)$/m;
const DATE_USE = [
  ["imports @scrutineer/dates", /from "@scrutineer\/dates"/],
  ["imports date-fns", /from "(date-fns|@date-fns\/tz)(\/[^"]*)?"/],
  ["uses Date", /\bDate\b/],
  ["uses Intl", /\bIntl\./],
  ["uses toLocale…", /\.toLocale[A-Z]\w*\(/],
  ["sets TZ", /\bTZ\b/],
  ["gives a clock (--now, now:, today:)", /--now\b|\bnow:|\btoday:/],
  ["runs the CLI with its clock", /import \{[^}]*\brun\b[^}]*\} from "\.\/helpers/],
];

/** Workspace folders with tests: packages/*, apps/*, examples/*. */
function workspaces() {
  return ["packages", "apps", "examples"].flatMap((top) =>
    readdirSync(join(root, top))
      .map((d) => `${top}/${d}`)
      .filter((d) => statSync(join(root, d)).isDirectory()),
  );
}

function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(join(root, d), { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const path = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.test\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** Each test file of each workspace with whether it is in the passes, and why. */
export function selection() {
  return workspaces().flatMap((workspace) =>
    testFiles(workspace).map((file) => {
      const text = readFileSync(join(root, file), "utf8");
      if (WHOLE_PACKAGES.has(workspace)) return { workspace, file, in: true, why: `a test of ${workspace}` };
      const out = OPT_OUT.exec(text);
      if (out) return { workspace, file, in: false, why: `opted out: ${out[1]}` };
      const hit = DATE_USE.find(([, pattern]) => pattern.test(text));
      return { workspace, file, in: hit !== undefined, why: hit ? hit[0] : "no date in sight" };
    }),
  );
}

const tests = selection();
const zonesArg = process.argv.indexOf("--zones");
if (zonesArg > 0) {
  // The passes are independent processes: run them side by side (most of a pass is starting
  // vitest and loading its files, which two passes on two cores overlap well).
  const zones = process.argv[zonesArg + 1].split(",");
  const script = new URL(import.meta.url).pathname;
  const results = await Promise.all(
    zones.map(
      (zone) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [script], { env: { ...process.env, TZ: zone, FORCE_COLOR: "0" } });
          let out = "";
          child.stdout.on("data", (d) => {
            out += d;
          });
          child.stderr.on("data", (d) => {
            out += d;
          });
          child.on("close", (code) => {
            process.stdout.write(
              `\n==== time-zone pass TZ=${zone}: ${code === 0 ? "passed" : `FAILED (exit ${code})`}\n${out}`,
            );
            resolve(code);
          });
        }),
    ),
  );
  process.exit(results.every((c) => c === 0) ? 0 : 1);
} else if (process.argv.includes("--list")) {
  for (const t of tests) console.log(`${t.in ? "in " : "out"}  ${t.file}  (${t.why})`);
  console.log(`\n${tests.filter((t) => t.in).length} of ${tests.length} test files run in the time-zone passes`);
} else {
  const zone = process.env.TZ ?? "(the machine's)";
  const byWorkspace = new Map();
  for (const t of tests.filter((x) => x.in))
    byWorkspace.set(t.workspace, [...(byWorkspace.get(t.workspace) ?? []), t.file]);
  console.log(`time-zone pass, TZ=${zone}: ${tests.filter((t) => t.in).length} of ${tests.length} test files`);
  for (const [workspace, files] of byWorkspace) {
    // Type checks do not depend on the zone: the main pass has run them.
    execFileSync(
      process.execPath,
      [
        join(root, "node_modules/vitest/vitest.mjs"),
        "run",
        "--typecheck.enabled=false",
        "--reporter=dot",
        ...files.map((f) => relative(workspace, f)),
      ],
      { cwd: join(root, workspace), stdio: "inherit" },
    );
  }
}
