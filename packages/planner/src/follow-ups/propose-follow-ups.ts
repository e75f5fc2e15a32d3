import { addMonths, dateOrMonthWords, municipalYearBounds, yearOf } from "@scrutineer/dates";
import { bodyWord, listJoin, newId, type Programme, type ProgrammeEdit, type Review } from "@scrutineer/model";

/**
 * Follow-ups into the programme (issue 16): a recommendation the addressee accepted, in full or
 * in part, is followed up "often a year later"; Hackney's CYP Commission "agreed to review
 * progress against the recommendations 9 months after agreement by Cabinet" (seed 001 line 5034).
 * Councils follow a review up with one item covering its recommendations, not one per
 * recommendation: "Outcome of School Exclusions - Review Update" (seed 001 line 5032),
 * "Unregistered Educational Settings update on progress against the Commission's
 * recommendations made in 2018" (seed 001). So each review with open recommendations proposes
 * one "<review title>: update on the recommendations" item.
 *
 * A recommendation is open when its response accepted it (in full or in part) and no item follows
 * it up: neither its own `followUp.item` nor, when it names no follow-up at all, an item of its
 * review's `items` (as `check`'s follow-up-missing rule and the tracker read it). Its follow-up is
 * due on its `followUp.due` when the file states one, else `commission.followUpAfterMonths`
 * (default 12) after the response's date; the item is due when the first of them is.
 *
 * The item goes into the backlog, never onto a meeting: placing it is the auto-planner's work,
 * which keeps every meeting's time and the other rules, and takes a follow-up due within the year
 * at a meeting on or after its due date (follow-up-due.ts). A follow-up due after the year's end
 * waits in the backlog for next year's programme.
 */

/**
 * Minutes a proposed follow-up item is given, so that the auto-planner can time it: the half hour
 * the Unregistered Educational Settings Review Update had on the 16 January 2023 front sheet
 * (19.50 to 20.20, seed 001). Change it in the file when the report needs more.
 */
export const FOLLOW_UP_MINUTES = 30;

/** Why a recommendation gets no follow-up item: not accepted, no response yet, or one already follows it up. */
export type FollowUpSkip = "rejected" | "no-response" | "followed-up";

/** When the proposed item is due against the programme's year: within it, before it began, or after it ends. */
export type FollowUpTiming = "in-year" | "overdue" | "after-year";

/** One proposed follow-up item: for one review, covering its open recommendations. */
export interface FollowUpProposal {
  /** The review's id. */
  review: string;
  reviewTitle: string;
  /** The new item's id (unique in the programme). */
  item: string;
  title: string;
  /** When the follow-up is due (YYYY-MM-DD): the earliest of its recommendations'. */
  due: string;
  timing: FollowUpTiming;
  /** The recommendations it follows up, each with its number and its own due date (YYYY-MM-DD). */
  recommendations: { id: string; number: string; due: string }[];
  /** Them in words, as the report numbers them: "recommendations 2 to 18". */
  which: string;
  /** Why it goes to the backlog and what happens to it there, in the officer's words. */
  why: string;
  /** `add-item` (to the backlog) then `link-follow-up`: apply them in this order. */
  edits: ProgrammeEdit[];
}

/** What `proposeFollowUps` proposes: the items, the edits that write them, and the recommendations left alone and why. */
export interface FollowUpProposals {
  proposals: FollowUpProposal[];
  /** Every proposal's edits, in order. */
  edits: ProgrammeEdit[];
  /** Recommendations given no follow-up, and why. */
  skipped: { review: string; recommendation: string; number: string; reason: FollowUpSkip }[];
  /** The months after a response that a follow-up falls due (the commission's `followUpAfterMonths`). */
  afterMonths: number;
}

/** "2 to 18" for a run of three or more consecutive whole numbers, so a long list stays short: "1, 3 to 7 and 9". */
function numberWords(numbers: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && /^\d+$/.test(numbers[j]!) && Number(numbers[j + 1]) === Number(numbers[j]) + 1)
      j++;
    parts.push(j - i >= 2 ? `${numbers[i]} to ${numbers[j]}` : numbers[i]!);
    if (j - i === 1) parts.push(numbers[j]!);
    i = j + 1;
  }
  return listJoin(parts);
}

