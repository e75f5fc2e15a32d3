import type { PlanItem, PlanMeeting, PlanningProblem, RuleGroup } from "./planning-problem.js";
import { DOMAIN_KINDS } from "./planning-problem.js";

/**
 * A planning problem's lookups, built once per problem so that the checks before solving, the
 * backlog's reasons and the wording of conflicts stay linear in the problem's size (each had
 * searched every item or rule group for each item: 1.2 to 2.5 s at 1,000 items × 100 meetings).
 */
export interface ProblemLookups {
  item(id: string): PlanItem | undefined;
  meeting(id: string): PlanMeeting | undefined;
  group(id: string): RuleGroup | undefined;
  /** The domain and alongside groups that rule out some meeting for the item (the pairs no column stands for). */
  ruledOut(itemId: string): readonly RuleGroup[];
  /** The groups among `ruledOut(itemId)` that rule out that meeting. */
  ruledOutAt(itemId: string, meetingId: string): readonly RuleGroup[];
  /** The open meetings no rule rules out for the item, in date order. */
  allowed(itemId: string): readonly string[];
  /** The alongside pairs the item is in (both movable). */
  partners(itemId: string): readonly RuleGroup[];
  /** The items pinned to each open meeting. */
  pinnedTo(meetingId: string): readonly PlanItem[];
}

const cache = new WeakMap<PlanningProblem, ProblemLookups>();
const none: readonly never[] = Object.freeze([]);

export function problemLookups(problem: PlanningProblem): ProblemLookups {
  const known = cache.get(problem);
  if (known) return known;
  const items = new Map(problem.items.map((i) => [i.id, i]));
  const meetings = new Map(problem.meetings.map((m) => [m.id, m]));
  const groups = new Map(problem.groups.map((g) => [g.id, g]));
  const ruledOut = new Map<string, RuleGroup[]>();
  const at = new Map<string, RuleGroup[]>();
  const partners = new Map<string, RuleGroup[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  };
  for (const g of problem.groups) {
    if (g.kind === "alongside" && g.excludes.length === 0) for (const id of g.items) push(partners, id, g);
    if (!(DOMAIN_KINDS.has(g.kind) || g.kind === "alongside")) continue;
    for (const e of g.excludes) {
      push(ruledOut, e.item, g);
      push(at, `${e.item}\u0000${e.meeting}`, g);
    }
  }
  const pinned = new Map<string, PlanItem[]>();
  for (const it of problem.items) if (it.pinned !== undefined) push(pinned, it.pinned, it);
  const allowed = new Map<string, readonly string[]>();
  const lookups: ProblemLookups = {
    item: (id) => items.get(id),
    meeting: (id) => meetings.get(id),
    group: (id) => groups.get(id),
    ruledOut: (id) => ruledOut.get(id) ?? none,
    ruledOutAt: (item, meeting) => at.get(`${item}\u0000${meeting}`) ?? none,
    allowed(id) {
      let list = allowed.get(id);
      if (!list) {
        list = problem.meetings.map((m) => m.id).filter((m) => !at.has(`${id}\u0000${m}`));
        allowed.set(id, list);
      }
      return list;
    },
    partners: (id) => partners.get(id) ?? none,
    pinnedTo: (id) => pinned.get(id) ?? none,
  };
  cache.set(problem, lookups);
  return lookups;
}
