import { agendaItemId, type ProgrammeInput, setYamlField, yamlFlowSeq, yamlSeq, yamlValue } from "@scrutineer/model";
import { isMap, type YAMLMap, type YAMLSeq } from "yaml";
import { entryId, type MergeContext, meetingAnchors, same } from "./merge-context.js";

type MeetingInput = NonNullable<ProgrammeInput["meetings"]>[number];

/** A meeting's date in the file. */
export const dateOf = (n: YAMLMap) => String(yamlValue(n.get("date", true)));

/** Where the agendas stand while a merge runs: the file's meetings list and ModernGov's place for each of its items. */
export interface AgendaPlaces {
  /** The file's `meetings:` list. */
  meetings: YAMLSeq;
  /** Each item on an agenda ModernGov gave in this import → the meeting it is on. */
  mgPlace: ReadonlyMap<string, string>;
}

/** Where an item is in the file: on a meeting's agenda or in the backlog, at `index` of `seq`. */
function placeOf(
  ctx: MergeContext,
  places: AgendaPlaces,
  itemId: string,
): { seq: YAMLSeq; index: number; meeting?: YAMLMap } | undefined {
  for (const n of places.meetings.items) {
    if (!isMap(n)) continue;
    const agenda = yamlSeq(n, "agenda");
    const index = agenda?.items.findIndex((e) => entryId(e) === itemId) ?? -1;
    if (agenda && index >= 0) return { seq: agenda, index, meeting: n };
  }
  const backlog = yamlSeq(ctx.root, "backlog");
  const index = backlog?.items.findIndex((e) => yamlValue(e) === itemId) ?? -1;
  return backlog && index >= 0 ? { seq: backlog, index } : undefined;
}

/**
 * Merge ModernGov's agenda of meeting `m` into its `node`: ModernGov's items in its order, the
 * officer's own entries kept after the entry they followed. An item the plan put elsewhere is
 * moved back when the agenda is `published`, and left (a conflict) when it is not; ModernGov's
 * items no longer on any of its agendas are taken off.
 */
export function mergeAgenda(
  ctx: MergeContext,
  places: AgendaPlaces,
  node: YAMLMap,
  m: MeetingInput,
  published: boolean,
): void {
  const { doc, change, conflict, ours, label } = ctx;
  const wanted: string[] = [];
  for (const entry of m.agenda ?? []) {
    const id = agendaItemId(entry);
    const at = placeOf(ctx, places, id);
    const here = at?.meeting === node;
    if (at && !here) {
      const where = at.meeting ? `the meeting of ${dateOf(at.meeting)}` : "the backlog";
      if (!published) {
        conflict(
          `ModernGov lists "${id}" for the ${label(m)}, not yet published; the plan has it at ${where}: kept there`,
          { meeting: m.id, item: id },
        );
        continue;
      }
      at.seq.items.splice(at.index, 1);
      conflict(
        `"${id}" is on ModernGov's published agenda of the ${label(m)}; the plan had it at ${where}: moved back`,
        {
          meeting: m.id,
          item: id,
        },
      );
    }
    wanted.push(id);
  }
  const agenda = yamlSeq(node, "agenda");
  const current = agenda?.items ?? [];
  const before = current.map(entryId);
  // Entries to drop: ModernGov's items no longer on any of its agendas in this import.
  const kept = current.filter((e) => {
    const id = entryId(e) ?? "";
    if (!ours(id) || wanted.includes(id)) return true;
    if (places.mgPlace.has(id)) return true;
    change(`"${id}" is no longer on ModernGov's agenda of the ${label(m)}: taken off (the item stays in items)`, {
      meeting: m.id,
      item: id,
    });
    return false;
  });
  // ModernGov's items in its order; the officer's own entries stay after the entry they followed.
  const result: unknown[] = [];
  const entryFor = (id: string) => kept.find((e) => entryId(e) === id) ?? id;
  const officer = kept.filter((e) => !wanted.includes(entryId(e) ?? ""));
  const afterOf = new Map<unknown, string | undefined>();
  for (const e of officer) {
    const i = kept.indexOf(e);
    afterOf.set(
      e,
      kept
        .slice(0, i)
        .map(entryId)
        .reverse()
        .find((id) => id && wanted.includes(id)),
    );
    if (published && !ours(entryId(e) ?? ""))
      conflict(`"${entryId(e)}" is planned for the ${label(m)} but is not on ModernGov's published agenda: kept`, {
        meeting: m.id,
        item: entryId(e),
      });
  }
  for (const e of officer) if (afterOf.get(e) === undefined) result.push(e);
  for (const id of wanted) {
    result.push(entryFor(id));
    for (const e of officer) if (afterOf.get(e) === id) result.push(e);
  }
  const after = result.map(entryId);
  if (same(before, after)) return;
  const added = after.filter((id) => !before.includes(id));
  if (added.length > 0)
    change(`${label(m)}: ${added.length === 1 ? "item" : "items"} ${added.join(", ")} added to the agenda`, {
      meeting: m.id,
    });
  else if (before.length === after.length) change(`${label(m)}: agenda put in ModernGov's order`, { meeting: m.id });
  const seq = yamlFlowSeq(doc, []);
  seq.items = result.map((e) => (typeof e === "string" ? doc.createNode(e) : e)) as YAMLSeq["items"];
  if (agenda) seq.flow = agenda.flow ?? true;
  setYamlField(doc, node, "agenda", seq, meetingAnchors("agenda"));
}
