import { type Finding, type Programme, plural, sortFindings } from "@scrutineer/model";
import {
  type AutoplanResult,
  autoplan,
  changeEdit,
  createWorkerSolver,
  describeChange,
  itemName,
  type PlanChange,
  type Solver,
  type StageName,
  type WorkerSolver,
} from "@scrutineer/planner";
import { SEVERITY_MARK } from "../../io/print.js";
import type { NoPlanProposal, Proposal, ProposedChange } from "../state/index.js";

/**
 * The auto-planner run for the planner app: `autoplan` of the planner package, reporting each
 * stage as progress, with a solver that stops at the next solve once the officer cancels,
 * and its answer worded for review. Loaded only when the officer presses the key (it brings
 * in HiGHS), never at start-up.
 */

export { createWorkerSolver, type WorkerSolver };

/** One change in the words `scrutineer autoplan` prints. */
export function changeText(programme: Programme, change: PlanChange): string {
  return describeChange(programme, change);
}

function findingText(f: Finding): string {
  return `${SEVERITY_MARK[f.severity]} ${f.message}`;
}

/** The planner package's answer as a proposal to review. */
export function proposalOf(programme: Programme, today: string, result: AutoplanResult, solver: string): Proposal {
  if (result.ok) {
    const { plan } = result;
    const reasons = new Map(plan.backlog.map((b) => [b.item, b.reasons.join("; ")]));
    const gap = (plan.priority.gap * 100).toFixed(1);
    const n = plan.changeCount;
    const summary =
      plan.changes.length === 0
        ? `Verified: the plan keeps every rule. Priority scheduled ${plan.priority.scheduled} of at most ${plan.priority.bound} (proven gap ${gap} %). No changes: the current plan already schedules the most it can.`
        : `Verified: the plan keeps every rule. Priority scheduled ${plan.priority.scheduled} of at most ${plan.priority.bound} (proven gap ${gap} %); ${plural(n, "change")} to the current plan.`;
    const changes = plan.changes.map((change): ProposedChange => {
      const proposed: ProposedChange = { change, edit: changeEdit(change), text: changeText(programme, change) };
      const reason = change.kind === "unschedule" ? reasons.get(change.item) : undefined;
      if (reason) proposed.reason = reason;
      return proposed;
    });
    const waiting = plan.backlog
      .filter((b) => !plan.changes.some((c) => c.item === b.item))
      .map((b) => ({ item: b.item, text: `${itemName(programme, b.item)}: ${b.reasons.join("; ")}` }));
    return {
      ok: true,
      today,
      summary,
      changes,
      waiting,
      notes: sortFindings(plan.findings.filter((f) => f.severity !== "info")).map(findingText),
      solver,
      seconds: plan.seconds,
    };
  }
  const base = { ok: false as const, today };
  if (result.reason === "infeasible") {
    // The checks before solving often say what a conflict says (the conflict names the check by
    // code and meeting): each is shown once, as the conflict.
    const restated = (f: Finding) =>
      result.conflicts.some((c) => c.restates?.code === f.code && c.restates.meetingId === f.meetingId);
    const proposal: NoPlanProposal = {
      ...base,
      headline: "No plan keeps every rule.",
      conflicts: result.conflicts.map((c) => c.message),
      complete: result.complete,
      notes: sortFindings(result.findings.filter((f) => f.severity !== "info" && !restated(f))).map(findingText),
    };
    if (result.repair && result.repair.steps.length > 0) proposal.repair = result.repair.message;
    return proposal;
  }
  return {
    ...base,
    headline: `No plan: ${result.message}.`,
    conflicts: [],
    complete: true,
    notes: sortFindings([...result.violations, ...result.findings.filter((f) => f.severity !== "info")]).map(
      findingText,
    ),
  };
}

/** What each part of the plan is for, in the officer's words. */
const STAGE_LABELS: Record<StageName | "conflicts", string> = {
  priority: "scheduling the most priority",
  stability: "keeping items where they are",
  spread: "evening out the spare time",
  conflicts: "no plan keeps every rule: finding which rules conflict and the smallest repair",
};

export class AutoplanCancelled extends Error {
  constructor() {
    super("the auto-plan was cancelled");
  }
}

export interface ProposeOptions {
  today: string;
  solver: Solver;
  /** Called before each solve with what it is for. */
  onProgress?: (label: string) => void;
  /** False once the officer has cancelled: the next solve is refused. */
  isLive?: () => boolean;
  timeLimitSeconds?: number;
}

/** Plan the programme and word the answer for review. */
export async function propose(programme: Programme, options: ProposeOptions): Promise<Proposal> {
  const { solver } = options;
  let solves = 0;
  let stage: StageName | "conflicts" = "priority";
  const cancellable: Solver = {
    name: solver.name,
    solve(request) {
      if (options.isLive && !options.isLive()) throw new AutoplanCancelled();
      solves++;
      // The conflict search is many solves: each one counts, so the line shows it moving.
      if (stage === "conflicts") options.onProgress?.(`${STAGE_LABELS.conflicts} (solve ${solves})`);
      return solver.solve(request);
    },
  };
  const result = await autoplan(programme, {
    today: options.today,
    solver: cancellable,
    onStage: (next) => {
      stage = next;
      if (next !== "conflicts") options.onProgress?.(STAGE_LABELS[next]);
    },
    ...(options.timeLimitSeconds !== undefined ? { timeLimitSeconds: options.timeLimitSeconds } : {}),
  });
  return proposalOf(programme, options.today, result, solver.name);
}
