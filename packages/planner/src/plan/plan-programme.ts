import { type AgendaEntry, agendaItemId, indexProgramme, type Programme, type ProgrammeEdit } from "@scrutineer/model";
import { alongsidePairs } from "../problem/alongside.js";
import { compareStrings } from "../problem/order.js";
import type { PlanningProblem } from "../problem/planning-problem.js";

/**
 * A plan as a programme: the same file with items moved between agendas and the backlog, and
 * the list of changes from the current plan. Entries that stay keep their place and what the
 * front sheet stated; a moved item is written as its bare id (its old start time no longer
 * applies) next to an alongside partner already there, or else before the meeting's closing
 * procedural items (work programme, minutes), as agendas run.
 */

export type PlanChangeKind = "move" | "add" | "unschedule";

/**
 * One change the plan makes: an item moved between meetings, added from the backlog, or unscheduled, with
 * its title and minutes, the meetings' ids and dates (`YYYY-MM-DD`).
 */
export interface PlanChange {
  kind: PlanChangeKind;
  item: string;
  title: string;
  minutes: number;
  /** The meeting it leaves (absent when it comes from the backlog). */
  from?: string;
  fromDate?: string;
  /** The meeting it goes to (absent when it goes to the backlog). */
  to?: string;
  toDate?: string;
}

/** The move-item edit of `@scrutineer/model`'s programme edits (apply with `applyEdit`). */
export type MoveItemEdit = Extract<ProgrammeEdit, { type: "move-item" }>;

function closingRun(programme: Programme, agenda: readonly AgendaEntry[]): number {
  let k = agenda.length;
  while (k > 0) {
    const item = programme.items.find((i) => i.id === agendaItemId(agenda[k - 1]!));
    if (!item?.procedural) break;
    k--;
  }
  return k;
}

/** The programme with every candidate item where the plan puts it (unplaced ones in the backlog). */
export function plannedProgramme(problem: PlanningProblem, placements: ReadonlyMap<string, string>): Programme {
  const { programme } = problem;
  const candidates = new Map(problem.items.map((i) => [i.id, i]));
  const open = new Set(problem.meetings.map((m) => m.id));
  const partners = new Map<string, string[]>();
  for (const [a, b] of alongsidePairs(programme)) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }

  const meetings = programme.meetings.map((meeting) => {
    if (!open.has(meeting.id)) return meeting;
    const agenda: AgendaEntry[] = meeting.agenda.filter((entry) => {
      const id = agendaItemId(entry);
      return !candidates.has(id) || placements.get(id) === meeting.id;
    });
    const newcomers = problem.items
      .filter((i) => placements.get(i.id) === meeting.id && i.current !== meeting.id)
      .map((i) => i.id)
      .sort(compareStrings);
    for (const id of newcomers) {
      const ids = agenda.map(agendaItemId);
      const partnerAt = Math.max(-1, ...(partners.get(id) ?? []).map((p) => ids.lastIndexOf(p)));
      const at = partnerAt >= 0 ? partnerAt + 1 : closingRun(programme, agenda);
      agenda.splice(at, 0, id);
    }
    return { ...meeting, agenda };
  });

  const scheduled = new Set(placements.keys());
  const backlog = programme.backlog.filter((id) => !(candidates.has(id) && scheduled.has(id)));
  const leaving = problem.items
    .filter((i) => i.current !== undefined && !scheduled.has(i.id))
    .map((i) => i.id)
    .sort(compareStrings);
  return { ...programme, meetings, backlog: [...backlog, ...leaving] };
}

/** What the plan changes, item by item (in meeting-date order, then by id). */
export function planChanges(problem: PlanningProblem, placements: ReadonlyMap<string, string>): PlanChange[] {
  const dateOf = new Map(problem.meetings.map((m) => [m.id, m.date]));
  const changes: PlanChange[] = [];
  for (const it of problem.items) {
    const to = placements.get(it.id);
    if (to === it.current) continue;
    const change: PlanChange = {
      kind: it.current === undefined ? "add" : to === undefined ? "unschedule" : "move",
      item: it.id,
      title: it.item.title,
      minutes: it.minutes,
    };
    if (it.current !== undefined) {
      change.from = it.current;
      change.fromDate = dateOf.get(it.current)!;
    }
    if (to !== undefined) {
      change.to = to;
      change.toDate = dateOf.get(to)!;
    }
    changes.push(change);
  }
  const when = (c: PlanChange) => c.toDate ?? c.fromDate ?? "9999";
  return changes.sort((a, b) => compareStrings(when(a), when(b)) || compareStrings(a.item, b.item));
}

/**
 * The edits that turn `before` into `after` with `applyEdit`, in an order that makes each
 * index exact: first every item leaving an agenda goes to the backlog (by id), then each
 * meeting takes its newcomers at their final positions, lowest first.
 */
export function planEdits(before: Programme, after: Programme): MoveItemEdit[] {
  const was = indexProgramme(before);
  const now = indexProgramme(after);
  const placed = new Set(before.meetings.flatMap((m) => m.agenda.map(agendaItemId)));
  const edits: MoveItemEdit[] = [];
  for (const id of [...placed].sort(compareStrings))
    if (now.meetingOfItem(id)?.id !== was.meetingOfItem(id)?.id)
      edits.push({ type: "move-item", item: id, to: "backlog" });
  for (const meeting of after.meetings) {
    meeting.agenda.forEach((entry, index) => {
      const id = agendaItemId(entry);
      if (was.meetingOfItem(id)?.id !== meeting.id)
        edits.push({ type: "move-item", item: id, to: { meeting: meeting.id, index } });
    });
  }
  return edits;
}

/**
 * One proposed change as an edit of its own, for accepting or rejecting changes one by one
 * (the Ink planner): the item goes to its meeting, before the closing procedural items, or to
 * the backlog. Accepting only some changes may leave a rule broken (an alongside pair split);
 * the checks say so.
 */
export function changeEdit(change: PlanChange): MoveItemEdit {
  return {
    type: "move-item",
    item: change.item,
    to: change.to === undefined ? "backlog" : { meeting: change.to },
  };
}
