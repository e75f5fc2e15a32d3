import { type FormContext, preparationText } from "../forms/index.js";
import type { ListSpec } from "./types.js";

type PreparationTarget = { kind: "preparation"; item: string };

function itemOf(target: PreparationTarget, context: FormContext) {
  const item = context.index.items.get(target.item);
  if (!item) throw new Error(`no item ${target.item}`);
  return item;
}

/** An item's preparatory work: site visits, focus groups, surveys, briefings… */
export const preparationList: ListSpec<PreparationTarget> = {
  title: (target, context) => `Preparation for ${itemOf(target, context).title}`,
  header: () => [],
  footer: () => [],
  empty: "No preparation yet: n adds a site visit, focus group, survey or briefing",
  create: (target) => ({ kind: "preparation", item: target.item }),
  rows(target, context) {
    const item = itemOf(target, context);
    return item.preparation.map((p, index) => ({
      text: preparationText(p),
      edit: { kind: "preparation", item: item.id, index },
      remove: {
        edit: {
          type: "set-item",
          item: item.id,
          fields: { preparation: item.preparation.filter((_, i) => i !== index) },
        },
        what: `the ${preparationText(p).split(":")[0]} "${p.description}"`,
      },
    }));
  },
};
