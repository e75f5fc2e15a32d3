import { dateOrMonthWords } from "@scrutineer/dates";
import type { Programme } from "@scrutineer/model";
import { listJoin } from "@scrutineer/model";
import { PlannerError } from "../errors.js";
import { type AutoplanOptions, planProblem } from "../plan/autoplan.js";
import { unitsOf } from "../plan/plan-measures.js";
import type { PlanChange } from "../plan/plan-programme.js";
import { planningProblem, type RuleGroup } from "../problem/planning-problem.js";
import { type Conflict, findConflicts } from "./conflicts.js";
import { capitalise, describeConflict, describeRule, itemName, meetingName } from "./explain.js";

/**
 * "Why is X not scheduled?": plan as usual; if X is left out, plan again with X forced in and
 * compare. Either forcing it has no plan (the rules that block it are found by the conflict
 * search, with X's forcing always on), or the forced plan shows what X would displace and what
 * would move, and how the priorities compare.
 */
export interface UnscheduledExplanation {
  item: string;
  title: string;
  status: "scheduled" | "not-planned" | "blocked" | "displaces" | "fits";
  message: string;
  /** Where it is, or would go when forced. */
  meeting?: string;
  /** Items the forced plan leaves out that the plan schedules. */
  displaced: { item: string; title: string; priority: number }[];
  /** Items the forced plan puts elsewhere. */
  moved: PlanChange[];
  /** The rules that block it (status "blocked"). */
  conflicts: Conflict[];
}

/**
 * Why an item is not scheduled (see `UnscheduledExplanation`), by planning as usual and again with the
 * item forced in. Rejects with `PlannerError` (`"unknown-item"`) for an id that is not in the programme.
 */
