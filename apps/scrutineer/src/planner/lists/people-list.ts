import { memberRoleLabel, PEOPLE_GROUP_LABELS, PeopleGroup } from "@scrutineer/model";
import type { ListRow, ListSpec } from "./types.js";

/** Everyone on the programme, list by list: members (with their office), co-optees, substitutes, officers and guests, Cabinet members. */
export const peopleList: ListSpec<{ kind: "people" }> = {
  title: (_target, context) =>
    `People: ${context.index.people.size} on ${context.index.programme.commission.shortName}'s programme`,
  header: () => [],
  footer: () => [
    { text: "n new person · e or Enter edit · d delete (only someone the programme no longer names)", tone: "dim" },
  ],
  empty: "Nobody yet: n adds a member, a co-optee, a substitute, an officer or a Cabinet member",
  create: () => ({ kind: "person" }),
  rows(_target, context) {
    const { programme } = context.index;
    return PeopleGroup.options.flatMap((group) =>
      (
        programme[group] as {
          id: string;
          name: string;
          role?: "chair" | "vice-chair" | "member";
          title?: string;
          portfolio?: string;
          voting?: string;
          represents?: string;
        }[]
      ).map((p): ListRow => {
        const office = p.role ? memberRoleLabel(p.role) : undefined;
        const detail =
          office ??
          p.title ??
          p.portfolio ??
          (p.voting && p.voting !== "none" ? `votes: ${p.voting}` : undefined) ??
          (group === "substitutes" ? p.represents : undefined);
        return {
          text: `${PEOPLE_GROUP_LABELS[group].one.padEnd(17)} ${p.name}${detail ? ` · ${detail}` : ""}`,
          edit: { kind: "person", group, person: p.id },
          remove: {
            edit: { type: "delete-person", group, person: p.id },
            what: `${p.name} (${PEOPLE_GROUP_LABELS[group].one})`,
          },
        };
      }),
    );
  },
};
