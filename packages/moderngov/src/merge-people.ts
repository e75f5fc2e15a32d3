import { type ProgrammeInput, setYamlField, yamlMapById, yamlSeq, yamlValue } from "@scrutineer/model";
import type { YAMLMap } from "yaml";
import type { MergeContext } from "./merge-context.js";

const GROUPS = ["members", "coOptees", "substitutes", "officers", "cabinetMembers"] as const;
const GROUP_AFTER = {
  members: ["commission"],
  coOptees: ["members", "commission"],
  substitutes: ["coOptees", "members", "commission"],
  officers: ["substitutes", "coOptees", "members", "commission"],
};

/**
 * Merge the imported people into the file: new ones added; names and members' roles are
 * ModernGov's; someone filed under another group than ModernGov's is left there, as a conflict.
 */
export function mergePeople(ctx: MergeContext, input: ProgrammeInput): void {
  const { doc, root, change, conflict } = ctx;
  const findPerson = (id: string) => {
    for (const g of GROUPS) {
      const node = yamlMapById(yamlSeq(root, g), id);
      if (node) return { group: g, node };
    }
    return undefined;
  };
  for (const group of ["members", "coOptees", "substitutes", "officers"] as const) {
    for (const person of (input[group] ?? []) as Array<{ id: string; name: string; role?: string; title?: string }>) {
      const found = findPerson(person.id);
      if (!found) {
        const node = doc.createNode(person) as YAMLMap;
        node.flow = true;
        ctx.ensureList(group, GROUP_AFTER[group]).items.push(node);
        change(`added ${person.name} to ${group}`);
        continue;
      }
      if (found.group !== group) {
        conflict(
          `${person.name} is among ${found.group} in the file but attends as one of ${group} in ModernGov: kept among ${found.group}`,
        );
        continue;
      }
      if (yamlValue(found.node.get("name", true)) !== person.name) {
        change(`${person.id}: name ${String(yamlValue(found.node.get("name", true)))} → ${person.name}`);
        setYamlField(doc, found.node, "name", person.name, ["id"]);
      }
      if (group === "members") {
        const before = (yamlValue(found.node.get("role", true)) as string | undefined) ?? "member";
        const now = person.role ?? "member";
        if (before !== now) {
          change(`${person.name}: role ${before} → ${now}`);
          if (now === "member") found.node.delete("role");
          else setYamlField(doc, found.node, "role", now, ["name"]);
        }
      }
    }
  }
}
