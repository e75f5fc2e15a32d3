import {
  agendaItemId,
  type Programme,
  type ProgrammeInput,
  setYamlField,
  yamlMapById,
  yamlValue,
} from "@scrutineer/model";
import { isMap, isSeq, type YAMLMap } from "yaml";
import { dateOf, mergeAgenda } from "./merge-agenda.js";
import { type MergeContext, meetingAnchors, same } from "./merge-context.js";
import type { ImportResult } from "./to-programme.js";

type MeetingInput = NonNullable<ProgrammeInput["meetings"]>[number];

function normalAttendance(a: NonNullable<MeetingInput["attendance"]>) {
  return {
    recorded: a.recorded ?? "full",
    present: a.present ?? [],
    remote: a.remote ?? [],
    apologies: a.apologies ?? [],
    substitutes: a.substitutes ?? [],
  };
}

/**
 * Merge the imported meetings into the file: new meetings added in date order (unless the file
 * has its own meeting on that date: a conflict); start, planned end, venue and a provisional date
 * are ModernGov's; agendas ModernGov gave are merged (`mergeAgenda`); attendance is ModernGov's.
 */
export function mergeMeetings(ctx: MergeContext, imported: ImportResult, existing: Programme): void {
  const { doc, change, conflict, ours, label } = ctx;
  const importedMeetings = imported.input.meetings ?? [];
  const meetings = ctx.ensureList("meetings", ["items"]);
  const mgPlace = new Map<string, string>();
  for (const m of importedMeetings)
    if (imported.detailed.includes(m.id)) for (const e of m.agenda ?? []) mgPlace.set(agendaItemId(e), m.id);
  const places = { meetings, mgPlace };

  for (const m of importedMeetings) {
    let node = yamlMapById(meetings, m.id);
    if (!node) {
      const clash = existing.meetings.find((e) => e.date === m.date && !ours(e.id));
      if (clash) {
        conflict(
          `ModernGov's ${label(m)} falls on the date of the file's meeting ${clash.id}: not added (give it the id ${m.id} to link them)`,
          { meeting: m.id },
        );
        continue;
      }
      const { agenda: _agenda, ...fields } = m;
      node = doc.createNode(fields) as YAMLMap;
      const at = meetings.items.findIndex((n) => isMap(n) && dateOf(n) > m.date);
      if (at < 0) meetings.items.push(node);
      else meetings.items.splice(at, 0, node);
      change(`added the ${label(m)}${m.status === "cancelled" ? " (cancelled)" : ""}`, { meeting: m.id });
    } else {
      for (const key of ["start", "plannedEnd", "venue"] as const) {
        const now = m[key];
        const before = yamlValue(node.get(key, true));
        if (now !== undefined && before !== now) {
          change(`${label(m)}: ${key} ${before === undefined ? "(the commission's)" : String(before)} → ${now}`, {
            meeting: m.id,
          });
          setYamlField(doc, node, key, now, meetingAnchors(key));
        }
      }
      const confirmed = yamlValue(node.get("dateConfirmed", true)) !== false;
      if (m.dateConfirmed === false && confirmed) {
        change(`${label(m)}: date provisional in ModernGov`, { meeting: m.id });
        setYamlField(doc, node, "dateConfirmed", false, meetingAnchors("dateConfirmed"));
      } else if (m.dateConfirmed !== false && !confirmed) {
        change(`${label(m)}: date confirmed in ModernGov`, { meeting: m.id });
        node.delete("dateConfirmed");
      }
    }
    if (imported.detailed.includes(m.id)) mergeAgenda(ctx, places, node, m, imported.published.includes(m.id));
    const recorded = node.get("attendance", true);
    const before = isMap(recorded)
      ? normalAttendance(recorded.toJSON() as NonNullable<MeetingInput["attendance"]>)
      : undefined;
    if (m.attendance && !same(before, normalAttendance(m.attendance))) {
      const seqs = doc.createNode(m.attendance) as YAMLMap;
      for (const pair of seqs.items) if (isSeq(pair.value)) pair.value.flow = true;
      setYamlField(doc, node, "attendance", seqs, meetingAnchors("attendance"));
      change(`${label(m)}: attendance recorded from ModernGov`, { meeting: m.id });
    }
  }
}
