import { DOMAIN_KINDS, type PlanningProblem, type RuleGroup } from "../problem/planning-problem.js";
import { type LpRow, type LpTerm, writeLp } from "./lp-text.js";

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
 * indices (`x3_7`) so that ids never need escaping; `writeLp` (lp-text.ts) writes the text.
 */

export type Objective =
  | { kind: "feasibility" }
  | { kind: "priority" }
  | { kind: "stability"; minUnits: number }
  | { kind: "spread"; minUnits: number; maxChanges: number; targetMinutes: number };

/** What `buildLp` writes: which rule groups hold, the objective, and the items forced in. */
export interface LpRequest {
  /** Ids of the rule groups that hold; the others are switched off. */
  enabled: ReadonlySet<string>;
  objective: Objective;
  /** Items that must be scheduled whatever their flags ("why is X not scheduled?"). */
  forced?: readonly string[];
  /** The LP relaxation: every x between 0 and 1 instead of 0 or 1 (its optimum bounds the model's). */
  relax?: boolean;
  /**
   * Only these x columns, by name: a sub-model of the same problem (a neighbourhood of a plan),
   * as if more pairs were ruled out. Names and rows keep their meaning, so a plan of the
   * sub-model is a plan of the whole and a start for it.
   */
  columns?: ReadonlySet<string>;
}

/** One binary column of the LP: `name` (`x3_7`) puts `item` in `meeting`. */
export interface LpColumn {
  name: string;
  item: string;
  meeting: string;
}

/**
 * `buildLp`'s answer: the CPLEX LP text, its columns, and the constant that turns the stability objective into a count of changes.
 */
export interface LpModel {
  text: string;
  /** The x columns, item by item, meeting by meeting. */
  columns: LpColumn[];
  /** Items placed in an open meeting now: changes = this + the stability objective's value. */
  changesConstant: number;
}

interface Column extends LpColumn {
  /** Index of the item in `problem.items`. */
  i: number;
  /** Index of the meeting in `problem.meetings`. */
  j: number;
}

/** The item–meeting pairs no enabled domain rule (or alongside partner that stays) rules out. */
function candidateColumns(problem: PlanningProblem, enabled: ReadonlySet<string>): Column[] {
  const { items, meetings } = problem;
  const itemIndex = new Map(items.map((it, i) => [it.id, i]));
  const meetingIndex = new Map(meetings.map((m, j) => [m.id, j]));
  const n = meetings.length;
  const excluded = new Set<number>();
  for (const g of problem.groups) {
    if (!enabled.has(g.id) || !(DOMAIN_KINDS.has(g.kind) || g.kind === "alongside")) continue;
    for (const e of g.excludes) {
      const i = itemIndex.get(e.item);
      const j = meetingIndex.get(e.meeting);
      if (i !== undefined && j !== undefined) excluded.add(i * n + j);
    }
  }
  const columns: Column[] = [];
  items.forEach((it, i) => {
    meetings.forEach((m, j) => {
      if (!excluded.has(i * n + j)) columns.push({ name: `x${i}_${j}`, item: it.id, meeting: m.id, i, j });
    });
  });
  return columns;
}

/**
 * Build the LP text of the problem with some rule groups switched off and a chosen objective.
 * Linear in the columns and the rule groups.
 */
