import { dateOrMonthWords, monthName } from "@scrutineer/dates";
import type { FindingCode, Item, Meeting, Programme } from "@scrutineer/model";
import { listJoin, plural, pluralInWords } from "@scrutineer/model";
import { attendeesOf } from "../problem/availability.js";
import { cabinetQaEarliest } from "../problem/cabinet-qa-notice.js";
import type { PlanItem, PlanningProblem, RuleGroup } from "../problem/planning-problem.js";
import { itemWindow } from "../problem/planning-window.js";
import { preparationLimit } from "../problem/preparation-lead.js";
import { problemLookups } from "../problem/problem-lookups.js";

/**
 * Rules in the officer's words. A conflict (a minimal set of rule groups that cannot all hold)
 * reads as one sentence where its shape is a common one (a meeting over-full with pinned or
 * must items; two Cabinet Q&As for one meeting; an item that must come with a partner who
 * cannot), and as the list of its rules otherwise.
 */

/**
 * What naming needs of a programme, worked out once per programme object (a programme is never
 * changed in place: every edit makes a new one), so that naming every item of a long backlog
 * stays linear in its length.
 */
interface Names {
  items: Map<string, Item>;
  meetings: Map<string, Meeting>;
  /** Items per title. */
  titles: Map<string, number>;
  /** Meetings per month name ("October", of any year). */
  months: Map<string, number>;
}

const namesOf = new WeakMap<Programme, Names>();

function names(programme: Programme): Names {
  let known = namesOf.get(programme);
  if (!known) {
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    known = { items: new Map(), meetings: new Map(), titles: new Map(), months: new Map() };
    for (const i of programme.items) {
      if (!known.items.has(i.id)) known.items.set(i.id, i);
      count(known.titles, i.title);
    }
    for (const m of programme.meetings) {
      if (!known.meetings.has(m.id)) known.meetings.set(m.id, m);
      count(known.months, monthName(m.date));
    }
    namesOf.set(programme, known);
  }
  return known;
}

/** "the October meeting" when it is the only meeting in a month of that name, else "the meeting of 31 October 2022". */
export function meetingName(programme: Programme, meetingId: string): string {
  const { meetings, months } = names(programme);
  const meeting = meetings.get(meetingId);
  if (!meeting) return `the meeting "${meetingId}"`;
  const month = monthName(meeting.date);
  // "the May meeting", as a council says it ("scheduled at the May meeting", never "at May").
  return months.get(month) === 1 ? `the ${month} meeting` : `the meeting of ${dateOrMonthWords(meeting.date)}`;
}

/** An item's title, with its id when another item has the same title. */
export function itemName(programme: Programme, itemId: string): string {
  const { items, titles } = names(programme);
  const item = items.get(itemId);
  if (!item) return itemId;
  return (titles.get(item.title) ?? 0) > 1 ? `${item.title} [${item.id}]` : item.title;
}

/** "Budget monitoring (90)". */
export function itemWithMinutes(problem: PlanningProblem, itemId: string): string {
  const plan = problemLookups(problem).item(itemId);
  const name = itemName(problem.programme, itemId);
  return plan ? `${name} (${plan.minutes})` : name;
}

function windowWords(plan: PlanItem): string {
  const { item } = plan;
  const from = item.earliest;
  const to = item.latest;
  const words = (d: string) => dateOrMonthWords(d);
  if (from && to && from === to) return from.length === 7 ? `in ${words(from)}` : `on ${words(from)}`;
  if (from && to) return `between ${words(from)} and ${words(to)}`;
  if (from) return `from ${words(from)}`;
  if (to) return `by ${words(to)}`;
  const w = itemWindow(item);
  return `between ${w.from ?? "the start"} and ${w.to ?? "the end"}`;
}

function datesOf(problem: PlanningProblem, meetingIds: readonly string[]): string[] {
  const wanted = new Set(meetingIds);
  return problem.meetings.filter((m) => wanted.has(m.id)).map((m) => dateOrMonthWords(m.date));
}

/** Meetings as dates, or "any remaining meeting" when it is all the open ones. */
function meetingsWords(problem: PlanningProblem, meetingIds: readonly string[], last: "and" | "or" = "or"): string {
  if (meetingIds.length === problem.meetings.length && meetingIds.length > 1) return "any remaining meeting";
  return listJoin(datesOf(problem, meetingIds), last);
}

/** One rule group as a clause; `named: false` says "it" for the item where the sentence already names it. */
export function describeRule(problem: PlanningProblem, group: RuleGroup, named = true): string {
  const clause = ruleClause(problem, group, named);
  const name = itemName(problem.programme, group.items[0] ?? "");
  if (!named && group.items.length === 1 && clause.startsWith(`${name} `)) return `it ${clause.slice(name.length + 1)}`;
  return clause;
}

