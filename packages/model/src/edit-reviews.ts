import { type Document, isMap, type YAMLMap } from "yaml";
import { itemMap, root } from "./edit-document.js";
import { ProgrammeEditError } from "./errors.js";
import type { ProgrammeEdit } from "./programme-edit.js";
import { writeFields } from "./record-fields.js";
import { Recommendation } from "./review.js";
import { detachAnchor, yamlMapById, yamlSeq } from "./yaml-nodes.js";

/**
 * The edit of a review's recommendation (`set-recommendation`), on the programme's YAML
 * document: the response (date, decision, text), how far it has been carried out and where it is
 * followed up (recommendations.md).
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

const SETTABLE = Object.keys(Recommendation.shape).filter((k) => k !== "id");

/** A review's map in `reviews:`, and one of its recommendations' maps. */
function recommendationMap(doc: Document, review: string, recommendation: string): YAMLMap {
  const found = yamlMapById(yamlSeq(root(doc), "reviews"), review);
  if (!found || !isMap(found))
    throw new ProgrammeEditError("unknown-review", review, `no review has the id "${review}"`);
  const rec = yamlMapById(yamlSeq(found, "recommendations"), recommendation);
  if (!rec)
    throw new ProgrammeEditError(
      "unknown-recommendation",
      recommendation,
      `the review "${review}" has no recommendation with the id "${recommendation}"`,
    );
  return rec;
}

/**
 * Some fields of a recommendation, each checked by the `Recommendation` schema; null removes
 * one, and a record given (a response, an implementation) replaces the old one whole, keeping
 * its comments. A follow-up naming an item needs that item (`unknown-item`). A field shared with
 * other recommendations through a YAML anchor (`implementation: *partly`) is copied to them first,
 * so only this recommendation changes.
 */
export function setRecommendation(doc: Document, edit: EditOf<"set-recommendation">): void {
  const rec = recommendationMap(doc, edit.review, edit.recommendation);
  const item = edit.fields.followUp?.item;
  if (item !== undefined) itemMap(doc, item);
  for (const key of Object.keys(edit.fields)) detachAnchor(doc, rec, key);
  writeFields(doc, rec, Recommendation, edit.fields, `the recommendation "${edit.recommendation}"`, SETTABLE);
}
