import { dateOrMonthWords } from "@scrutineer/dates";
import { listJoin } from "@scrutineer/model";
import { attendeesOf } from "../problem/availability.js";
import { DOMAIN_KINDS, type PlanningProblem, type RuleGroup, type RuleKind } from "../problem/planning-problem.js";
import { type LpRow, type LpTerm, writeLp } from "../solve/lp-text.js";
import type { Solver } from "../solve/solver.js";
import { capitalise, itemName, meetingName } from "./explain.js";

/**
 * The smallest repair: the same model with every rule group softened by a penalised slack
 * (a yes/no "break this rule" per group, and minutes over time per meeting), minimising the
 * total penalty. Penalties say how hard each rule is to bend for an officer: lengthening a
 * meeting, unpinning an item, widening a window or taking a follow-up before it is due is easy (1); splitting an alongside pair,
 * asking someone to attend a date they gave as unavailable or hurrying preparation is harder
 * (2); short notice to a Cabinet member or a second Q&A in one meeting harder still (3); not
 * scheduling a must item hardest (4). A pin also promises the item a meeting, so unpinning it
 * into the backlog costs as much again as unpinning it to another meeting. Every minute over a
 * meeting's time adds 1/100, so among equal repairs the one with fewer extra minutes wins.
 */
export const REPAIR_PENALTY: Readonly<Record<RuleKind, number>> = {
  budget: 1,
  pin: 1,
  window: 1,
  "follow-up": 1,
  alongside: 2,
  availability: 2,
  preparation: 2,
  notice: 3,
  "cabinet-qa": 3,
  must: 4,
  forced: 1000,
};
const PER_MINUTE = 0.01;

/** One step of a repair: the rule group to relax, the extra minutes a meeting would need, and what to do. */
export interface RepairStep {
  rule: RuleGroup;
  /** For a meeting's time: the minutes it would need beyond its time. */
  extraMinutes?: number;
  /** What to do, in the officer's words. */
  action: string;
}

/**
 * The smallest change to the rules that gives a plan: its steps, a message in the officer's words, and
 * where the repaired plan puts each item (item id → meeting id).
 */
export interface Repair {
  steps: RepairStep[];
  message: string;
  /** Where the repaired plan puts each scheduled item. */
  placements: Map<string, string>;
}

interface RepairLp {
  text: string;
  columns: { name: string; item: string; meeting: string }[];
  violations: { name: string; group: RuleGroup }[];
  overs: { name: string; meeting: string }[];
}

