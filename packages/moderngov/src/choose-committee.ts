import { ModernGovImportError } from "./errors.js";
import type { SourcedResponse } from "./records.js";

/**
 * The committee `wanted` names among those the responses list: by id (`144`), by whole title in
 * any case, or by a part of a title that only one committee has.
 * @throws ModernGovImportError `unknown-committee` (naming those known) or `ambiguous-committee`.
 */
export function chooseCommittee(responses: readonly SourcedResponse[], wanted: string): { id: number; title: string } {
  const known = new Map<number, string>();
  for (const r of responses) {
    if (r.response.kind === "committees") for (const c of r.response.committees) known.set(c.id, c.title);
    if (r.response.kind === "meetings")
      for (const c of r.response.committees)
        if (!known.has(c.committeeId)) known.set(c.committeeId, c.committeeTitle ?? `Committee ${c.committeeId}`);
  }
  const list = () => [...known].map(([id, title]) => `${id} ${title}`).join("; ");
  if (/^\d+$/.test(wanted.trim())) {
    const id = Number(wanted);
    const title = known.get(id);
    if (title === undefined)
      throw new ModernGovImportError(
        "unknown-committee",
        id,
        `no committee has the id ${id} (known: ${list() || "none"})`,
      );
    return { id, title };
  }
  const needle = wanted.trim().toLowerCase();
  const exact = [...known].filter(([, t]) => t.toLowerCase() === needle);
  const partial = exact.length > 0 ? exact : [...known].filter(([, t]) => t.toLowerCase().includes(needle));
  if (partial.length === 1) return { id: partial[0]![0], title: partial[0]![1] };
  if (partial.length === 0)
    throw new ModernGovImportError(
      "unknown-committee",
      wanted,
      `no committee is called "${wanted}" (known: ${list() || "none"})`,
    );
  throw new ModernGovImportError(
    "ambiguous-committee",
    wanted,
    `"${wanted}" names ${partial.length} committees: ${partial.map(([id, t]) => `${id} ${t}`).join("; ")}; give the id`,
  );
}
