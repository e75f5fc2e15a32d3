import { type ProgrammeInput, withoutRefusedCharacters } from "@scrutineer/model";
import type { ImportNotes } from "./report.js";

/**
 * Take the refused characters out of the text fields that the schema's issues name, in place;
 * true when anything changed. Each change is a `text-cleaned` note with the value as it came.
 * ModernGov's text may carry characters the file format refuses (docs/limits.md); no officer typed
 * them, so the import takes them out rather than refusing.
 */
export function cleanRefusedText(
  input: ProgrammeInput,
  issues: readonly { code: string; path: PropertyKey[]; params?: unknown }[],
  note: ImportNotes,
): boolean {
  let changed = false;
  for (const issue of issues) {
    const params = issue.params as { code?: string; oneLine?: boolean } | undefined;
    if (issue.code !== "custom" || params?.code !== "control-character") continue;
    const key = issue.path.at(-1);
    let parent: unknown = input;
    for (const step of issue.path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[step];
    if (key === undefined || !parent || typeof parent !== "object") continue;
    const record = parent as Record<PropertyKey, unknown>;
    const text = record[key];
    if (typeof text !== "string") continue;
    record[key] = withoutRefusedCharacters(text, params.oneLine ?? true);
    const field = issue.path.map(String).join(".");
    // The value as it came: the report's printer shows its control characters as escapes.
    note("text-cleaned", "programme", "the file format refuses them (docs/limits.md)", field, text);
    changed = true;
  }
  return changed;
}
