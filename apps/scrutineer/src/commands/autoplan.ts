import { isAbsolute, join } from "node:path";
import { shortDate } from "@scrutineer/dates";
import {
  applyEditToSource,
  type Finding,
  formatProgrammeError,
  indexProgramme,
  type Programme,
  parseProgramme,
  plural,
  sortFindings,
} from "@scrutineer/model";
import {
  type AutoPlan,
  type AutoplanResult,
  autoplan,
  describeChange,
  explainUnscheduled,
  highsSolver,
  itemName,
  planEdits,
  type RangeAt,
  type UnscheduledExplanation,
  verifyPlan,
} from "@scrutineer/planner";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { parseNow } from "../io/now.js";
import { formatFinding } from "../io/print.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.autoplan.usage;

export function timeLimitFlag(value: string | undefined): number {
  if (value === undefined) return 10;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0) || seconds > 3600)
    throw new UsageError(`--time-limit ${value}: expected a number of seconds between 0 and 3600 (e.g. 10)`);
  return seconds;
}

function rangesFlag(value: string | undefined): RangeAt {
  if (value === undefined || value === "upper") return "upper";
  if (value === "lower") return "lower";
  throw new UsageError(`--ranges ${value}: expected "upper" (a range such as 30-45 counts 45) or "lower" (counts 30)`);
}

function findingLines(findings: readonly Finding[]): string[] {
  return sortFindings(findings).map((f) => `  ${formatFinding(f)}`);
}

function header(file: string, programme: Programme, today: string): string {
  const { commission } = programme;
  return `Auto-plan · ${commission.name} · ${commission.municipalYear} · ${file} · planned on ${shortDate(today)}`;
}

function formatPlan(file: string, programme: Programme, plan: AutoPlan, applied: boolean | undefined): string {
  const lines = [header(file, programme, plan.today)];
  const gap = (plan.priority.gap * 100).toFixed(1);
  lines.push(
    `Verified: the plan keeps every rule. Priority scheduled ${plan.priority.scheduled} of at most ${plan.priority.bound} (proven gap ${gap} %); ${plural(plan.changeCount, "change")} to the current plan.`,
  );
  lines.push("");
  const reasons = new Map(plan.backlog.map((b) => [b.item, b.reasons.join("; ")]));
  if (plan.changes.length === 0)
    lines.push("No changes: the current plan already keeps every rule and schedules the most it can.");
  else {
    lines.push("Changes");
    for (const c of plan.changes) lines.push(`  ${describeChange(programme, c, reasons.get(c.item))}`);
  }
  const waiting = plan.backlog.filter((b) => !plan.changes.some((c) => c.item === b.item));
  if (waiting.length > 0) {
    lines.push("", "Left in the backlog");
    for (const b of waiting) lines.push(`  · ${itemName(programme, b.item)}: ${b.reasons.join("; ")}`);
  }
  lines.push("", "Meetings (minutes for items: used of available)");
  for (const m of plan.meetings)
    lines.push(`  ${shortDate(m.date).padEnd(16)} ${String(m.used).padStart(3)} of ${m.capacity}  ${m.spare} spare`);
  const notes = plan.findings.filter((f) => f.severity !== "info");
  if (notes.length > 0) lines.push("", "Notes", ...findingLines(notes));
  lines.push("");
  const stages = plan.stages.map((s) => `${s.stage} ${s.status} ${s.seconds.toFixed(2)} s`).join(", ");
  lines.push(`Solved by HiGHS: ${stages}.`);
  if (applied === true) lines.push(`Applied ${plural(plan.changes.length, "change")} to ${file}.`);
  else if (applied === false) lines.push(`Nothing to apply: ${file} already holds this plan.`);
  else if (plan.changes.length > 0) lines.push(`Run again with --apply to write these changes to ${file}.`);
  return `${lines.join("\n")}\n`;
}

function formatFailure(
  file: string,
  programme: Programme,
  today: string,
  result: Exclude<AutoplanResult, { ok: true }>,
): string {
  const lines = [header(file, programme, today)];
  if (result.reason === "infeasible") {
    lines.push("No plan keeps every rule.", "");
    if (result.conflicts.length > 0) {
      lines.push(result.conflicts.length === 1 ? "The conflict" : `${result.conflicts.length} conflicts`);
      result.conflicts.forEach((c, k) => {
        lines.push(`  ${k + 1}. ${c.message}`);
      });
      if (!result.complete) lines.push("  (the search was cut short: a set may hold more rules than it needs)");
    }
    if (result.repair && result.repair.steps.length > 0) lines.push("", result.repair.message);
  } else {
    lines.push(`No plan: ${result.message}.`);
    if (result.violations.length > 0) lines.push(...findingLines(result.violations));
  }
  const errors = result.findings.filter((f) => f.severity !== "info");
  if (errors.length > 0) lines.push("", "Checks before solving", ...findingLines(errors));
  return `${lines.join("\n")}\n`;
}

