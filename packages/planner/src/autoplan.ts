import type { Finding, Programme } from "@scrutineer/model";
import { type Conflict, findConflicts } from "./conflicts.js";
import { describeRule, itemName, meetingName } from "./explain.js";
import { buildLp, currentPlacements, type LpModel, placementsFrom, priorityBound, startFrom } from "./model-builder.js";
import { type PlanChange, planChanges, plannedProgramme } from "./plan-programme.js";
import { DOMAIN_KINDS, type PlanningOptions, type PlanningProblem, planningProblem } from "./planning-problem.js";
import { preChecks } from "./pre-checks.js";
import { itemPriority } from "./priority.js";
import { findRepair, type Repair } from "./repair.js";
import type { SolveRequest, SolveResult, Solver, SolveStatus } from "./solver.js";
import type { RangeAt } from "./time-budget.js";
import { verifyPlan } from "./verify-plan.js";
import { listJoin, minutesWord } from "./words.js";

/**
 * The auto-planner: places the year's items into meetings under every rule, keeping the plan
 * stable, and says what cannot fit. Three solves, each keeping what the one before achieved:
 * the most priority scheduled (within the relative gap), then the fewest changes to the
 * current plan, then the most even spare time. The current plan is handed to the solver as a
 * start; the stability stage is what keeps items where they are whatever the solver does with
 * it. Every plan is re-checked by `verifyPlan` before it is returned.
 */

/** Changes by which the stability stage may miss the proven fewest. */
export const STABILITY_TOLERANCE = 1;

/** Minutes per meeting, on average, by which the spare-time spread may miss the most even one. */
export const SPREAD_TOLERANCE = 5;

export interface AutoplanOptions extends PlanningOptions {
  solver: Solver;
  /** Seconds for the whole plan (default 10). */
  timeLimitSeconds?: number;
  /** Relative optimality gap at which a stage may stop (default 0.01 = 1 %). */
  relativeGap?: number;
  /** Items to schedule whatever their flags ("why is X not scheduled?"). */
  forced?: readonly string[];
  /** Search for conflicts and a repair when no plan exists (default true). */
  explain?: boolean;
}

export type StageName = "priority" | "stability" | "spread";

export interface StageReport {
  stage: StageName;
  status: SolveStatus;
  objective?: number;
  bound?: number;
  gap?: number;
  seconds: number;
  startAccepted?: boolean;
}

export interface BacklogEntry {
  item: string;
  title: string;
  minutes: number;
  priority: number;
  /** Why it is not scheduled, in the officer's words. */
  reasons: string[];
}

export interface MeetingLoad {
  meeting: string;
  date: string;
  /** Minutes for items (planned end − start − procedural minutes). */
  capacity: number;
  used: number;
  spare: number;
  items: string[];
}

export interface AutoPlan {
  today: string;
  rangeAt: RangeAt;
  /** The programme as planned. */
  programme: Programme;
  /** Where each item the planner placed goes (item id → meeting id); the others wait in the backlog. */
  placements: Map<string, string>;
  changes: PlanChange[];
  backlog: BacklogEntry[];
  meetings: MeetingLoad[];
  /** Pre-check findings (warnings and notes; errors would have stopped the plan). */
  findings: Finding[];
  priority: {
    /** Total priority scheduled. */
    scheduled: number;
    /** The best total proven possible. */
    bound: number;
    /** Proven relative gap: (bound − scheduled) / bound; at most the relative gap asked for. */
    gap: number;
  };
  /** Items moved, added or taken off compared with the current plan. */
  changeCount: number;
  stages: StageReport[];
  /** Solver seconds, all stages. */
  seconds: number;
  /** Every stage proved within the gap. */
  optimal: boolean;
}

export type AutoplanResult =
  | { ok: true; plan: AutoPlan }
  | {
      ok: false;
      reason: "infeasible";
      findings: Finding[];
      conflicts: Conflict[];
      /** False when the conflict search was cut short (sets may not be minimal). */
      complete: boolean;
      repair?: Repair;
      stages: StageReport[];
    }
  | {
      ok: false;
      reason: "no-solution" | "unverified";
      findings: Finding[];
      violations: Finding[];
      message: string;
      stages: StageReport[];
    };

function report(stage: StageName, r: SolveResult): StageReport {
  const out: StageReport = { stage, status: r.status, seconds: r.seconds };
  if (r.objective !== undefined) out.objective = r.objective;
  if (r.bound !== undefined) out.bound = r.bound;
  if (r.gap !== undefined) out.gap = r.gap;
  if (r.startAccepted !== undefined) out.startAccepted = r.startAccepted;
  return out;
}

function hasSolution(r: SolveResult): boolean {
  return r.status === "optimal" || r.status === "feasible";
}

/** Total priority units scheduled by a set of placements. */
export function unitsOf(problem: PlanningProblem, placements: ReadonlyMap<string, string>): number {
  return problem.items.reduce((s, it) => s + (placements.has(it.id) ? it.units : 0), 0);
}

