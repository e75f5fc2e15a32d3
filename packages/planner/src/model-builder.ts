import { DOMAIN_KINDS, type PlanningProblem, type RuleGroup } from "./planning-problem.js";

/**
 * The mixed-integer formulation, written as CPLEX LP text for any MILP solver.
 *
 *   x[i,j] ∈ {0,1}: item i is taken at open meeting j; an item with no x = 1 stays in the backlog.
 *   once     Σ_j x[i,j] ≤ 1                    every item at most once
 *   must     Σ_j x[i,j] ≥ 1                    must and standing items (and a "why" item forced in)
 *   pin      x[i,p] ≥ 1                        a pinned item at its meeting
 *   budget   Σ_i minutes[i]·x[i,j] ≤ budget[j] the meeting's time, less procedural items
 *   cab-qa   Σ_{i Q&A} x[i,j] ≤ 1 − fixed Q&As at most one Cabinet Q&A per meeting
 *   along    x[a,j] = x[b,j] for every j       alongside items together (or both in the backlog)
 *   domain rules (window, availability, preparation, notice): the pairs they rule out get no x.
 *
 * Objectives, solved one after another (lexicographic; each later stage keeps what the
 * earlier ones achieved as a constraint):
 *   1 priority   maximise W·Σ units[i]·x[i,j] − changes, W = items + 1 (changes only break ties)
 *   2 stability  minimise changes = Σ_{i placed now} (1 − x[i,now]) + Σ_{i not placed now} Σ_j x[i,j]
 *   3 spread     minimise Σ_j |spare[j] − even share|, with spare[j] = budget[j] − used[j] and the
 *                even share (Σ budget − minutes placed by stage 2) / meetings: a fixed target keeps
 *                each row to one meeting's columns, which the solver handles far better than a
 *                mean that moves with every column
 *
 * Pure: the same problem and options give the same text, column for column. Names are
 * indices (`x3_7`) so that ids never need escaping.
 */

export type Objective =
  | { kind: "feasibility" }
  | { kind: "priority" }
  | { kind: "stability"; minUnits: number }
  | { kind: "spread"; minUnits: number; maxChanges: number; targetMinutes: number };

export interface LpRequest {
  /** Ids of the rule groups that hold; the others are switched off. */
  enabled: ReadonlySet<string>;
  objective: Objective;
  /** Items that must be scheduled whatever their flags ("why is X not scheduled?"). */
  forced?: readonly string[];
}

export interface LpColumn {
  name: string;
  item: string;
  meeting: string;
}

export interface LpModel {
  text: string;
  /** The x columns, item by item, meeting by meeting. */
  columns: LpColumn[];
  /** Items placed in an open meeting now: changes = this + the stability objective's value. */
  changesConstant: number;
}

interface Term {
  coef: number;
  name: string;
}

/** One term per column (an LP reader may keep only the last of repeated names). */
function merged(terms: readonly Term[]): Term[] {
  const byName = new Map<string, Term>();
  for (const t of terms) {
    const seen = byName.get(t.name);
    if (seen) seen.coef += t.coef;
    else byName.set(t.name, { ...t });
  }
  return [...byName.values()];
}

function expression(input: readonly Term[]): string {
  const terms = merged(input);
  const parts: string[] = [];
  terms.forEach((t, k) => {
    const sign = t.coef < 0 ? "-" : "+";
    const abs = Math.abs(t.coef);
    const body = abs === 1 ? t.name : `${abs} ${t.name}`; // 0 stays "0 name": a column with no cost
    const piece = k === 0 ? (t.coef < 0 ? `- ${body}` : body) : `${sign} ${body}`;
    // Keep lines short: LP readers differ in how long a line they accept.
    parts.push(k > 0 && k % 8 === 0 ? `\n   ${piece}` : piece);
  });
  return parts.join(" ");
}

const ZERO = "zero";