/** The softened model (pure). */
export function buildRepairLp(problem: PlanningProblem, forced: readonly string[] = []): RepairLp {
  const { items, meetings, groups } = problem;
  const columns: RepairLp["columns"] = [];
  const x = new Map<string, string>();
  items.forEach((it, i) => {
    meetings.forEach((m, j) => {
      const name = `x${i}_${j}`;
      columns.push({ name, item: it.id, meeting: m.id });
      x.set(`${it.id}\u0000${m.id}`, name);
    });
  });
  const get = (item: string, meeting: string) => x.get(`${item}\u0000${meeting}`);
  // Terms written [coefficient, column] for brevity; `writeLp` (lp-text.ts) writes the text.
  const terms = (pairs: readonly [number, string][]): LpTerm[] => pairs.map(([coef, name]) => ({ coef, name }));
  const rows: LpRow[] = [];
  const row = (name: string, pairs: [number, string][], sense: LpRow["sense"], rhs: number) =>
    rows.push({ name, terms: terms(pairs), sense, rhs });
  const objective: [number, string][] = [];
  const violations: RepairLp["violations"] = [];
  const overs: RepairLp["overs"] = [];
  const waits: string[] = [];
  const totalMinutes = items.reduce((s, it) => s + it.minutes, 0);

  items.forEach((it, i) => {
    row(
      `once${i}`,
      meetings.map((m) => [1, get(it.id, m.id)!]),
      "<=",
      1,
    );
  });
  [...forced].sort().forEach((id) => {
    const i = items.findIndex((it) => it.id === id);
    if (i >= 0)
      row(
        `forced${i}`,
        meetings.map((m) => [1, get(id, m.id)!]),
        ">=",
        1,
      );
  });
  groups.forEach((g, k) => {
    const v = `v${k}`;
    violations.push({ name: v, group: g });
    objective.push([REPAIR_PENALTY[g.kind], v]);
    const item = g.items[0] ?? "";
    if (g.kind === "must") {
      row(`must${k}`, [...meetings.map((m): [number, string] => [1, get(item, m.id)!]), [1, v]], ">=", 1);
    } else if (g.kind === "pin") {
      const name = g.meeting ? get(item, g.meeting) : undefined;
      row(
        `pin${k}`,
        name
          ? [
              [1, name],
              [1, v],
            ]
          : [[1, v]],
        ">=",
        1,
      );
      // A pin promises the item a meeting: unpinning it into the backlog costs as much again.
      const w = `w${k}`;
      waits.push(w);
      objective.push([REPAIR_PENALTY.pin, w]);
      row(`pinwait${k}`, [...meetings.map((m): [number, string] => [1, get(item, m.id)!]), [1, w]], ">=", 1);
    } else if (DOMAIN_KINDS.has(g.kind) || (g.kind === "alongside" && g.excludes.length > 0)) {
      g.excludes.forEach((e, n) => {
        row(
          `dom${k}_${n}`,
          [
            [1, get(e.item, e.meeting)!],
            [-1, v],
          ],
          "<=",
          0,
        );
      });
    } else if (g.kind === "alongside") {
      const [a, b] = g.items as [string, string];
      meetings.forEach((m, j) => {
        row(
          `alonga${k}_${j}`,
          [
            [1, get(a, m.id)!],
            [-1, get(b, m.id)!],
            [-1, v],
          ],
          "<=",
          0,
        );
        row(
          `alongb${k}_${j}`,
          [
            [1, get(b, m.id)!],
            [-1, get(a, m.id)!],
            [-1, v],
          ],
          "<=",
          0,
        );
      });
    } else if (g.kind === "budget") {
      const j = meetings.findIndex((m) => m.id === g.meeting);
      const m = meetings[j]!;
      const over = `over${j}`;
      overs.push({ name: over, meeting: m.id });
      objective.push([PER_MINUTE, over]);
      const terms: [number, string][] = items
        .filter((it) => it.minutes > 0)
        .map((it) => [it.minutes, get(it.id, m.id)!]);
      row(`budget${k}`, [...terms, [-1, over]], "<=", Math.max(0, m.budget));
      row(
        `overon${k}`,
        [
          [1, over],
          [-Math.max(1, totalMinutes), v],
        ],
        "<=",
        0,
      );
    } else if (g.kind === "cabinet-qa") {
      const m = meetings.find((mm) => mm.id === g.meeting)!;
      const qas = items.filter((it) => it.cabinetQa);
      const terms: [number, string][] = qas.map((it) => [1, get(it.id, m.id)!]);
      row(`cabqa${k}`, [...terms, [-Math.max(1, qas.length), v]], "<=", Math.max(0, 1 - m.fixedCabinetQas));
    }
  });

  // A reward for scheduling, too small to outweigh any penalty (below one minute's 1/100 in
  // total): among equal repairs, the one that keeps the most priority scheduled wins, so an
  // unpinned item is shown going somewhere rather than to the backlog.
  const totalUnits = items.reduce((s, it) => s + it.units, 0);
  const reward = 0.001 / (totalUnits + 1);
  items.forEach((it) => {
    if (it.units > 0) for (const m of meetings) objective.push([-reward * it.units, get(it.id, m.id)!]);
  });

  const text = writeLp({
    sense: "minimize",
    objective: terms(objective),
    rows,
    bounds: overs.map((o) => ({ name: o.name })),
    binaries: [...columns.map((c) => c.name), ...violations.map((v) => v.name), ...waits],
  });
  return { text, columns, violations, overs };
}

