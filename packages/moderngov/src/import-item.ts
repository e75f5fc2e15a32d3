import type { ProgrammeInput } from "@scrutineer/model";
import { importedId } from "./imported-ids.js";
import { isProceduralTitle } from "./procedural.js";
import type { AgendaItem } from "./records.js";
import type { ImportNotes } from "./report.js";
import type { ModernGovSite } from "./site.js";

/** One agenda item of ModernGov as a programme item, and what of it the programme cannot hold. */

/** Lines of an item's notes that the importer writes and rewrites on every import; other lines are the officer's. */
export const NOTE_PREFIX = "ModernGov: ";

/** An item's importer-owned note lines: the printed number, restriction, papers. */
export function itemNoteLines(item: AgendaItem): string[] {
  const lines: string[] = [];
  if (item.printedNumber) lines.push(`${NOTE_PREFIX}printed as item ${item.printedNumber}`);
  if (item.restricted) lines.push(`${NOTE_PREFIX}restricted: exempt information, not for publication`);
  for (const doc of item.documents) {
    if (doc.restricted) lines.push(`${NOTE_PREFIX}paper "${doc.title}" (restricted)`);
    else lines.push(`${NOTE_PREFIX}paper "${doc.title}"${doc.url ? ` ${doc.url}` : ""}`);
  }
  return lines;
}

/**
 * The programme item for an agenda item: its title, text as the objective, procedural when its
 * title says so, and the importer's note lines; every field the programme has no place for is
 * noted in the report with its element and value.
 */
export function itemInput(
  item: AgendaItem,
  source: string,
  note: ImportNotes,
  site: ModernGovSite,
): NonNullable<ProgrammeInput["items"]>[number] {
  const where = `agendaitem[${item.id}]`;
  if (item.printedNumber)
    note(
      "not-mapped",
      source,
      `printed number of "${item.title}" (kept in its notes)`,
      `${where}.fulldisplaynumberformat`,
      item.printedNumber,
    );
  if (item.restricted)
    note(
      "not-mapped",
      source,
      `"${item.title}" is restricted (exempt): marked in its notes`,
      `${where}.isrestricted`,
      "True",
    );
  if (item.declarationCount > 0)
    note(
      "not-mapped",
      source,
      `${item.declarationCount} declarations of interest at "${item.title}": the web service gives only the count; details are on the site's pages`,
      `${where}.declarationcount`,
      String(item.declarationCount),
    );
  if (item.publicCanSpeak)
    note("not-mapped", source, `the public may speak at "${item.title}"`, `${where}.ispubliccanspeak`, "True");
  if (item.minutesText)
    note("not-mapped", source, `the minute of "${item.title}"`, `${where}.minutesnonemptyhtmlbody`, item.minutesText);
  for (const doc of item.documents) {
    note(
      "not-mapped",
      source,
      `paper "${doc.title}"${doc.restricted ? " (restricted)" : ""} (kept in the item's notes)`,
      `${where}.linkeddoc[${doc.id}].url`,
      doc.url ?? "",
    );
    for (const u of doc.unread) note("unread-element", source, "not read by the importer", u.element, u.value);
  }
  for (const u of item.unread) note("unread-element", source, "not read by the importer", u.element, u.value);
  const lines = itemNoteLines(item);
  return {
    id: importedId.item(site, item.id),
    title: item.title,
    ...(item.text ? { objective: item.text } : {}),
    ...(isProceduralTitle(item.title) ? { procedural: true } : {}),
    ...(lines.length > 0 ? { notes: lines.join("\n") } : {}),
  };
}