function planJson(file: string, plan: AutoPlan, applied: boolean) {
  return {
    ok: true,
    verified: true,
    file,
    today: plan.today,
    ranges: plan.rangeAt,
    priority: plan.priority,
    changeCount: plan.changeCount,
    changes: plan.changes,
    backlog: plan.backlog,
    meetings: plan.meetings,
    findings: plan.findings,
    solver: { name: "HiGHS", seconds: plan.seconds, optimal: plan.optimal, stages: plan.stages },
    applied,
  };
}

function failureJson(file: string, today: string, result: Exclude<AutoplanResult, { ok: true }>) {
  const base = { ok: false, file, today, reason: result.reason, findings: result.findings };
  if (result.reason !== "infeasible") return { ...base, message: result.message, violations: result.violations };
  return {
    ...base,
    complete: result.complete,
    conflicts: result.conflicts.map((c) => ({
      message: c.message,
      rules: c.rules.map((r) => ({
        id: r.id,
        kind: r.kind,
        items: r.items,
        ...(r.meeting ? { meeting: r.meeting } : {}),
      })),
    })),
    repair: result.repair
      ? {
          message: result.repair.message,
          steps: result.repair.steps.map((s) => ({
            rule: s.rule.id,
            action: s.action,
            ...(s.extraMinutes !== undefined ? { extraMinutes: s.extraMinutes } : {}),
          })),
        }
      : null,
  };
}

function whyJson(why: UnscheduledExplanation) {
  return {
    ok: true,
    why: {
      ...why,
      conflicts: why.conflicts.map((c) => ({ message: c.message, rules: c.rules.map((r) => r.id) })),
    },
  };
}

/** Where each item sits: meeting id, "backlog", or absent. */
function placements(p: Programme): Map<string, string | undefined> {
  const index = indexProgramme(p);
  const out = new Map<string, string | undefined>();
  for (const item of p.items)
    out.set(item.id, index.backlog.has(item.id) ? "backlog" : index.meetingOfItem(item.id)?.id);
  return out;
}

/**
 * Write the plan into the file with the model's comment-keeping edits, then read the result
 * back and check it is the plan (every placement) and keeps every rule before replacing the
 * file atomically.
 */
async function applyPlan(
  path: string,
  shown: string,
  source: string,
  before: Programme,
  plan: AutoPlan,
): Promise<void> {
  let text = source;
  for (const edit of planEdits(before, plan.programme)) text = applyEditToSource(text, edit);
  const reread = parseProgramme(text, path);
  if (!reread.ok)
    throw new Error(`the edited file does not read back: ${reread.errors.map(formatProgrammeError).join("; ")}`);
  const want = [...placements(plan.programme)].sort().join("\n");
  const got = [...placements(reread.programme)].sort().join("\n");
  if (want !== got) throw new Error("the edited file does not hold the plan; nothing was written");
  const violations = verifyPlan(before, reread.programme, { today: plan.today, rangeAt: plan.rangeAt });
  if (violations.length > 0)
    throw new Error(`the edited file breaks a rule (${violations[0]!.message}); nothing was written`);
  await writeFileAtomic(path, text, { shown });
}

export const autoplanCommand: Command = {
  ...catalogue.autoplan,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        json: { type: "boolean", default: false },
        apply: { type: "boolean", default: false },
        now: { type: "string" },
        "time-limit": { type: "string" },
        why: { type: "string" },
        ranges: { type: "string" },
      },
      "autoplan",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
    if (values.apply && values.why !== undefined)
      throw new UsageError("scrutineer autoplan: --why explains, it does not change the file; drop --apply");
    const { today } = parseNow(values.now, io.now);
    const timeLimitSeconds = timeLimitFlag(values["time-limit"]);
    const rangeAt = rangesFlag(values.ranges);
    const path = isAbsolute(file) ? file : join(io.cwd, file);
    const loaded = await loadProgramme(file, io.cwd);
    const { programme } = loaded;
    const solver = highsSolver();
    const options = { today, solver, timeLimitSeconds, rangeAt };

    if (values.why !== undefined) {
      if (!programme.items.some((i) => i.id === values.why))
        throw new UsageError(`--why ${values.why}: no item has the id "${values.why}" in ${file}`);
      const why = await explainUnscheduled(programme, values.why, options);
      if (values.json) io.stdout(`${JSON.stringify(whyJson(why), null, 2)}\n`);
      else io.stdout(`${header(file, programme, today)}\n${why.message}\n`);
      return 0;
    }

    const result = await autoplan(programme, options);
    if (!result.ok) {
      if (values.json) io.stdout(`${JSON.stringify(failureJson(file, today, result), null, 2)}\n`);
      else io.stdout(formatFailure(file, programme, today, result));
      return 1;
    }
    let applied = false;
    if (values.apply && result.plan.changes.length > 0) {
      await applyPlan(path, file, loaded.source, programme, result.plan);
      applied = true;
    }
    if (values.json) io.stdout(`${JSON.stringify(planJson(file, result.plan, applied), null, 2)}\n`);
    else io.stdout(formatPlan(file, programme, result.plan, values.apply ? applied : undefined));
    return 0;
  },
};
