import { plural } from "@scrutineer/model";
import { clamp, errorDelta, say } from "./common.js";
import { type Decision, type Proposal, reviewRows } from "./proposal.js";
import { current } from "./selectors.js";
import { applyOne } from "./snapshot.js";
import { concernReducer, type PlannerState } from "./types.js";

/**
 * The auto-plan and its review: p asks the auto-planner (a job the edge runs, reporting
 * progress), its proposal is reviewed change by change, and the accepted changes become
 * ordinary edits.
 */
export type ReviewAction =
  | { type: "autoplan-request" }
  | { type: "autoplan-progress"; run: number; label: string }
  | { type: "autoplan-finished"; run: number; proposal: Proposal }
  | { type: "autoplan-failed"; run: number; error: string }
  | { type: "review-cursor"; delta: number }
  /** "toggle": accept a change not accepted yet, else reject it. */
  | { type: "review-decide"; decision: Decision | "toggle" }
  | { type: "review-all"; decision: Decision }
  | { type: "review-apply" };

/** Said when a key would change the programme while the auto-planner works on it. */
export const PLANNING_BUSY = "The auto-planner is working on the programme: Esc stops it (moving around is fine)";

function startAutoplan(state: PlannerState): PlannerState {
  if (state.mode.kind !== "normal") return state;
  const run = state.autoplanRuns + 1;
  return { ...state, autoplanRuns: run, mode: { kind: "planning", run, from: state.index, label: "starting HiGHS" } };
}

function finishAutoplan(state: PlannerState, run: number, proposal: Proposal): PlannerState {
  const mode = state.mode;
  // A run the officer stopped (or left by another key) answers into the void.
  if (mode.kind !== "planning" || mode.run !== run) return state;
  const normal: PlannerState = { ...state, mode: { kind: "normal" } };
  if (mode.from !== state.index)
    return say(
      normal,
      "The programme changed while the auto-planner worked, so its plan no longer fits: p to plan again",
    );
  const decisions = proposal.ok ? proposal.changes.map(() => undefined) : [];
  const review: PlannerState = { ...state, mode: { kind: "review", proposal, cursor: 0, decisions } };
  if (!proposal.ok) return review;
  return say(review, `Planned by ${proposal.solver} in ${proposal.seconds.toFixed(1)} s of solving`);
}

function decide(state: PlannerState, decision: Decision | "toggle"): PlannerState {
  const mode = state.mode;
  if (mode.kind !== "review") return state;
  if (!mode.proposal.ok) return say(state, "Nothing to accept: no plan keeps every rule. Enter or Esc closes this");
  const rows = reviewRows(mode.proposal);
  const row = rows[mode.cursor];
  if (row?.change === undefined)
    return say(
      state,
      row?.kind === "waiting"
        ? "An item left in the backlog stays there: only the changes above are accepted or rejected"
        : "Only the changes are accepted or rejected",
    );
  const was = mode.decisions[row.change];
  const decisions = [...mode.decisions];
  decisions[row.change] = decision === "toggle" ? (was === "accept" ? "reject" : "accept") : decision;
  // y and n move on to the next change, so a list is answered key after key; Space stays put.
  const nextChange = rows.findIndex((r, i) => i > mode.cursor && r.kind === "change");
  const cursor = decision !== "toggle" && nextChange >= 0 ? nextChange : mode.cursor;
  return { ...state, mode: { ...mode, decisions, cursor } };
}

/** Enter: the accepted changes become ordinary edits, one snapshot each (each undoable, journalled, checked). */
function applyReview(state: PlannerState): PlannerState {
  const mode = state.mode;
  if (mode.kind !== "review") return state;
  const normal: PlannerState = { ...state, mode: { kind: "normal" } };
  if (!mode.proposal.ok) return normal;
  const { changes } = mode.proposal;
  if (changes.length === 0) return say(normal, "Nothing to change: the plan is the current one");
  const accepted = changes.filter((_, i) => mode.decisions[i] === "accept");
  if (accepted.length === 0)
    return say(state, "Nothing accepted yet: y accepts the change under the cursor, a accepts them all; Esc discards");
  const before = current(state);
  let s = normal;
  let applied = 0;
  const refused: string[] = [];
  for (const change of accepted) {
    const next = applyOne(s, change.edit);
    if (next.index === s.index) {
      refused.push(next.message?.text ?? `${change.text}: no change`);
      s = { ...next, message: undefined };
    } else {
      applied++;
      s = next;
    }
  }
  const { text: delta, worse } = errorDelta(before, current(s));
  const undo = applied > 1 ? " · u undoes them one at a time" : applied === 1 ? " · u undo" : "";
  let text = `Applied ${applied} of ${plural(changes.length, "proposed change")}${delta}${undo}`;
  if (refused.length > 0) text += ` · ${refused.length} not applied: ${refused[0]}`;
  return say(s, text, worse || refused.length > 0 ? "error" : "success");
}

export const review = concernReducer<ReviewAction>({
  "autoplan-request": startAutoplan,
  // Progress is no key: `reduce` lets the message on screen stay.
  "autoplan-progress": (s, a) =>
    s.mode.kind === "planning" && s.mode.run === a.run ? { ...s, mode: { ...s.mode, label: a.label } } : s,
  "autoplan-finished": (s, a) => finishAutoplan(s, a.run, a.proposal),
  "autoplan-failed": (s, a) => {
    if (s.mode.kind !== "planning" || s.mode.run !== a.run) return s;
    return say({ ...s, mode: { kind: "normal" } }, `The auto-planner failed: ${a.error}`, "error");
  },
  "review-cursor": (s, a) => {
    if (s.mode.kind !== "review") return s;
    const rows = reviewRows(s.mode.proposal).length;
    return { ...s, mode: { ...s.mode, cursor: clamp(s.mode.cursor + a.delta, Math.max(1, rows)) } };
  },
  "review-decide": (s, a) => decide(s, a.decision),
  "review-all": (s, a) => {
    if (s.mode.kind !== "review" || !s.mode.proposal.ok) return s;
    return { ...s, mode: { ...s.mode, decisions: s.mode.proposal.changes.map(() => a.decision) } };
  },
  "review-apply": applyReview,
});
