import {
  applyEdit,
  formatProgrammeError,
  type Programme,
  type ProgrammeEdit,
  parseProgramme,
  spliceSource,
  yamlMapById,
  yamlSeq,
} from "@scrutineer/model";
import type { Node } from "yaml";
import { ModernGovMergeError } from "./errors.js";
import { type MergeChange, mergeContext, mergeLog } from "./merge-context.js";
import { mergeItems } from "./merge-items.js";
import { mergeMeetings } from "./merge-meetings.js";
import { mergePeople } from "./merge-people.js";
import type { ModernGovSite } from "./site.js";
import type { ImportResult } from "./to-programme.js";

/**
 * `mergeImport`'s answer: the file's new text, the changes made (meetings and items added, moved or
 * retitled) and the conflicts left for the officer (where the file and ModernGov disagree).
 */
export interface MergeResult {
  /** The programme file's new text: unchanged lines kept byte for byte, comments included. */
  text: string;
  changes: MergeChange[];
  conflicts: MergeChange[];
}

/**
 * Merge a new import into the programme file it was first written to. ModernGov owns the
 * meetings' dates (a changed date marks the meeting moved, with `movedFrom`, through the
 * model's own `move-meeting` edit), times, status, venue and, where ModernGov gave the agenda,
 * its items and their order (a published agenda wins over the plan; an unpublished one does not
 * take items the officer placed elsewhere), attendance, item titles and the `ModernGov:` lines
 * of item notes. The officer owns everything else: minutes, objectives once written, priorities,
 * backlog, other notes, the commission block and every comment. Only the lines that change are
 * rewritten (the model's `spliceSource`), so merging the same import twice changes nothing.
 *
 * @throws ModernGovMergeError when the file is invalid, is another committee's or year's
 *   programme, or (a bug) when the merged file would not validate.
 */
export function mergeImport(
  source: string,
  imported: ImportResult,
  site: ModernGovSite,
  file = "programme.yaml",
): MergeResult {
  const parsed = parseProgramme(source, file);
  if (!parsed.ok)
    throw new ModernGovMergeError("invalid-file", parsed.errors, parsed.errors.map(formatProgrammeError).join("\n"));
  const existing: Programme = parsed.programme;
  const input = imported.input;
  if (existing.commission.id !== input.commission.id)
    throw new ModernGovMergeError(
      "other-committee",
      existing.commission.id,
      `${file} is the programme of "${existing.commission.name}" (${existing.commission.id}), not of ${input.commission.name} at ${site.base} (${input.commission.id}): import into a new file with -o`,
    );
  if (existing.commission.municipalYear !== input.commission.municipalYear)
    throw new ModernGovMergeError(
      "other-year",
      existing.commission.municipalYear,
      `${file} is for ${existing.commission.municipalYear}, the import for ${input.commission.municipalYear}: import into a new file with -o`,
    );

  const log = mergeLog(site);
  const { change, conflict, ours, label } = log;

  let doc = parsed.document.clone();
  const importedMeetings = input.meetings ?? [];
  const known = new Map(existing.meetings.map((m) => [m.id, m]));

  // 1. Dates and cancellations through the model's own edits (they keep movedFrom right).
  for (const m of importedMeetings) {
    const before = known.get(m.id);
    if (!before) continue;
    const edits: ProgrammeEdit[] = [];
    if (before.date !== m.date) {
      edits.push({ type: "move-meeting", meeting: m.id, date: m.date });
      change(
        `moved from ${before.date} to ${m.date}${before.papersDeadline || before.dispatch ? " (its stated papers deadline and dispatch date are dropped: the rules recompute them)" : ""}`,
        { meeting: m.id },
      );
    }
    const cancelled = m.status === "cancelled";
    if (cancelled && before.status !== "cancelled") {
      edits.push({ type: "cancel-meeting", meeting: m.id });
      change(`${label(m)}: cancelled`, { meeting: m.id });
    } else if (!cancelled && before.status === "cancelled") {
      edits.push({ type: "reinstate-meeting", meeting: m.id });
      change(`${label(m)}: reinstated (no longer cancelled)`, { meeting: m.id });
    }
    for (const edit of edits) doc = applyEdit(doc, edit);
  }

  const ctx = mergeContext(log, doc);
  const { root } = ctx;
  // 2. People: new ones added; names and roles are ModernGov's.
  mergePeople(ctx, input);
  // 3. Items: titles and ModernGov note lines are ModernGov's; an objective only fills a blank.
  mergeItems(ctx, input.items ?? []);
  // 4. Meetings: fields, new meetings, agendas, attendance.
  mergeMeetings(ctx, imported, existing);

  // 5. Events (informal sessions ModernGov lists among the meetings): new ones added; the officer's edits kept.
  for (const e of input.events ?? []) {
    if (yamlMapById(yamlSeq(root, "events"), e.id)) continue;
    ctx.ensureList("events", ["meetings"]).items.push(doc.createNode(e) as Node);
    change(`added the event "${e.title}" (private)`);
  }

  for (const m of existing.meetings)
    if (ours(m.id) && m.id.includes("-meeting-") && !importedMeetings.some((i) => i.id === m.id))
      conflict(`ModernGov no longer lists the ${label(m)} for ${input.commission.municipalYear}: kept`, {
        meeting: m.id,
      });

  const text = spliceSource(source, doc, parsed.document);
  const check = parseProgramme(text, file);
  if (!check.ok)
    throw new ModernGovMergeError(
      "invalid-result",
      check.errors,
      `the merged programme would not validate:\n${check.errors.map(formatProgrammeError).join("\n")}`,
    );
  const { out } = log;
  return { text, changes: out.filter((c) => c.kind === "change"), conflicts: out.filter((c) => c.kind === "conflict") };
}