export function buildLp(problem: PlanningProblem, request: LpRequest): LpModel {
  const { items, meetings } = problem;
  const n = meetings.length;
  const enabled = (g: RuleGroup) => request.enabled.has(g.id);
  const only = request.columns;
  const all = candidateColumns(problem, request.enabled);
  const columns: Column[] = only ? all.filter((c) => only.has(c.name)) : all;
  const itemIndex = new Map(items.map((it, i) => [it.id, i]));
  const meetingIndex = new Map(meetings.map((m, j) => [m.id, j]));
  const byItem: Column[][] = items.map(() => []);
  const byMeeting: Column[][] = meetings.map(() => []);
  const x = new Map<number, string>();
  for (const c of columns) {
    byItem[c.i]!.push(c);
    byMeeting[c.j]!.push(c);
    x.set(c.i * n + c.j, c.name);
  }
  const at = (item: string, meeting: string): string | undefined => {
    const i = itemIndex.get(item);
    const j = meetingIndex.get(meeting);
    return i === undefined || j === undefined ? undefined : x.get(i * n + j);
  };
  const ones = (cs: readonly Column[]): LpTerm[] => cs.map((c) => ({ coef: 1, name: c.name }));

  const rows: LpRow[] = [];
  const row = (name: string, terms: LpTerm[], sense: LpRow["sense"], rhs: number) => {
    rows.push({ name, terms, sense, rhs });
  };

  items.forEach((_, i) => {
    row(`once${i}`, ones(byItem[i]!), "<=", 1);
  });
  const forced = new Set(request.forced ?? []);
  problem.groups.forEach((g, k) => {
    if (!enabled(g)) return;
    if (g.kind === "must") {
      const i = itemIndex.get(g.items[0]!)!;
      row(`must${i}`, ones(byItem[i]!), ">=", 1);
    } else if (g.kind === "pin") {
      const id = g.items[0]!;
      const name = g.meeting === undefined ? undefined : at(id, g.meeting);
      row(`pin${itemIndex.get(id)}`, name ? [{ coef: 1, name }] : [], ">=", 1);
    } else if (g.kind === "budget") {
      const j = meetingIndex.get(g.meeting!)!;
      const terms = byMeeting[j]!.filter((c) => items[c.i]!.minutes > 0).map((c) => ({
        coef: items[c.i]!.minutes,
        name: c.name,
      }));
      if (terms.length > 0) row(`budget${j}`, terms, "<=", Math.max(0, meetings[j]!.budget));
    } else if (g.kind === "cabinet-qa") {
      const j = meetingIndex.get(g.meeting!)!;
      const terms = ones(byMeeting[j]!.filter((c) => items[c.i]!.cabinetQa));
      if (terms.length > 0) row(`cabqa${j}`, terms, "<=", Math.max(0, 1 - meetings[j]!.fixedCabinetQas));
    } else if (g.kind === "alongside" && g.excludes.length === 0) {
      const [a, b] = g.items as [string, string];
      meetings.forEach((m, j) => {
        const xa = at(a, m.id);
        const xb = at(b, m.id);
        if (!xa && !xb) return;
        const terms: LpTerm[] = [];
        if (xa) terms.push({ coef: 1, name: xa });
        if (xb) terms.push({ coef: -1, name: xb });
        row(`along${k}_${j}`, terms, "=", 0);
      });
    }
  });
  for (const id of [...forced].sort()) {
    const i = itemIndex.get(id);
    if (i === undefined) continue;
    row(`forced${i}`, ones(byItem[i]!), ">=", 1);
  }

  // Objectives.
  const priorityTerms: LpTerm[] = [];
  const changeTerms: LpTerm[] = [];
  let changesConstant = 0;
  items.forEach((it, i) => {
    const own = byItem[i]!;
    if (it.units !== 0) for (const c of own) priorityTerms.push({ coef: it.units, name: c.name });
    if (it.current) {
      changesConstant += 1;
      const stay = at(it.id, it.current);
      if (stay) changeTerms.push({ coef: -1, name: stay });
    } else {
      for (const c of own) changeTerms.push({ coef: 1, name: c.name });
    }
  });

  let sense: "minimize" | "maximize" = "minimize";
  let objective: LpTerm[] = [];
  const continuous: string[] = [];
  const obj = request.objective;
  if (obj.kind === "priority") {
    // Priority, with the changes as a tie-break worth less than one unit of priority in total
    // (at most one change per item): the plan found already moves little, which gives the
    // stability stage a good start.
    sense = "maximize";
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
      if (n >= 2) {
        // n·spare[j] − (Σ budget − target) = c[j] − n·used[j]; d[j] ≥ |that| (n × the deviation, kept whole).
        const totalBudget = meetings.reduce((s, m) => s + m.budget, 0);
        meetings.forEach((m, j) => {
          const d = `d${j}`;
          continuous.push(d);
          const c = n * m.budget - totalBudget + obj.targetMinutes;
          const used: LpTerm[] = byMeeting[j]!.filter((col) => items[col.i]!.minutes > 0).map((col) => ({
            coef: n * items[col.i]!.minutes,
            name: col.name,
          }));
          row(`spreadhi${j}`, [{ coef: 1, name: d }, ...used], ">=", c);
          row(`spreadlo${j}`, [{ coef: 1, name: d }, ...used.map((t) => ({ ...t, coef: -t.coef }))], ">=", -c);
          objective.push({ coef: 1, name: d });
        });
      }
    }
  }
  const text = writeLp({
    sense,
    objective,
    rows,
    bounds: [
      ...continuous.map((name) => ({ name })),
      ...(request.relax ? columns.map((c) => ({ name: c.name, upper: 1 })) : []),
    ],
    binaries: request.relax ? [] : columns.map((c) => c.name),
  });
  return { text, columns: columns.map(({ name, item, meeting }) => ({ name, item, meeting })), changesConstant };
}

/**
 * The value `buildLp`'s objective takes on a set of placements (item id → meeting id), so that
 * plans from different models of the same problem (a neighbourhood and the whole) compare on
 * one scale: priority W·units − changes + constant (maximised), stability changes − constant
 * and spread Σ_j |c[j] − n·used[j]| (minimised), feasibility 0.
 */
export function objectiveValue(
  problem: PlanningProblem,
  objective: Objective,
  placements: ReadonlyMap<string, string>,
): number {
  let units = 0;
  let changes = 0;
  let constant = 0;
  const used = new Map<string, number>();
  for (const it of problem.items) {
    const at = placements.get(it.id);
    if (it.current) constant++;
    if (at !== it.current) changes++;
    if (at === undefined) continue;
    units += it.units;
    used.set(at, (used.get(at) ?? 0) + it.minutes);
  }
  switch (objective.kind) {
    case "feasibility":
      return 0;
    case "priority":
      return priorityWeight(problem) * units - (changes - constant);
    case "stability":
      return changes - constant;
    case "spread": {
      const n = problem.meetings.length;
      if (n < 2) return 0;
      const totalBudget = problem.meetings.reduce((s, m) => s + m.budget, 0);
      return problem.meetings.reduce(
        (s, m) => s + Math.abs(n * m.budget - totalBudget + objective.targetMinutes - n * (used.get(m.id) ?? 0)),
        0,
      );
    }
  }
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
