import { type Document, isMap, type YAMLMap } from "yaml";
import { itemMap, root } from "./edit-document.js";
import { ProgrammeEditError } from "./errors.js";
import type { LinkFollowUpEdit } from "./link-follow-up.js";
import { setYamlField, yamlFlowSeq, yamlIds, yamlMapById, yamlSeq } from "./yaml-nodes.js";

/**
 * `link-follow-up` on the programme's YAML document: the item is appended to the review's
 * `items` (made as a flow list after `requested`/`received`/`to` when absent), and each
 * recommendation's `followUp` is set to `{ item, due }` (its other keys and comments kept).
 * Throws `ProgrammeEditError` (`unknown-review`, `unknown-recommendation`, `unknown-item`).
 */
export function linkFollowUp(doc: Document, edit: LinkFollowUpEdit): void {
  itemMap(doc, edit.item);
  const review = yamlMapById(yamlSeq(root(doc), "reviews"), edit.review);
  if (!review) throw new ProgrammeEditError("unknown-review", edit.review, `no review has the id "${edit.review}"`);
  const recommendations = yamlSeq(review, "recommendations");
  const targets: { map: YAMLMap; due: string }[] = edit.recommendations.map(({ id, due }) => {
    const map = yamlMapById(recommendations, id);
    if (!map)
      throw new ProgrammeEditError(
        "unknown-recommendation",
        id,
        `the review "${edit.review}" has no recommendation with the id "${id}"`,
      );
    return { map, due };
  });
  const items = yamlSeq(review, "items");
  if (!items)
    setYamlField(doc, review, "items", yamlFlowSeq(doc, [edit.item]), [
      "requested",
      "received",
      "to",
      "reported",
      "kind",
      "title",
    ]);
  else if (!yamlIds(items).includes(edit.item)) items.items.push(doc.createNode(edit.item));
  for (const { map, due } of targets) {
    const followUp = map.get("followUp", true);
    if (isMap(followUp)) {
      setYamlField(doc, followUp, "item", edit.item);
      setYamlField(doc, followUp, "due", due, ["item"]);
      continue;
    }
    const node = doc.createNode({ item: edit.item, due }) as YAMLMap;
    node.flow = true;
    setYamlField(doc, map, "followUp", node, [
      "implementation",
      "response",
      "responseDue",
      "requested",
      "received",
      "to",
      "text",
    ]);
  }
}