/** Build the LP text of the problem with some rule groups switched off and a chosen objective. */
export function buildLp(problem: PlanningProblem, request: LpRequest): LpModel {
  const { items, meetings } = problem;
  const enabled = (g: RuleGroup) => request.enabled.has(g.id);
  const excluded = new Set<string>();
  for (const g of problem.groups) {
    if (!enabled(g) || !(DOMAIN_KINDS.has(g.kind) || g.kind === "alongside")) continue;
    for (const e of g.excludes) excluded.add(`${e.item}\u0000${e.meeting}`);
  }
  const itemIndex = new Map(items.map((it, i) => [it.id, i]));
  const meetingIndex = new Map(meetings.map((m, j) => [m.id, j]));

  const columns: LpColumn[] = [];
  const x = new Map<string, string>();
  const key = (item: string, meeting: string) => `${item}\u0000${meeting}`;
  items.forEach((it, i) => {
    meetings.forEach((m, j) => {
      if (excluded.has(key(it.id, m.id))) return;
      const name = `x${i}_${j}`;
      columns.push({ name, item: it.id, meeting: m.id });
      x.set(key(it.id, m.id), name);
    });
  });
  const cols = (item: string) =>
    meetings.map((m) => x.get(key(item, m.id))).filter((n): n is string => n !== undefined);

  const rows: string[] = [];
  const row = (name: string, terms: Term[], sense: "<=" | ">=" | "=", rhs: number) => {
    const all = terms.length > 0 ? terms : [{ coef: 1, name: ZERO }];
    rows.push(` ${name}: ${expression(all)} ${sense} ${rhs}`);
  };

  items.forEach((it, i) => {
    row(
      `once${i}`,
      cols(it.id).map((name) => ({ coef: 1, name })),
      "<=",
      1,
    );
  });
  const forced = new Set(request.forced ?? []);
  for (const g of problem.groups) {
    if (!enabled(g)) continue;
    if (g.kind === "must") {
      const id = g.items[0]!;
      row(
        `must${itemIndex.get(id)}`,
        cols(id).map((name) => ({ coef: 1, name })),
        ">=",
        1,
      );
    } else if (g.kind === "pin") {
      const id = g.items[0]!;
      const name = g.meeting === undefined ? undefined : x.get(key(id, g.meeting));
      row(`pin${itemIndex.get(id)}`, name ? [{ coef: 1, name }] : [], ">=", 1);
    } else if (g.kind === "budget") {
      const j = meetingIndex.get(g.meeting!)!;
      const m = meetings[j]!;
      const terms = items
        .filter((it) => it.minutes > 0)
        .map((it) => ({ coef: it.minutes, name: x.get(key(it.id, m.id)) }))
        .filter((t): t is Term => t.name !== undefined);
      if (terms.length > 0) row(`budget${j}`, terms, "<=", Math.max(0, m.budget));
    } else if (g.kind === "cabinet-qa") {
      const j = meetingIndex.get(g.meeting!)!;
      const m = meetings[j]!;
      const terms = items
        .filter((it) => it.cabinetQa)
        .map((it) => ({ coef: 1, name: x.get(key(it.id, m.id)) }))
        .filter((t): t is Term => t.name !== undefined);
      if (terms.length > 0) row(`cabqa${j}`, terms, "<=", Math.max(0, 1 - m.fixedCabinetQas));
    } else if (g.kind === "alongside" && g.excludes.length === 0) {
      const [a, b] = g.items as [string, string];
      const k = problem.groups.indexOf(g);
      meetings.forEach((m, j) => {
        const xa = x.get(key(a, m.id));
        const xb = x.get(key(b, m.id));
        if (!xa && !xb) return;
        const terms: Term[] = [];
        if (xa) terms.push({ coef: 1, name: xa });
        if (xb) terms.push({ coef: -1, name: xb });
        row(`along${k}_${j}`, terms, "=", 0);
      });
    }
  }
  for (const id of [...forced].sort()) {
    const i = itemIndex.get(id);
    if (i === undefined) continue;
    row(
      `forced${i}`,
      cols(id).map((name) => ({ coef: 1, name })),
      ">=",
      1,
    );
  }

  // Objectives.
  const priorityTerms: Term[] = [];
  const changeTerms: Term[] = [];
  let changesConstant = 0;
  for (const it of items) {
    for (const name of cols(it.id)) if (it.units !== 0) priorityTerms.push({ coef: it.units, name });
    if (it.current) {
      changesConstant += 1;
      const stay = x.get(key(it.id, it.current));
      if (stay) changeTerms.push({ coef: -1, name: stay });
    } else {
      for (const name of cols(it.id)) changeTerms.push({ coef: 1, name });
    }
  }

  let sense = "Minimize";
  let objective: Term[] = [];
  const continuous: string[] = [];
  const obj = request.objective;
  if (obj.kind === "priority") {
    // Priority, with the changes as a tie-break worth less than one unit of priority in total
    // (at most one change per item): the plan found already moves little, which gives the
    // stability stage a good start.
    sense = "Maximize";
    const weight = priorityWeight(problem);
    objective = [
      ...priorityTerms.map((t) => ({ ...t, coef: t.coef * weight })),
      ...changeTerms.map((t) => ({ ...t, coef: -t.coef })),
    ];
  } else if (obj.kind === "stability" || obj.kind === "spread") {
    // Whole units: keep at least what the earlier stage achieved (half a unit absorbs rounding).
    if (priorityTerms.length > 0) row("priority", priorityTerms, ">=", obj.minUnits - 0.5);
    if (obj.kind === "stability") objective = changeTerms;
    else {
      if (changeTerms.length > 0) row("changes", changeTerms, "<=", obj.maxChanges - changesConstant + 0.5);
      const n = meetings.length;
      if (n >= 2) {
        // n·spare[j] − (Σ budget − target) = c[j] − n·used[j]; d[j] ≥ |that| (n × the deviation, kept whole).
        const totalBudget = meetings.reduce((s, m) => s + m.budget, 0);
        meetings.forEach((m, j) => {
          const d = `d${j}`;
          continuous.push(d);
          const c = n * m.budget - totalBudget + obj.targetMinutes;
          const used: Term[] = [];
          for (const it of items) {
            const name = x.get(key(it.id, m.id));
            if (name && it.minutes > 0) used.push({ coef: n * it.minutes, name });
          }
          row(`spreadhi${j}`, [{ coef: 1, name: d }, ...used], ">=", c);
          row(`spreadlo${j}`, [{ coef: 1, name: d }, ...used.map((t) => ({ ...t, coef: -t.coef }))], ">=", -c);
          objective.push({ coef: 1, name: d });
        });
      }
    }
  }
  if (objective.length === 0) objective = [{ coef: 0, name: ZERO }];
  else objective.push({ coef: 0, name: ZERO });

  const lines = [
    sense,
    ` obj: ${expression(objective)}`,
    "Subject To",
    ...rows,
    "Bounds",
    ` ${ZERO} = 0`,
    ...continuous.map((d) => ` ${d} >= 0`),
  ];
  if (columns.length > 0) {
    lines.push("Binaries");
    for (let k = 0; k < columns.length; k += 12)
      lines.push(
        ` ${columns
          .slice(k, k + 12)
          .map((c) => c.name)
          .join(" ")}`,
      );
  }
  lines.push("End", "");
  return { text: lines.join("\n"), columns, changesConstant };
}