function action(problem: PlanningProblem, g: RuleGroup, placements: Map<string, string>, extra?: number): string {
  const { programme } = problem;
  const item = g.items[0] ?? "";
  const name = itemName(programme, item);
  const where = (id: string) => {
    const m = placements.get(id);
    return m ? meetingName(programme, m) : undefined;
  };
  switch (g.kind) {
    case "budget": {
      const m = problem.meetings.find((mm) => mm.id === g.meeting)!;
      const budget = Math.max(0, m.budget);
      return `give ${meetingName(programme, m.id)} ${extra} more minutes (${budget + (extra ?? 0)} instead of ${budget}), for instance by agreeing to sit later`;
    }
    case "pin": {
      const to = where(item);
      return `unpin ${name}${to ? ` (it can then go to ${to})` : " (it would then wait in the backlog)"}`;
    }
    case "must":
      return `let ${name} wait for another year (it is marked as one that must be scheduled)`;
    case "forced":
      return `do not insist on ${name}`;
    case "window": {
      const to = where(item);
      return `take ${name} outside its window${to ? `, at ${to}` : ""}`;
    }
    case "follow-up": {
      const to = where(item);
      return `take ${name} before its follow-up is due${to ? `, at ${to}` : ""}`;
    }
    case "availability": {
      const m = placements.get(item);
      const plan = problem.items.find((i) => i.id === item);
      const date = problem.meetings.find((mm) => mm.id === m)?.date;
      const who = plan && date ? attendeesOf(programme, plan.item).filter((p) => p.unavailable.includes(date)) : [];
      return who.length > 0 && date
        ? `ask ${listJoin(who.map((p) => p.name))} to attend on ${dateOrMonthWords(date)} for ${name}`
        : `ask ${name}'s officers to attend a date they gave as unavailable`;
    }
    case "preparation": {
      const to = where(item);
      return `bring ${name}'s preparation forward${to ? ` so it can be taken at ${to}` : ""}`;
    }
    case "notice": {
      const to = where(item);
      return `give the Cabinet member less than the usual notice for ${name}${to ? ` at ${to}` : ""}`;
    }
    case "alongside": {
      const [a, b] = g.items as [string, string];
      return `take ${itemName(programme, a)} and ${itemName(programme, b)} at different meetings`;
    }
    case "cabinet-qa":
      return `take two Cabinet Q&As at ${meetingName(programme, g.meeting!)}`;
  }
}

/** The least-penalty set of rules to bend so that a plan exists (undefined if the solver finds none). */
export async function findRepair(
  problem: PlanningProblem,
  options: { solver: Solver; timeLimitSeconds?: number; forced?: readonly string[] },
): Promise<Repair | undefined> {
  const lp = buildRepairLp(problem, options.forced);
  const result = await options.solver.solve({
    lp: lp.text,
    timeLimitSeconds: options.timeLimitSeconds ?? 5,
    relativeGap: 0,
  });
  if (result.status !== "optimal" && result.status !== "feasible") return undefined;
  const placements = new Map<string, string>();
  for (const c of lp.columns) if ((result.values[c.name] ?? 0) > 0.5) placements.set(c.item, c.meeting);
  const steps: RepairStep[] = [];
  for (const v of lp.violations) {
    if ((result.values[v.name] ?? 0) <= 0.5) continue;
    if (v.group.kind === "budget") {
      const j = problem.meetings.findIndex((m) => m.id === v.group.meeting);
      const extra = Math.round(result.values[`over${j}`] ?? 0);
      if (extra <= 0) continue;
      steps.push({ rule: v.group, extraMinutes: extra, action: action(problem, v.group, placements, extra) });
    } else steps.push({ rule: v.group, action: action(problem, v.group, placements) });
  }
  const message =
    steps.length === 0 ? "No repair is needed." : `Smallest repair: ${listJoin(steps.map((s) => s.action))}.`;
  return { steps, message: capitalise(message), placements };
}