function ruleClause(problem: PlanningProblem, group: RuleGroup, named: boolean): string {
  const { programme } = problem;
  const item = group.items[0] ?? "";
  const lookups = problemLookups(problem);
  const plan = lookups.item(item);
  const name = itemName(programme, item);
  switch (group.kind) {
    case "budget": {
      const m = lookups.meeting(group.meeting!)!;
      return `${meetingName(programme, m.id)} has ${plural(Math.max(0, m.budget), "minute")}${fixedWords(problem, m.id)}`;
    }
    case "pin": {
      const where = meetingName(programme, group.meeting!);
      const open = problem.meetings.some((m) => m.id === group.meeting);
      if (open) return `${name} is pinned to ${where}`;
      const meeting = programme.meetings.find((m) => m.id === group.meeting);
      const state = meeting?.status === "cancelled" ? "is cancelled" : "has already been held";
      return `${name} is pinned to ${where}, which ${state}`;
    }
    case "must":
      return plan?.must === "standing"
        ? `${name} is a standing item and must be scheduled`
        : `${name} must be scheduled`;
    case "forced":
      return `${name} is to be scheduled`;
    case "alongside": {
      const [a, b] = group.items as [string, string];
      if (group.excludes.length === 0)
        return `${itemName(programme, a)} is to be taken alongside ${itemName(programme, b)}`;
      const movable = group.excludes[0]!.item;
      const partner = movable === a ? b : a;
      const fixed = problem.fixed.get(partner);
      const where = fixed?.meeting
        ? problem.meetings.some((m) => m.id === fixed.meeting)
          ? `stays at ${meetingName(programme, fixed.meeting)}`
          : `was taken at ${meetingName(programme, fixed.meeting)}`
        : "is not on any agenda";
      return `${itemName(programme, movable)} is to be taken alongside ${itemName(programme, partner)}, which ${where}`;
    }
    case "cabinet-qa":
      return `${meetingName(programme, group.meeting!)} can take only one Cabinet Q&A`;
    case "window":
      return plan ? `${name} can only be taken ${windowWords(plan)}` : `${name} has a window`;
    case "follow-up": {
      if (!plan?.followUp) return `${name} follows up recommendations not yet due`;
      const { due, reviews } = plan.followUp;
      const last = problem.meetings.at(-1)?.date;
      const after =
        last !== undefined && due > last
          ? ", after this year's last meeting: it is for next year's programme"
          : ", so no meeting before then";
      return `${name} follows up the recommendations of ${listJoin(reviews)} and is due on ${dateOrMonthWords(due)}${after}`;
    }
    case "availability": {
      if (!plan) return `${name}'s attendees are unavailable`;
      const people = attendeesOf(programme, plan.item)
        .map((p) => {
          const dates = group.excludes
            .map((e) => lookups.meeting(e.meeting)!)
            .filter((m) => p.unavailable.includes(m.date));
          return dates.length === 0
            ? ""
            : `${p.name} cannot attend ${meetingsWords(
                problem,
                dates.map((m) => m.id),
              )}`;
        })
        .filter(Boolean);
      return named ? `for ${name}, ${listJoin(people)}` : listJoin(people);
    }
    case "preparation": {
      const limit = plan ? preparationLimit(plan.item, problem.today) : undefined;
      if (!limit) return `${name} needs preparation first`;
      const what = limit.preparation.description;
      return `${name} needs ${pluralInWords(limit.preparation.leadWeeks ?? 0, "week")} after its ${limit.preparation.kind.replace(/-/g, " ")} (${what}), so no meeting before ${dateOrMonthWords(limit.earliest)}`;
    }
    case "notice": {
      const earliest = plan ? cabinetQaEarliest(plan.item, problem.noticeWeeks, problem.today) : undefined;
      const member = plan?.item.cabinetQA
        ? (programme.cabinetMembers.find((c) => c.id === plan.item.cabinetQA!.cabinetMember)?.name ??
          "the Cabinet member")
        : "the Cabinet member";
      const told = plan?.item.cabinetQA?.notified
        ? `${member} was told the topics on ${dateOrMonthWords(plan.item.cabinetQA.notified)}`
        : `${member} has not been told the topics yet`;
      return `${name} needs ${pluralInWords(problem.noticeWeeks, "week")}' notice and ${told}, so no meeting before ${dateOrMonthWords(earliest ?? problem.today)}`;
    }
  }
}