function skipReason(review: Review, rec: Review["recommendations"][number]): FollowUpSkip | undefined {
  const decision = rec.response?.decision;
  if (decision === undefined) return "no-response";
  if (decision === "rejected") return "rejected";
  if (rec.followUp?.item !== undefined) return "followed-up";
  if (rec.followUp === undefined && review.items.length > 0) return "followed-up";
  return undefined;
}

/**
 * Propose one follow-up item per review whose accepted or partly accepted recommendations nothing
 * follows up yet (the rule above), as edits for `applyEdit`/`applyEditToSource`. Pure: the same
 * programme gives the same proposals. Reviews in file order; ids made by `newId` from the review's
 * id and the due date's year (`school-exclusions-update-2023`), unique among the items.
 *
 * @example
 * import { applyEditToSource } from "@scrutineer/model";
 * // The example follows up every accepted recommendation already: nothing to propose.
 * proposeFollowUps(programme).proposals.length; // 0
 * const { edits } = proposeFollowUps(programme);
 * let text = source;
 * for (const edit of edits) text = applyEditToSource(text, edit);
 */
export function proposeFollowUps(programme: Programme): FollowUpProposals {
  const afterMonths = programme.commission.followUpAfterMonths;
  const year = municipalYearBounds(programme.commission.municipalYear);
  const body = bodyWord(programme.commission.kind);
  const taken = new Set(programme.items.map((i) => i.id));
  const out: FollowUpProposals = { proposals: [], edits: [], skipped: [], afterMonths };
  for (const review of programme.reviews ?? []) {
    const open: FollowUpProposal["recommendations"] = [];
    const responded = new Set<string>();
    for (const rec of review.recommendations) {
      const reason = skipReason(review, rec);
      if (reason) {
        out.skipped.push({ review: review.id, recommendation: rec.id, number: rec.number, reason });
        continue;
      }
      const date = rec.response!.date;
      responded.add(date);
      open.push({ id: rec.id, number: rec.number, due: rec.followUp?.due ?? addMonths(date, afterMonths) });
    }
    if (open.length === 0) continue;
    const due = open.map((r) => r.due).sort()[0]!;
    const timing: FollowUpTiming = due > year.to ? "after-year" : due < year.from ? "overdue" : "in-year";
    const item = newId(`${review.id} update ${yearOf(due)}`, taken);
    taken.add(item);
    const title = `${review.title}: update on the recommendations`;
    const numbers = open.map((r) => r.number);
    const which = `${numbers.length === 1 ? "recommendation" : "recommendations"} ${numberWords(numbers)}`;
    const on = listJoin([...responded].sort().map(dateOrMonthWords));
    const when = `due on ${dateOrMonthWords(due)}`;
    const why =
      timing === "after-year"
        ? `${when}, after the ${programme.commission.municipalYear} year ends (${dateOrMonthWords(year.to)}): it waits in the backlog for next year's programme`
        : timing === "overdue"
          ? `${when}, before the ${programme.commission.municipalYear} year began: the auto-planner may take it at any meeting with room`
          : `${when}: the auto-planner takes it at a meeting on or after that date when one has room`;
    const edits: ProgrammeEdit[] = [
      {
        type: "add-item",
        item: {
          id: item,
          title,
          objective: `To follow up ${which} of the ${body}'s review ${review.title}, responded to on ${on}.`,
          minutes: FOLLOW_UP_MINUTES,
        },
        to: "backlog",
      },
      { type: "link-follow-up", review: review.id, item, recommendations: open.map(({ id, due }) => ({ id, due })) },
    ];
    out.proposals.push({
      review: review.id,
      reviewTitle: review.title,
      item,
      title,
      due,
      timing,
      recommendations: open,
      which,
      why,
      edits,
    });
    out.edits.push(...edits);
  }
  return out;
}
