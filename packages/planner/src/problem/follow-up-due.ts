import type { Programme } from "@scrutineer/model";

/**
 * A follow-up falls due: "The Commission agreed to review progress against the recommendations
 * 9 months after agreement by Cabinet" (CYP Scrutiny Commission, seed 001 line 5034); councils
 * commonly allow about a year (issue 16). A recommendation records it as `followUp: { item, due }`
 * (what `proposeFollowUps` writes): the item is not taken before the date, since there is nothing
 * to report on until then, and a follow-up due within the year is one the auto-planner must
 * consider (it places it at a meeting on or after the date when one has room, and otherwise says
 * why it waits). A date alone (`followUp: { due }`) names no item, so it binds nothing here.
 */
export interface FollowUpDue {
  /** The follow-up item's id. */
  item: string;
  /** The earliest due date (YYYY-MM-DD) of the recommendations it follows up. */
  due: string;
  /** The reviews whose recommendations it follows up, by title, in file order. */
  reviews: string[];
}

/** Each follow-up item's due date: the earliest `followUp.due` among the recommendations naming it. */
export function followUpsDue(programme: Programme): Map<string, FollowUpDue> {
  const out = new Map<string, FollowUpDue>();
  for (const review of programme.reviews ?? [])
    for (const rec of review.recommendations) {
      const { item, due } = rec.followUp ?? {};
      if (item === undefined || due === undefined) continue;
      const known = out.get(item);
      if (!known) out.set(item, { item, due, reviews: [review.title] });
      else {
        if (due < known.due) known.due = due;
        if (!known.reviews.includes(review.title)) known.reviews.push(review.title);
      }
    }
  return out;
}

/** Whether a meeting on `date` (YYYY-MM-DD) may take the item: on or after its follow-up's due date, or any day when none. */
export function followUpAllows(due: FollowUpDue | undefined, date: string): boolean {
  return due === undefined || date >= due.due;
}