/** Items whose place differs from the current plan. */
export function changesOf(problem: PlanningProblem, placements: ReadonlyMap<string, string>): number {
  return problem.items.reduce((s, it) => s + (placements.get(it.id) === it.current ? 0 : 1), 0);
}

/** Plan a programme. Resolves to a verified plan, or to why there is none. */
export async function autoplan(programme: Programme, options: AutoplanOptions): Promise<AutoplanResult> {
  const problem = planningProblem(programme, options);
  return planProblem(problem, options);
}

export async function planProblem(problem: PlanningProblem, options: AutoplanOptions): Promise<AutoplanResult> {
  const limit = options.timeLimitSeconds ?? 10;
  const relativeGap = options.relativeGap ?? 0.01;
  const forced = options.forced ?? [];
  const enabled = new Set(problem.groups.map((g) => g.id));
  const findings = preChecks(problem);
  const stages: StageReport[] = [];
  let spent = 0;

  const solve = async (
    stage: StageName,
    lp: LpModel,
    start: Map<string, string>,
    share: number,
    absoluteGap?: number,
    heuristics?: "light",
  ) => {
    const request: SolveRequest = {
      lp: lp.text,
      timeLimitSeconds: Math.max(0.05, (limit - spent) * share),
      relativeGap,
      start: startFrom(lp, start),
    };
    if (absoluteGap !== undefined) request.absoluteGap = absoluteGap;
    if (heuristics) request.heuristics = heuristics;
    const result = await options.solver.solve(request);
    if (result.status === "error") throw new Error(`the solver failed: ${result.message ?? "unknown error"}`);
    spent += result.seconds;
    stages.push(report(stage, result));
    return result;
  };

  // Stage 1: the most priority.
  const lp1 = buildLp(problem, { enabled, objective: { kind: "priority" }, forced });
  const r1 = await solve("priority", lp1, currentPlacements(problem), 0.6);
  if (r1.status === "infeasible") {
    if (options.explain === false)
      return { ok: false, reason: "infeasible", findings, conflicts: [], complete: false, stages };
    const search = await findConflicts(problem, { solver: options.solver, forced });
    const repair = await findRepair(problem, { solver: options.solver, forced });
    const result: AutoplanResult = {
      ok: false,
      reason: "infeasible",
      findings,
      conflicts: search.conflicts,
      complete: search.complete,
      stages,
    };
    if (repair) result.repair = repair;
    return result;
  }
  if (!hasSolution(r1))
    return {
      ok: false,
      reason: "no-solution",
      findings,
      violations: [],
      message: `no plan was found within ${limit} seconds: allow more time (--time-limit)`,
      stages,
    };
  let placements = placementsFrom(lp1, r1.values);

  // Stage 2: the fewest changes that keep the priority within the gap of the best proven
  // possible (the tolerance a lexicographic solve allows the stage before; stage 1's own plan
  // is only known to be that good anyway).
  const total = problem.items.reduce((s, it) => s + it.units, 0);
  const achieved1 = unitsOf(problem, placements);
  // The priority stage maximises, so HiGHS's dual bound caps the priority any plan could schedule.
  const proven = r1.bound === undefined ? achieved1 : priorityBound(problem, lp1, r1.bound);
  const bound = Math.max(achieved1, Math.min(total, proven));
  const units = Math.min(achieved1, Math.ceil((1 - relativeGap) * bound - 1e-9));
  const lp2 = buildLp(problem, { enabled, objective: { kind: "stability", minUnits: units }, forced });
  // The start (stage 1's plan) is good; the work is in proving the fewest changes, and proving
  // the very last one is where the time goes: stop when proven within one change of the fewest.
  const r2 = await solve("stability", lp2, placements, 0.6, STABILITY_TOLERANCE + 0.5, "light");
  if (hasSolution(r2)) placements = placementsFrom(lp2, r2.values);

  // Stage 3: the most even spare time that keeps both.
  if (problem.meetings.length >= 2) {
    const lp3 = buildLp(problem, {
      enabled,
      objective: {
        kind: "spread",
        minUnits: units,
        maxChanges: changesOf(problem, placements),
        targetMinutes: problem.items.reduce((s, it) => s + (placements.has(it.id) ? it.minutes : 0), 0),
      },
      forced,
    });
    // Evenness has a weak relaxation, so a relative gap would rarely be proven: stop instead
    // when within SPREAD_TOLERANCE minutes per meeting of the most even spread on average.
    const n = problem.meetings.length;
    const r3 = await solve("spread", lp3, placements, 1, SPREAD_TOLERANCE * n * n);
    if (hasSolution(r3)) placements = placementsFrom(lp3, r3.values);
  }

  const planned = plannedProgramme(problem, placements);
  const violations = verifyPlan(problem.programme, planned, { today: problem.today, rangeAt: problem.rangeAt });
  if (violations.length > 0)
    return {
      ok: false,
      reason: "unverified",
      findings,
      violations,
      message: "the solver's plan failed the independent check, so it is not shown",
      stages,
    };

  const scale = problem.priorityScale;
  const achieved = unitsOf(problem, placements);
  const plan: AutoPlan = {
    today: problem.today,
    rangeAt: problem.rangeAt,
    programme: planned,
    placements,
    changes: planChanges(problem, placements),
    backlog: backlogReasons(problem, placements),
    meetings: meetingLoads(problem, placements),
    findings,
    priority: {
      scheduled: achieved / scale,
      bound: bound / scale,
      gap: bound === 0 ? 0 : (bound - achieved) / bound,
    },
    changeCount: changesOf(problem, placements),
    stages,
    seconds: spent,
    optimal: stages.every((s) => s.status === "optimal"),
  };
  return { ok: true, plan };
}