export async function explainUnscheduled(
  programme: Programme,
  itemId: string,
  options: AutoplanOptions,
): Promise<UnscheduledExplanation> {
  const problem = planningProblem(programme, options);
  const item = programme.items.find((i) => i.id === itemId);
  if (!item) throw new PlannerError("unknown-item", itemId, `no item has the id "${itemId}"`);
  const name = itemName(programme, itemId);
  const out: UnscheduledExplanation = {
    item: itemId,
    title: item.title,
    status: "not-planned",
    message: "",
    displaced: [],
    moved: [],
    conflicts: [],
  };

  const fixed = problem.fixed.get(itemId);
  if (fixed) {
    const at = fixed.meeting ? programme.meetings.find((m) => m.id === fixed.meeting) : undefined;
    const words: Record<typeof fixed.reason, string> = {
      held: `it was taken at the meeting of ${at ? dateOrMonthWords(at.date) : "?"}, which has been held`,
      cancelled: `it is on the agenda of the cancelled meeting of ${at ? dateOrMonthWords(at.date) : "?"}; move it to the backlog to have it planned`,
      procedural: "it is a procedural item (work programme, minutes), placed by the officer",
      withdrawn: "it is withdrawn",
      declared: `an interest has been declared on it at ${at ? meetingName(programme, at.id) : "its meeting"}, so it stays there`,
      recorded: `its outcome at ${at ? meetingName(programme, at.id) : "its meeting"} is recorded, so it stays there (clear the outcome to have it moved)`,
      untimed: "it has no minutes allotted; allot it minutes (or pin it) to have it planned",
      travels: `it sits on more than one agenda (deferred from one meeting to a later one, or a standing item), up to ${at ? meetingName(programme, at.id) : "its last meeting"}, and each records where it was`,
    };
    out.message = `The planner does not place ${name}: ${words[fixed.reason]}.`;
    if (fixed.meeting) out.meeting = fixed.meeting;
    return out;
  }

  const base = await planProblem(problem, options);
  if (!base.ok) {
    out.status = "blocked";
    out.message = `No plan can be made at all, so nothing is scheduled: ${
      base.reason === "infeasible" ? base.conflicts.map((c) => c.message).join(" ") : base.message
    }`;
    if (base.reason === "infeasible") out.conflicts = base.conflicts;
    return out;
  }
  const at = base.plan.placements.get(itemId);
  if (at) {
    out.status = "scheduled";
    out.meeting = at;
    out.message = `${name} is scheduled at ${meetingName(programme, at)}.`;
    return out;
  }

  const forced = await planProblem(problem, { ...options, forced: [itemId], explain: false });
  if (!forced.ok) {
    if (forced.reason !== "infeasible") {
      out.status = "blocked";
      out.message = `${name} could not be placed: ${forced.message}.`;
      return out;
    }
    const search = await findConflicts(problem, { solver: options.solver, forced: [itemId] });
    const forcedRule: RuleGroup = { id: `forced:${itemId}`, kind: "forced", items: [itemId], excludes: [] };
    out.status = "blocked";
    out.conflicts = search.conflicts.map((c) => {
      const rules = [forcedRule, ...c.rules];
      // Rules about the item alone read best as "it …"; others as the whole conflict.
      const alone = c.rules.every((g) => g.items.length === 1 && g.items[0] === itemId);
      const message = alone
        ? `${capitalise(c.rules.map((g) => describeRule(problem, g, false)).join("; "))}.`
        : describeConflict(problem, rules);
      return { rules, message };
    });
    out.message =
      out.conflicts.length === 0
        ? `${name} cannot be scheduled under the rules.`
        : `${name} cannot be scheduled: ${out.conflicts
            .map((c, k) => (k === 0 && c.message.startsWith("It ") ? `it ${c.message.slice(3)}` : c.message))
            .join(" ")}`;
    return out;
  }

  const plan = forced.plan;
  const to = plan.placements.get(itemId)!;
  out.meeting = to;
  const priorityOf = (id: string) => problem.items.find((i) => i.id === id)?.priority ?? 0;
  for (const it of problem.items) {
    if (it.id === itemId) continue;
    const was = base.plan.placements.get(it.id);
    const now = plan.placements.get(it.id);
    if (was && !now) out.displaced.push({ item: it.id, title: it.item.title, priority: it.priority });
    else if (was && now && was !== now) {
      const change = plan.changes.find((c) => c.item === it.id);
      const dateOf = (m: string) => problem.meetings.find((x) => x.id === m)!.date;
      out.moved.push(
        change ?? {
          kind: "move",
          item: it.id,
          title: it.item.title,
          minutes: it.minutes,
          from: was,
          fromDate: dateOf(was),
          to: now,
          toDate: dateOf(now),
        },
      );
    }
  }
  const where = meetingName(programme, to);
  const own = priorityOf(itemId);
  const moves = out.moved.map(
    (c) =>
      `move ${itemName(programme, c.item)} from ${meetingName(programme, c.from!)} to ${meetingName(programme, c.to!)}`,
  );
  if (out.displaced.length > 0) {
    const lost = out.displaced.reduce((s, d) => s + d.priority, 0);
    out.status = "displaces";
    const dropped = out.displaced.map((d) => `${itemName(programme, d.item)} (priority ${d.priority})`);
    out.message = `To take ${name} at ${where}, the plan would have to leave out ${listJoin(dropped)}${
      moves.length > 0 ? ` and ${listJoin(moves)}` : ""
    }. ${name} has priority ${own}; what it would displace has ${lost}${
      lost > own
        ? ", so the planner keeps those instead"
        : lost === own
          ? ", the same, so the planner keeps the plan as it is"
          : ""
    }.`;
  } else {
    out.status = "fits";
    const gained = unitsOf(problem, plan.placements) - unitsOf(problem, base.plan.placements);
    const why =
      own === 0
        ? `its priority is 0, so scheduling it gains nothing`
        : gained <= 0
          ? "scheduling it gains no priority overall"
          : "the plan stopped within its optimality gap";
    out.message = `${name} fits at ${where}${moves.length > 0 ? ` if the plan would ${listJoin(moves)}` : ""}; it was left out because ${why}.`;
  }
  return out;
}