/** The weight of one priority unit in the priority stage: more than all possible changes together. */
export function priorityWeight(problem: PlanningProblem): number {
  return problem.items.length + 1;
}

/**
 * The most priority (in units) any plan could schedule, from the priority stage's proven bound
 * B on W·units − changes + constant: W·units ≤ B + changes − constant ≤ B + items − constant.
 */
export function priorityBound(problem: PlanningProblem, model: LpModel, bound: number): number {
  const weight = priorityWeight(problem);
  return Math.floor((bound + problem.items.length - model.changesConstant) / weight + 1e-9);
}

/** Where the solution puts each item (items left out are in the backlog). */
export function placementsFrom(model: LpModel, values: Readonly<Record<string, number>>): Map<string, string> {
  const placed = new Map<string, string>();
  for (const c of model.columns) if ((values[c.name] ?? 0) > 0.5) placed.set(c.item, c.meeting);
  return placed;
}

/** A start for the solver: 1 where an item is placed, 0 elsewhere. */
export function startFrom(model: LpModel, placements: ReadonlyMap<string, string>): Record<string, number> {
  const start: Record<string, number> = {};
  for (const c of model.columns) start[c.name] = placements.get(c.item) === c.meeting ? 1 : 0;
  return start;
}

/** The items' current placements in open meetings. */
export function currentPlacements(problem: PlanningProblem): Map<string, string> {
  const out = new Map<string, string>();
  for (const it of problem.items) if (it.current) out.set(it.id, it.current);
  return out;
}

/** Every group on. */
export function allGroups(problem: PlanningProblem): Set<string> {
  return new Set(problem.groups.map((g) => g.id));
}