/** Minutes used and spare at each open meeting under a set of placements. */
export function meetingLoads(problem: PlanningProblem, placements: ReadonlyMap<string, string>): MeetingLoad[] {
  return problem.meetings.map((m) => {
    const placed = problem.items.filter((i) => placements.get(i.id) === m.id);
    const used = m.fixedMinutes + placed.reduce((s, i) => s + i.minutes, 0);
    return {
      meeting: m.id,
      date: m.date,
      capacity: m.capacity,
      used,
      spare: m.capacity - used,
      items: [...m.fixedItems, ...placed.map((i) => i.id)],
    };
  });
}

/** Why each unplaced item waits in the backlog (cheap reasons; `explainUnscheduled` digs deeper). */
export function backlogReasons(problem: PlanningProblem, placements: ReadonlyMap<string, string>): BacklogEntry[] {
  const { programme } = problem;
  const spareFor = (meetingId: string) => {
    const m = problem.meetings.find((x) => x.id === meetingId)!;
    const placed = problem.items.filter((i) => placements.get(i.id) === meetingId);
    return m.budget - placed.reduce((s, i) => s + i.minutes, 0);
  };
  const qaAt = (meetingId: string) =>
    problem.meetings.find((m) => m.id === meetingId)!.fixedCabinetQas +
    problem.items.filter((i) => i.cabinetQa && placements.get(i.id) === meetingId).length;

  const out: BacklogEntry[] = [];
  for (const fixed of problem.fixed.values()) {
    if (fixed.reason !== "untimed") continue;
    const item = programme.items.find((i) => i.id === fixed.id)!;
    out.push({
      item: item.id,
      title: item.title,
      minutes: 0,
      priority: itemPriority(item),
      reasons: ["no minutes allotted: allot it minutes to have it planned"],
    });
  }
  for (const it of problem.items) {
    if (placements.has(it.id)) continue;
    const entry: BacklogEntry = {
      item: it.id,
      title: it.item.title,
      minutes: it.minutes,
      priority: it.priority,
      reasons: [],
    };
    out.push(entry);
    const rules = problem.groups.filter(
      (g) => (DOMAIN_KINDS.has(g.kind) || g.kind === "alongside") && g.excludes.some((e) => e.item === it.id),
    );
    const allowed = problem.meetings
      .map((m) => m.id)
      .filter((id) => !rules.some((g) => g.excludes.some((e) => e.item === it.id && e.meeting === id)));
    if (allowed.length === 0) {
      entry.reasons.push(`no remaining meeting suits it: ${rules.map((g) => describeRule(problem, g)).join("; ")}`);
      continue;
    }
    const roomy = allowed.filter((id) => spareFor(id) >= it.minutes);
    if (roomy.length === 0) {
      const shown = allowed
        .slice(0, 4)
        .map((id) => `${meetingName(programme, id)} has ${minutesWord(Math.max(0, spareFor(id)))} left`);
      entry.reasons.push(
        `no room: every meeting it could go to is full for its ${minutesWord(it.minutes)} (${listJoin(shown)}${allowed.length > 4 ? ", …" : ""})`,
      );
      continue;
    }
    const free = it.cabinetQa ? roomy.filter((id) => qaAt(id) === 0) : roomy;
    if (free.length === 0) {
      entry.reasons.push("every meeting with room for it already has a Cabinet Q&A");
      continue;
    }
    const partners = problem.groups.filter(
      (g) => g.kind === "alongside" && g.excludes.length === 0 && g.items.includes(it.id),
    );
    const partnerReasons: string[] = [];
    for (const g of partners) {
      const other = g.items.find((id) => id !== it.id)!;
      const at = placements.get(other);
      if (at === undefined)
        partnerReasons.push(`it goes with ${itemName(programme, other)}, which is not scheduled either`);
      else if (!free.includes(at))
        partnerReasons.push(
          `it goes with ${itemName(programme, other)} at ${meetingName(programme, at)}, which has no room for it`,
        );
    }
    if (partnerReasons.length > 0) {
      entry.reasons.push(...partnerReasons);
      continue;
    }
    if (it.units === 0) {
      entry.reasons.push("its priority is 0, so scheduling it gains nothing");
      continue;
    }
    entry.reasons.push(
      `it would fit at ${listJoin(
        free.map((id) => meetingName(programme, id)),
        "or",
      )}, but the plan stopped within its optimality gap; run with --why ${it.id}`,
    );
  }
  return out.sort((a, b) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
}
