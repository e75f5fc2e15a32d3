import type { ProgrammeEdit } from "@scrutineer/model";
import type { PlanChange } from "@scrutineer/planner";

/**
 * The auto-planner's proposal as the planner app shows it for review: plain data with every
 * line already worded (by `autoplan-job.ts`, from the planner package's own words), so the
 * reducer and the screen never load the solver. Types and pure helpers only: this file is on
 * the planner's start-up path, the solver is not.
 */

export type Decision = "accept" | "reject";

export interface ProposedChange {
  change: PlanChange;
  /** The ordinary edit that makes this one change (`changeEdit` of the planner package). */
  edit: ProgrammeEdit;
  /** "+ add   Demographics of EHCPs in Hackney (40) → Mon 17 Apr 2023". */
  text: string;
  /** Why an item comes off an agenda, when it does. */
  reason?: string;
}

export interface WaitingItem {
  item: string;
  /** "School Admissions: no minutes allotted: allot it minutes to have it planned". */
  text: string;
}

/** A verified plan: its changes to accept or reject, and what stays in the backlog and why. */
export interface PlanProposal {
  ok: true;
  today: string;
  /** "Verified: the plan keeps every rule. Priority scheduled 20 of at most 20 (proven gap 0.0 %); 1 change …". */
  summary: string;
  changes: ProposedChange[];
  waiting: WaitingItem[];
  /** Warnings from the checks before solving, worded. */
  notes: string[];
  solver: string;
  /** Solver seconds, all stages. */
  seconds: number;
}

/** No plan: the conflicting rules and the smallest repair, in the officer's words. */
export interface NoPlanProposal {
  ok: false;
  today: string;
  /** "No plan keeps every rule." or why no plan was found. */
  headline: string;
  conflicts: string[];
  /** False when the conflict search was cut short. */
  complete: boolean;
  repair?: string;
  notes: string[];
}

export type Proposal = PlanProposal | NoPlanProposal;

export type ReviewRowKind = "change" | "waiting" | "conflict" | "repair" | "note";

export interface ReviewRow {
  kind: ReviewRowKind;
  text: string;
  /** The change's index in `proposal.changes` (change rows only). */
  change?: number;
}

/** The rows the review's cursor moves over, in the order shown. */
export function reviewRows(proposal: Proposal): ReviewRow[] {
  if (proposal.ok) {
    return [
      ...proposal.changes.map((c, i): ReviewRow => {
        const text = c.reason ? `${c.text} (${c.reason})` : c.text;
        return { kind: "change", text, change: i };
      }),
      ...proposal.waiting.map((w): ReviewRow => ({ kind: "waiting", text: w.text })),
      ...proposal.notes.map((text): ReviewRow => ({ kind: "note", text })),
    ];
  }
  return [
    ...proposal.conflicts.map((text, i): ReviewRow => ({ kind: "conflict", text: `${i + 1}. ${text}` })),
    ...(proposal.repair ? [{ kind: "repair" as const, text: proposal.repair }] : []),
    ...proposal.notes.map((text): ReviewRow => ({ kind: "note", text })),
  ];
}

/** "2 accepted, 1 rejected, 3 to decide" (only the parts there are). */
export function decisionCounts(decisions: readonly (Decision | undefined)[]): string {
  const accepted = decisions.filter((d) => d === "accept").length;
  const rejected = decisions.filter((d) => d === "reject").length;
  const open = decisions.length - accepted - rejected;
  const parts: [number, string][] = [
    [accepted, "accepted"],
    [rejected, "rejected"],
    [open, "to decide"],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(", ");
}

/** Whether the proposal has changes to decide on (else Enter and Esc just close it). */
export function hasChanges(proposal: Proposal): boolean {
  return proposal.ok && proposal.changes.length > 0;
}
