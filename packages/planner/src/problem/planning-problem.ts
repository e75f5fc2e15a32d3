import {
  agendaItemId,
  entryRecorded,
  type Item,
  type Meeting,
  meetingsInOrder,
  type Programme,
} from "@scrutineer/model";
import { alongsidePairs } from "./alongside.js";
import { attendeeDirectory, awayDates } from "./availability.js";
import { cabinetQaNoticeAllows } from "./cabinet-qa-notice.js";
import { meetingState } from "./fixed-meetings.js";
import { type FollowUpDue, followUpAllows, followUpsDue } from "./follow-up-due.js";
import { type MustReason, mustSchedule } from "./must-schedule.js";
import { isCabinetQa } from "./one-cabinet-qa-per-meeting.js";
import { compareStrings } from "./order.js";
import { pinnedMeeting } from "./pin.js";
import { dateInWindow, itemWindow } from "./planning-window.js";
import { preparationAllows, preparationLimit } from "./preparation-lead.js";
import { itemPriority } from "./priority.js";
import { itemMinutes, meetingCapacity, type RangeAt } from "./time-budget.js";

/**
 * The planning problem: which items the planner may place, into which meetings, under which
 * rules. Pure data, sorted by id (items) and by date then id (meetings), so the same
 * programme always gives the same problem, whatever the machine's locale or time zone.
 * Rules are grouped (one group per meeting's budget, per pin, per must item, per alongside
 * pair, per meeting's Cabinet Q&A slot, per item's window, follow-up due date, availability,
 * preparation and notice) so that a conflict can be explained by switching whole groups off.
 */

export interface PlanningOptions {
  /** The day the plan is made (`YYYY-MM-DD`): meetings before it are held; notice counts from it. */
  today: string;
  /** How a minutes range such as "30-45" counts against a meeting's time (default: its upper end). */
  rangeAt?: RangeAt;
}

/** The kinds of rule group the planner switches on and off, one per rule file in `src/problem/`. */
export type RuleKind =
  | "budget"
  | "pin"
  | "must"
  | "forced"
  | "alongside"
  | "cabinet-qa"
  | "notice"
  | "window"
  | "availability"
  | "preparation"
  | "follow-up";

/** Rule kinds whose groups forbid item–meeting pairs outright. */
export const DOMAIN_KINDS: ReadonlySet<RuleKind> = new Set([
  "window",
  "follow-up",
  "availability",
  "preparation",
  "notice",
]);

/** One rule as the solver sees it, switched on or off as a whole when conflicts are searched. */
export interface RuleGroup {
  /** Stable id: `budget:2022-10`, `pin:annual-report`, `alongside:a+b`, `window:annual-report`. */
  id: string;
  kind: RuleKind;
  /** The items the rule is about (two for an alongside pair). */
  items: string[];
  /** The meeting the rule is about (budget, Cabinet Q&A slot, pin). */
  meeting?: string;
  /** Item–meeting pairs the rule rules out (domain rules, and alongside with a fixed partner). */
  excludes: { item: string; meeting: string }[];
}

/** An item the planner places: its minutes, priority, whether it must be scheduled, its pin and current meeting. */
export interface PlanItem {
  id: string;
  item: Item;
  /** Minutes it takes from a meeting's time. */
  minutes: number;
  /** Priority as given (TOPICC total, priority, or 1). */
  priority: number;
  /** Priority in whole units for the solver (priority × the problem's scale). */
  units: number;
  must?: MustReason;
  pinned?: string;
  /** The open meeting it sits in now, if any. */
  current?: string;
  cabinetQa: boolean;
  /** When it follows up recommendations with a due date: that date and the reviews (follow-up-due.ts). */
  followUp?: FollowUpDue;
}

/**
 * A meeting the planner may change: its minutes for items (capacity, fixed and left in the budget) and the items it keeps.
 */
export interface PlanMeeting {
  id: string;
  meeting: Meeting;
  date: string;
  /** Minutes for agenda items: planned end − start − procedural minutes. */
  capacity: number;
  /** Minutes already taken by items the planner does not move (procedural items). */
  fixedMinutes: number;
  /** What is left for the planner: capacity − fixedMinutes (negative when already over-full). */
  budget: number;
  /** Items on its agenda the planner does not move. */
  fixedItems: string[];
  /** Cabinet Q&As among them. */
  fixedCabinetQas: number;
}

/**
 * Why the planner leaves an item where it is: its meeting is held or cancelled, it is procedural or withdrawn, has a declaration
 * or its outcome recorded at its meeting (`recorded`: the minutes' record, which a move would drop), is untimed, or travels
 * with one of these.
 */
