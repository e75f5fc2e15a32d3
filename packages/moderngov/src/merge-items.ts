import { type ProgrammeInput, setYamlField, yamlMapById, yamlValue } from "@scrutineer/model";
import type { Node } from "yaml";
import { NOTE_PREFIX } from "./import-item.js";
import type { MergeContext } from "./merge-context.js";

type ItemInput = NonNullable<ProgrammeInput["items"]>[number];

const ITEM_ORDER = ["id", "title", "objective"];

/**
 * Merge the imported items into the file: new ones added; titles and the `ModernGov:` lines of
 * the notes are ModernGov's; an objective only fills a blank (a different one is a conflict).
 */
export function mergeItems(ctx: MergeContext, imported: readonly ItemInput[]): void {
  const { doc, change, conflict } = ctx;
  const items = ctx.ensureList("items", ["officers", "coOptees", "members", "commission"]);
  for (const item of imported) {
    const node = yamlMapById(items, item.id);
    if (!node) {
      items.items.push(doc.createNode(item) as Node);
      change(`added the item "${item.title}"`, { item: item.id });
      continue;
    }
    const title = yamlValue(node.get("title", true));
    if (title !== item.title) {
      change(`title "${String(title)}" → "${item.title}"`, { item: item.id });
      setYamlField(doc, node, "title", item.title, ["id"]);
    }
    const objective = yamlValue(node.get("objective", true));
    if (item.objective !== undefined && objective === undefined) {
      change(`objective set from ModernGov's agenda text`, { item: item.id });
      setYamlField(doc, node, "objective", item.objective, ["title"]);
    } else if (
      item.objective !== undefined &&
      typeof objective === "string" &&
      objective.trim() !== item.objective.trim()
    )
      conflict(`"${item.title}": ModernGov's agenda text differs from the objective in the file: the file's is kept`, {
        item: item.id,
      });
    const notes = yamlValue(node.get("notes", true));
    const officerLines = typeof notes === "string" ? notes.split("\n").filter((l) => !l.startsWith(NOTE_PREFIX)) : [];
    const wanted = [...officerLines, ...(item.notes ? item.notes.split("\n") : [])].join("\n");
    if ((typeof notes === "string" ? notes : "") !== wanted) {
      change(`"${item.title}": ModernGov's notes (printed number, papers) updated`, { item: item.id });
      if (wanted === "") node.delete("notes");
      else setYamlField(doc, node, "notes", wanted, [...ITEM_ORDER].reverse());
    }
  }
}