function minutesOf(problem: PlanningProblem, itemId: string): number {
  return problemLookups(problem).item(itemId)?.minutes ?? 0;
}

/** "Budget monitoring (90), Annual report (60) and Standing item (15)": longest first. */
export function pinnedList(problem: PlanningProblem, itemIds: readonly string[]): string {
  const longestFirst = [...itemIds].sort(
    (a, b) => minutesOf(problem, b) - minutesOf(problem, a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return listJoin(longestFirst.map((id) => itemWithMinutes(problem, id)));
}

function fixedWords(problem: PlanningProblem, meetingId: string): string {
  const m = problemLookups(problem).meeting(meetingId);
  if (!m || m.fixedMinutes === 0) return "";
  const items = m.fixedItems
    .map((id) => names(problem.programme).items.get(id)!)
    .filter((i) => i.minutes !== undefined);
  return ` besides ${listJoin(items.map((i) => itemName(problem.programme, i.id)))} (${m.fixedMinutes})`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why an item can only go where it must, in the words of the conflict's other rules about it. */
function forcedInto(problem: PlanningProblem, itemId: string, groups: readonly RuleGroup[]): string | undefined {
  const pin = groups.find((g) => g.kind === "pin" && g.items[0] === itemId);
  if (pin) return "pinned";
  const must = groups.find((g) => (g.kind === "must" || g.kind === "forced") && g.items[0] === itemId);
  if (!must) return undefined;
  const plan = problemLookups(problem).item(itemId);
  const standing = plan?.must === "standing" ? "a standing item" : "must be scheduled";
  const limits = groups
    .filter(
      (g) =>
        g.items[0] === itemId &&
        (g.kind === "window" ||
          g.kind === "follow-up" ||
          g.kind === "availability" ||
          g.kind === "preparation" ||
          g.kind === "notice"),
    )
    .map((g) => g.kind);
  return limits.length === 0 ? standing : `${standing}; ${listJoin(limits)}`;
}

/** A conflict in one paragraph. */
export function describeConflict(problem: PlanningProblem, groups: readonly RuleGroup[]): string {
  return explainConflict(problem, groups).message;
}

/** A conflict explained: its paragraph, and the check before solving that says the same, if one does. */
export interface ConflictExplanation {
  message: string;
  /** The pre-check finding (`preChecks`) that reports this very conflict: its code and meeting id. */
  restates?: { code: FindingCode; meetingId: string };
}

/** A conflict in one paragraph, and which check before solving already says it. */
export function explainConflict(problem: PlanningProblem, groups: readonly RuleGroup[]): ConflictExplanation {
  const { programme } = problem;
  const lookups = problemLookups(problem);
  const budgets = groups.filter((g) => g.kind === "budget");
  const qas = groups.filter((g) => g.kind === "cabinet-qa");
  const pins = groups.filter((g) => g.kind === "pin");
  const holders = groups.filter((g) => g.kind === "pin" || g.kind === "must" || g.kind === "forced");
  const alongside = groups.filter((g) => g.kind === "alongside");

  // A meeting (or meetings) too full for the items that can only go there.
  if (budgets.length > 0 && qas.length === 0) {
    const meetingIds = budgets.map((g) => g.meeting!);
    const items = [...new Set(holders.map((g) => g.items[0]!))];
    for (const g of alongside) for (const id of g.items) if (!items.includes(id)) items.push(id);
    const budget = budgets.reduce((s, g) => s + Math.max(0, lookups.meeting(g.meeting!)!.budget), 0);
    const need = items.reduce((s, id) => s + (lookups.item(id)?.minutes ?? 0), 0);
    const where = listJoin(meetingIds.map((id) => meetingName(programme, id)));
    const fixed = meetingIds.length === 1 ? fixedWords(problem, meetingIds[0]!) : "";
    const has = meetingIds.length === 1 ? "has" : "have";
    const between = meetingIds.length === 1 ? "" : " between them";
    const allPinned = items.length > 0 && items.every((id) => pins.some((p) => p.items[0] === id));
    const rest = groups.filter(
      (g) => g.kind !== "budget" && g.kind !== "pin" && g.kind !== "must" && g.kind !== "forced",
    );
    let list: string;
    if (allPinned && meetingIds.length === 1 && rest.length === 0) {
      list = `the pinned items ${pinnedList(problem, items)}`;
    } else {
      list = listJoin(
        items.map((id) => {
          const why = forcedInto(problem, id, groups);
          const plan = lookups.item(id);
          return `${itemName(programme, id)} (${plan?.minutes ?? 0}${why ? `, ${why}` : ""})`;
        }),
      );
    }
    const verb = need > budget ? `need ${need}` : "cannot all be fitted in";
    const head = `${capitalise(where)} ${has} ${plural(budget, "minute")}${between}${fixed}; ${list} ${verb}`;
    const others = rest.filter((g) => g.kind !== "alongside").map((g) => describeRule(problem, g));
    const along = rest.filter((g) => g.kind === "alongside").map((g) => describeRule(problem, g));
    const tail = [...along, ...others];
    const message = `${head}${tail.length > 0 ? ` (${tail.join("; ")})` : ""}.`;
    // Pinned items alone over one meeting's time: what `plan-pinned-over-time` says before solving.
    if (allPinned && meetingIds.length === 1 && rest.length === 0)
      return { message, restates: { code: "plan-pinned-over-time", meetingId: meetingIds[0]! } };
    return { message };
  }

  // Two Cabinet Q&As that can only go to the same meeting.
  if (qas.length === 1 && budgets.length === 0) {
    const where = meetingName(programme, qas[0]!.meeting!);
    const items = [...new Set(holders.map((g) => g.items[0]!))];
    const allPinned = items.every((id) => pins.some((p) => p.items[0] === id));
    const names = listJoin(items.map((id) => itemName(programme, id)));
    const rest = groups.filter((g) => !["cabinet-qa", "pin", "must", "forced"].includes(g.kind));
    const why = allPinned
      ? `${items.length === 2 ? "both" : "all"} pinned to ${where}`
      : `${items.length === 2 ? "both" : "all"} to be scheduled and can only go to ${where}`;
    const tail = rest.map((g) => describeRule(problem, g));
    const message = `Only one Cabinet Q&A can be taken at a meeting, but ${names} are ${why}${tail.length > 0 ? ` (${tail.join("; ")})` : ""}.`;
    // Cabinet Q&As all pinned to one meeting: what `plan-cabinet-qas-pinned` says before solving.
    if (allPinned && tail.length === 0)
      return { message, restates: { code: "plan-cabinet-qas-pinned", meetingId: qas[0]!.meeting! } };
    return { message };
  }

  // An item that must be taken with a partner who cannot come.
  if (alongside.length === 1 && budgets.length === 0 && qas.length === 0 && holders.length >= 1) {
    const pair = alongside[0]!;
    const held = holders.map((g) => g.items[0]!).filter((id) => pair.items.includes(id));
    if (held.length === 1) {
      const a = held[0]!;
      const b = pair.items.find((id) => id !== a)!;
      const holder = holders.find((g) => g.items[0] === a)!;
      const rest = groups.filter((g) => g !== holder && g !== pair);
      const aName = itemName(programme, a);
      const bName = itemName(programme, b);
      const head =
        holder.kind === "pin"
          ? `${aName} is pinned to ${meetingName(programme, holder.meeting!)} and is to be taken alongside ${bName}`
          : `${capitalise(describeRule(problem, holder))} and is to be taken alongside ${bName}`;
      const partnerRules = rest.filter((g) => g.items.includes(b));
      const ownRules = rest.filter((g) => !g.items.includes(b));
      const parts = [
        ...ownRules.map((g) => describeRule(problem, g)),
        ...partnerRules.map((g) => describeRule(problem, g, g.items.length !== 1)),
      ];
      if (pair.excludes.length > 0)
        return {
          message: `${capitalise(describeRule(problem, holder))}, but ${describeRule(problem, pair)}${parts.length > 0 ? `; ${parts.join("; ")}` : ""}.`,
        };
      return {
        message: `${head}, but ${bName} cannot be taken at any meeting ${aName} can go to${parts.length > 0 ? `: ${parts.join("; ")}` : ""}.`,
      };
    }
  }

  // A must item and no meeting left at all.
  if (
    groups.length === 1 &&
    (groups[0]!.kind === "must" || groups[0]!.kind === "forced") &&
    problem.meetings.length === 0
  )
    return { message: `${capitalise(describeRule(problem, groups[0]!))}, but no meeting is left to plan this year.` };

  // Rules about one item only: what is asked of it, and what stands in the way.
  const subjects = new Set(groups.flatMap((g) => g.items));
  if (subjects.size === 1 && holders.length === 1 && groups.every((g) => g.items.length === 1)) {
    const holder = holders[0]!;
    const rest = groups.filter((g) => g !== holder);
    if (rest.length > 0)
      return {
        message: `${capitalise(describeRule(problem, holder))}, but ${rest.map((g) => describeRule(problem, g, false)).join("; ")}.`,
      };
  }

  return { message: `These rules cannot all hold: ${groups.map((g) => describeRule(problem, g)).join("; ")}.` };
}
