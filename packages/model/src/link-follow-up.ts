import * as z from "zod";
import { Id, IsoDate } from "./primitives.js";

/**
 * Link an item of the programme to a review as its follow-up (a "review update" item): the item
 * joins the review's `items`, and each recommendation named gets `followUp: { item, due }` with
 * its own due date (YYYY-MM-DD). One item follows up a review's open recommendations together,
 * as councils do ("Outcome of School Exclusions - Review Update", seed 001 line 5032).
 */
export const LinkFollowUpEdit = z.strictObject({
  type: z.literal("link-follow-up"),
  review: Id,
  item: Id,
  /** The recommendations the item follows up, each with the date its follow-up is due. */
  recommendations: z.array(z.strictObject({ id: Id, due: IsoDate })),
});
export type LinkFollowUpEdit = z.infer<typeof LinkFollowUpEdit>;
