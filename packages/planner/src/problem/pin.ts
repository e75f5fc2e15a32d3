import type { Item } from "@scrutineer/model";

/**
 * A pinned item is kept at one meeting (`pinned: <meeting id>`): the officer has agreed the
 * date with the report's author, so the auto-planner places it there and nowhere else, and a
 * pin counts as a promise to schedule it (issue 8).
 */
export function pinnedMeeting(item: Item): string | undefined {
  if (item.status === "withdrawn" || item.procedural) return undefined;
  return item.pinned;
}