export type FixedReason =
  | "held"
  | "cancelled"
  | "procedural"
  | "withdrawn"
  | "declared"
  | "recorded"
  | "untimed"
  | "travels";

/** An item the planner does not move, the meeting it is on, and why. */
export interface FixedItem {
  id: string;
  /** The meeting whose agenda it is on, if any. */
  meeting?: string;
  reason: FixedReason;
}

/**
 * The planning problem of a programme on a day (`planningProblem`): the items to place, the meetings that
 * may change, the fixed items, every rule group, and the priority scale. Minutes and priorities are whole units.
 */
export interface PlanningProblem {
  programme: Programme;
  today: string;
  rangeAt: RangeAt;
  noticeWeeks: number;
  /** Items the planner places, by id. */
  items: PlanItem[];
  /** Meetings the planner may change, by date then id. */
  meetings: PlanMeeting[];
  /** Items it leaves exactly where they are. */
  fixed: Map<string, FixedItem>;
  /** Every rule group, in a stable order. */
  groups: RuleGroup[];
  /** Priorities are multiplied by this to make whole units (1, or 100 when some have decimals). */
  priorityScale: number;
}

const KIND_ORDER: RuleKind[] = [
  "forced",
  "must",
  "pin",
  "budget",
  "cabinet-qa",
  "alongside",
  "window",
  "follow-up",
  "availability",
  "preparation",
  "notice",
];

export function compareGroups(a: RuleGroup, b: RuleGroup): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareStrings(a.id, b.id);
}

