import type { PlanningProblem } from "../problem/planning-problem.js";

/** What a set of placements (item id → meeting id) achieves: priority, changes, each meeting's minutes. */

export interface MeetingLoad {
  meeting: string;
  date: string;
  /** Minutes for items (planned end − start − procedural minutes). */
  capacity: number;
  used: number;
  spare: number;
  items: string[];
}

/** Total priority units scheduled by a set of placements. */
export function unitsOf(problem: PlanningProblem, placements: ReadonlyMap<string, string>): number {
  return problem.items.reduce((s, it) => s + (placements.has(it.id) ? it.units : 0), 0);
}

/** Items whose place differs from the current plan. */
export function changesOf(problem: PlanningProblem, placements: ReadonlyMap<string, string>): number {
  return problem.items.reduce((s, it) => s + (placements.get(it.id) === it.current ? 0 : 1), 0);
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
