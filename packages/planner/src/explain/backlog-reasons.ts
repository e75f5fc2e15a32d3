import { dateOrMonthWords } from "@scrutineer/dates";
import { type Item, listJoin, plural } from "@scrutineer/model";
import { type FollowUpDue, followUpsDue } from "../problem/follow-up-due.js";
import type { PlanningProblem } from "../problem/planning-problem.js";
import { itemPriority } from "../problem/priority.js";
import { problemLookups } from "../problem/problem-lookups.js";
import { describeRule, itemName, meetingName } from "./explain.js";

/**
 * An item the plan leaves in the backlog: id, title, minutes, priority (TOPICC total, `priority`, or 1)
 * and why, in the officer's words ("no meeting before 30 September has 45 minutes free").
 */
export interface BacklogEntry {
  item: string;
  title: string;
  minutes: number;
  priority: number;
  /** Why it is not scheduled, in the officer's words. */
  reasons: string[];
}

/** The first reason of a follow-up left waiting: whose recommendations it follows up and when it is due. */
function followUpReason(due: FollowUpDue): string {
  return `it follows up the recommendations of ${listJoin(due.reviews)}, due on ${dateOrMonthWords(due.due)}`;
}

/**
 * Why each unplaced item waits in the backlog (cheap reasons; `explainUnscheduled` digs deeper).
 * A follow-up (follow-up-due.ts) says so first, so that one due this year is never left without a word.
 */
export function backlogReasons(problem: PlanningProblem, placements: ReadonlyMap<string, string>): BacklogEntry[] {
  const { programme } = problem;
  const lookups = problemLookups(problem);
  // Minutes left and Cabinet Q&As taken at each meeting, counted once.
  const spare = new Map(problem.meetings.map((m) => [m.id, m.budget]));
  const qas = new Map(problem.meetings.map((m) => [m.id, m.fixedCabinetQas]));
  for (const it of problem.items) {
    const at = placements.get(it.id);
    if (at === undefined || !spare.has(at)) continue;
    spare.set(at, spare.get(at)! - it.minutes);
    if (it.cabinetQa) qas.set(at, qas.get(at)! + 1);
  }
  const spareFor = (meetingId: string) => spare.get(meetingId)!;
  const qaAt = (meetingId: string) => qas.get(meetingId)!;
  const items = new Map<string, Item>();
  for (const i of programme.items) if (!items.has(i.id)) items.set(i.id, i);

  const out: BacklogEntry[] = [];
  const followUps = followUpsDue(programme);
  for (const fixed of problem.fixed.values()) {
    if (fixed.reason !== "untimed") continue;
    const item = items.get(fixed.id)!;
    const followUp = followUps.get(item.id);
    out.push({
      item: item.id,
      title: item.title,
      minutes: 0,
      priority: itemPriority(item),
      reasons: [
        ...(followUp ? [followUpReason(followUp)] : []),
        "no minutes allotted: allot it minutes to have it planned",
      ],
    });
  }
  for (const it of problem.items) {
    if (placements.has(it.id)) continue;
    const entry: BacklogEntry = {
      item: it.id,
      title: it.item.title,
      minutes: it.minutes,
      priority: it.priority,
      reasons: it.followUp ? [followUpReason(it.followUp)] : [],
    };
    out.push(entry);
    const rules = lookups.ruledOut(it.id);
    const allowed = lookups.allowed(it.id);
    if (allowed.length === 0) {
      // With no meeting left this year (a past year, or every meeting held) there is no rule to name.
      entry.reasons.push(
        problem.meetings.length === 0
          ? "no meeting is left to plan this year"
          : `no remaining meeting suits it: ${rules.map((g) => describeRule(problem, g)).join("; ")}`,
      );
      continue;
    }
    const roomy = allowed.filter((id) => spareFor(id) >= it.minutes);
    if (roomy.length === 0) {
      const shown = allowed
        .slice(0, 4)
        .map((id) => `${meetingName(programme, id)} has ${plural(Math.max(0, spareFor(id)), "minute")} left`);
      entry.reasons.push(
        `no room: every meeting it could go to is full for its ${plural(it.minutes, "minute")} (${listJoin(shown)}${allowed.length > 4 ? ", …" : ""})`,
      );
      continue;
    }
    const free = it.cabinetQa ? roomy.filter((id) => qaAt(id) === 0) : roomy;
    const freeSet = new Set(free);
    if (free.length === 0) {
      entry.reasons.push("every meeting with room for it already has a Cabinet Q&A");
      continue;
    }
    const partners = lookups.partners(it.id);
    const partnerReasons: string[] = [];
    for (const g of partners) {
      const other = g.items.find((id) => id !== it.id)!;
      const at = placements.get(other);
      if (at === undefined)
        partnerReasons.push(`it goes with ${itemName(programme, other)}, which is not scheduled either`);
      else if (!freeSet.has(at))
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