/** Build the planning problem of a programme on a given day. */
export function planningProblem(programme: Programme, options: PlanningOptions): PlanningProblem {
  const { today } = options;
  const rangeAt = options.rangeAt ?? "upper";
  const noticeWeeks = programme.commission.deadlines.cabinetNoticeWeeks;
  const byId = new Map(programme.items.map((i) => [i.id, i]));

  const fixed = new Map<string, FixedItem>();
  const currentOpen = new Map<string, string>();
  const open: Meeting[] = [];
  // An item on more than one agenda travels (deferred from one to the next, or standing): each
  // agenda records where it was, so the planner moves none of them.
  const agendasOf = new Map<string, number>();
  for (const meeting of programme.meetings)
    for (const id of new Set(meeting.agenda.map(agendaItemId))) agendasOf.set(id, (agendasOf.get(id) ?? 0) + 1);
  for (const meeting of meetingsInOrder(programme)) {
    const state = meetingState(meeting, today);
    if (state === "open") open.push(meeting);
    const declared = new Set(meeting.declarations.flatMap((d) => d.items));
    for (const entry of meeting.agenda) {
      const id = agendaItemId(entry);
      const item = byId.get(id);
      if (!item) continue;
      if ((agendasOf.get(id) ?? 0) > 1) fixed.set(id, { id, meeting: meeting.id, reason: "travels" });
      else if (state !== "open") fixed.set(id, { id, meeting: meeting.id, reason: state });
      else if (item.status === "withdrawn") fixed.set(id, { id, meeting: meeting.id, reason: "withdrawn" });
      else if (item.procedural) fixed.set(id, { id, meeting: meeting.id, reason: "procedural" });
      // An interest declared on the item at this meeting ties it there.
      else if (declared.has(id)) fixed.set(id, { id, meeting: meeting.id, reason: "declared" });
      // So does what the meeting recorded of it (its outcome, resolutions, actions).
      else if (entryRecorded(entry)) fixed.set(id, { id, meeting: meeting.id, reason: "recorded" });
      else currentOpen.set(id, meeting.id);
    }
  }
  for (const item of programme.items) {
    if (fixed.has(item.id) || currentOpen.has(item.id)) continue;
    if (item.status === "withdrawn") fixed.set(item.id, { id: item.id, reason: "withdrawn" });
    else if (item.procedural) fixed.set(item.id, { id: item.id, reason: "procedural" });
    // No minutes, no timing: an item waiting to be scoped is not put on an agenda until it has
    // some (unless the officer pinned it). One already on an agenda may still move.
    else if (item.minutes === undefined && item.pinned === undefined)
      fixed.set(item.id, { id: item.id, reason: "untimed" });
  }

  const candidates = programme.items.filter((i) => !fixed.has(i.id)).sort((a, b) => compareStrings(a.id, b.id));
  const fractional = candidates.some((i) => !Number.isInteger(itemPriority(i)));
  const priorityScale = fractional ? 100 : 1;

  const items: PlanItem[] = candidates.map((item) => {
    const priority = itemPriority(item);
    const planItem: PlanItem = {
      id: item.id,
      item,
      minutes: itemMinutes(item, rangeAt),
      priority,
      units: Math.round(priority * priorityScale),
      cabinetQa: isCabinetQa(item),
    };
    const must = mustSchedule(item);
    if (must) planItem.must = must;
    const pinned = pinnedMeeting(item);
    if (pinned) planItem.pinned = pinned;
    const current = currentOpen.get(item.id);
    if (current) planItem.current = current;
    return planItem;
  });

  const meetings: PlanMeeting[] = open.map((meeting) => {
    const fixedItems = meeting.agenda.map(agendaItemId).filter((id) => fixed.has(id) && byId.has(id));
    const fixedMinutes = fixedItems.reduce((sum, id) => sum + itemMinutes(byId.get(id)!, rangeAt), 0);
    const capacity = meetingCapacity(programme, meeting);
    return {
      id: meeting.id,
      meeting,
      date: meeting.date,
      capacity,
      fixedMinutes,
      budget: capacity - fixedMinutes,
      fixedItems,
      fixedCabinetQas: fixedItems.filter((id) => isCabinetQa(byId.get(id)!)).length,
    };
  });

  const groups: RuleGroup[] = [];
  const domain = (kind: RuleKind, plan: PlanItem, allows: (m: PlanMeeting) => boolean) => {
    const excludes = meetings.filter((m) => !allows(m)).map((m) => ({ item: plan.id, meeting: m.id }));
    if (excludes.length > 0) groups.push({ id: `${kind}:${plan.id}`, kind, items: [plan.id], excludes });
  };
  // What each rule needs of an item is worked out once per item, not once per meeting.
  const directory = attendeeDirectory(programme);
  const followUps = followUpsDue(programme);
  for (const plan of items) {
    const { item } = plan;
    if (plan.must) groups.push({ id: `must:${plan.id}`, kind: "must", items: [plan.id], excludes: [] });
    if (plan.pinned)
      groups.push({ id: `pin:${plan.id}`, kind: "pin", items: [plan.id], meeting: plan.pinned, excludes: [] });
    const window = itemWindow(item);
    domain("window", plan, (m) => dateInWindow(window, m.date));
    const followUp = followUps.get(plan.id);
    if (followUp) plan.followUp = followUp;
    domain("follow-up", plan, (m) => followUpAllows(followUp, m.date));
    const away = awayDates(programme, item, directory);
    domain("availability", plan, (m) => !away.has(m.date));
    const prepared = preparationLimit(item, today);
    domain("preparation", plan, (m) => preparationAllows(item, m.date, today, prepared));
    if (item.cabinetQA) domain("notice", plan, (m) => cabinetQaNoticeAllows(item, m.date, noticeWeeks, today));
  }

  const isCandidate = new Set(items.map((i) => i.id));
  for (const [a, b] of alongsidePairs(programme)) {
    const id = `alongside:${a}+${b}`;
    if (isCandidate.has(a) && isCandidate.has(b)) {
      groups.push({ id, kind: "alongside", items: [a, b], excludes: [] });
      continue;
    }
    // One side stays where it is: the other may only join it, at an open meeting.
    const [movable, stays] = isCandidate.has(a) ? [a, b] : isCandidate.has(b) ? [b, a] : [undefined, a];
    if (!movable) continue;
    const partnerMeeting = fixed.get(stays)?.meeting;
    const excludes = meetings.filter((m) => m.id !== partnerMeeting).map((m) => ({ item: movable, meeting: m.id }));
    if (excludes.length > 0) groups.push({ id, kind: "alongside", items: [a, b], excludes });
  }

  for (const m of meetings) {
    groups.push({ id: `budget:${m.id}`, kind: "budget", items: [], meeting: m.id, excludes: [] });
  }
  if (items.filter((i) => i.cabinetQa).length + meetings.reduce((n, m) => n + m.fixedCabinetQas, 0) >= 2) {
    for (const m of meetings)
      groups.push({ id: `cabinet-qa:${m.id}`, kind: "cabinet-qa", items: [], meeting: m.id, excludes: [] });
  }
  groups.sort(compareGroups);

  return { programme, today, rangeAt, noticeWeeks, items, meetings, fixed, groups, priorityScale };
}

/** The item a group is mainly about, or its meeting: for messages. */
export function planItemById(problem: PlanningProblem, id: string): PlanItem | undefined {
  return problem.items.find((i) => i.id === id);
}
