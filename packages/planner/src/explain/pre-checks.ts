import { dateOrMonthWords } from "@scrutineer/dates";
import { type Finding, findingAt, type Item, listJoin, type Meeting, plural } from "@scrutineer/model";
import type { PlanItem, PlanningProblem } from "../problem/planning-problem.js";
import { problemLookups } from "../problem/problem-lookups.js";
import { capitalise, describeRule, itemName, itemWithMinutes, meetingName, pinnedList } from "./explain.js";

/**
 * Cheap checks before any solve: conflicts that can be seen by looking at one item, one pair
 * or one meeting (a pinned or must item with nowhere to go, an alongside pair with no meeting
 * in common, pinned minutes over a meeting's time, an item longer than any meeting), and
 * things the officer should know (items on a cancelled meeting's agenda, untimed items).
 * Errors here mean no plan can exist; the solver's conflict search then gives the full sets.
 */
export function preChecks(problem: PlanningProblem): Finding[] {
  const { programme } = problem;
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const lookups = problemLookups(problem);
  const meetings = new Map<string, Meeting>();
  for (const m of programme.meetings) if (!meetings.has(m.id)) meetings.set(m.id, m);
  const at = (meetingId: string | undefined) => {
    const meeting = meetingId ? meetings.get(meetingId) : undefined;
    return meeting ? findingAt(meeting) : {};
  };
  const allowed = (plan: PlanItem): readonly string[] => lookups.allowed(plan.id);
  const rulesAgainst = (plan: PlanItem, meetingId?: string) =>
    (meetingId === undefined ? lookups.ruledOut(plan.id) : lookups.ruledOutAt(plan.id, meetingId)).map((g) =>
      describeRule(problem, g),
    );

  const maxBudget = Math.max(0, ...problem.meetings.map((m) => m.budget));
  for (const plan of problem.items) {
    const name = itemName(programme, plan.id);
    const fits = allowed(plan);
    if (plan.pinned !== undefined) {
      const open = lookups.meeting(plan.pinned);
      if (!open) {
        const pin = lookups.group(`pin:${plan.id}`)!;
        add({
          severity: "error",
          code: "plan-pin-closed-meeting",
          message: `${describeRule(problem, pin)}.`,
          item: plan.id,
          ...at(plan.pinned),
        });
      } else if (!fits.includes(open.id)) {
        add({
          severity: "error",
          code: "plan-pin-breaks-rule",
          message: `${name} is pinned to ${meetingName(programme, open.id)}, but ${listJoin(rulesAgainst(plan, open.id)) || "a rule keeps it from that meeting"}.`,
          item: plan.id,
          ...findingAt(open.meeting),
        });
      }
    } else if (plan.must && fits.length === 0) {
      const why = rulesAgainst(plan);
      add({
        severity: "error",
        code: "plan-must-no-meeting",
        message:
          why.length === 0
            ? `${name} must be scheduled, but no meeting is left to plan this year.`
            : `${name} must be scheduled, but no remaining meeting suits it: ${why.join("; ")}.`,
        item: plan.id,
      });
    }
    if (problem.meetings.length > 0 && plan.minutes > maxBudget) {
      const held = plan.must !== undefined || plan.pinned !== undefined;
      add({
        severity: held ? "error" : "warning",
        code: "plan-item-too-long",
        message: `${itemWithMinutes(problem, plan.id)} is longer than any remaining meeting's time for items (at most ${plural(maxBudget, "minute")}).`,
        item: plan.id,
      });
    }
    if (plan.item.minutes === undefined)
      add({
        severity: "info",
        code: "plan-no-minutes",
        message: `${name} has no minutes allotted: the planner counts it as 0.`,
        item: plan.id,
      });
  }

  // Alongside pairs with no meeting in common.
  for (const g of problem.groups) {
    if (g.kind !== "alongside" || g.excludes.length > 0) continue;
    const [a, b] = g.items.map((id) => lookups.item(id)!) as [PlanItem, PlanItem];
    const forB = new Set(allowed(b));
    const common = allowed(a).filter((id) => forB.has(id));
    if (common.length > 0) continue;
    const held = [a, b].some((p) => p.must !== undefined || p.pinned !== undefined);
    const why = [...rulesAgainst(a), ...rulesAgainst(b)];
    add({
      severity: held ? "error" : "warning",
      code: "plan-alongside-apart",
      message: `${itemName(programme, a.id)} and ${itemName(programme, b.id)} are to be taken alongside each other, but no remaining meeting suits both${why.length > 0 ? `: ${why.join("; ")}` : ""}.`,
      item: a.id,
    });
  }

  // Pinned minutes and pinned Cabinet Q&As per meeting.
  for (const m of problem.meetings) {
    const pinned = lookups.pinnedTo(m.id);
    const minutes = pinned.reduce((s, i) => s + i.minutes, 0);
    if (minutes > Math.max(0, m.budget))
      add({
        severity: "error",
        code: "plan-pinned-over-time",
        message: `${capitalise(meetingName(programme, m.id))} has ${plural(Math.max(0, m.budget), "minute")}; the pinned items ${pinnedList(
          problem,
          pinned.map((i) => i.id),
        )} need ${minutes}.`,
        ...findingAt(m.meeting),
      });
    const qas = pinned.filter((i) => i.cabinetQa);
    if (qas.length + m.fixedCabinetQas > 1)
      add({
        severity: "error",
        code: "plan-cabinet-qas-pinned",
        message: `Only one Cabinet Q&A can be taken at a meeting, but ${listJoin(qas.map((i) => itemName(programme, i.id)))} are ${qas.length === 2 ? "both" : "all"} pinned to ${meetingName(programme, m.id)}.`,
        ...findingAt(m.meeting),
      });
    if (m.budget < 0)
      add({
        severity: "warning",
        code: "plan-fixed-over-time",
        message: `${capitalise(meetingName(programme, m.id))} is already over its time with the items the planner does not move (${plural(m.fixedMinutes, "minute")} of ${m.capacity}).`,
        ...findingAt(m.meeting),
      });
  }

  // Items the planner leaves alone that the officer may want to move by hand.
  for (const fixed of [...problem.fixed.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (fixed.reason !== "cancelled") continue;
    add({
      severity: "warning",
      code: "plan-on-cancelled-meeting",
      message: `${itemName(programme, fixed.id)} is on the agenda of the cancelled meeting of ${dateOrMonthWords(meetings.get(fixed.meeting!)!.date)}: the planner leaves it there; move it to the backlog to have it planned.`,
      item: fixed.id,
      ...at(fixed.meeting),
    });
  }
  const items = new Map<string, Item>();
  for (const i of programme.items) if (!items.has(i.id)) items.set(i.id, i);
  for (const fixed of [...problem.fixed.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (fixed.reason !== "untimed") continue;
    const item = items.get(fixed.id)!;
    const must = item.must || item.standing;
    add({
      severity: must ? "warning" : "info",
      code: "plan-untimed-waits",
      message: `${itemName(programme, fixed.id)} has no minutes allotted, so the planner leaves it off the agendas${must ? " although it must be scheduled" : ""}: allot it minutes to have it planned.`,
      item: fixed.id,
    });
  }
  for (const g of problem.groups) {
    if (g.kind !== "alongside" || g.excludes.length === 0) continue;
    add({
      severity: "info",
      code: "plan-alongside-fixed",
      message: `${describeRule(problem, g)}.`,
      item: g.excludes[0]!.item,
    });
  }
  return findings;
}
