import {
  indexProgramme,
  type ParseResult,
  type ProgrammeError,
  type ProgrammeIndex,
  parseProgramme,
} from "@scrutineer/model";
import type { CommitteeEntry, Council } from "./council-file.js";
import { registerFor } from "./parse-council.js";

/** One committee of a council folder, parsed and indexed. */
export interface Committee {
  entry: CommitteeEntry;
  /** The programme file as named to the parser (for messages). */
  file: string;
  index: ProgrammeIndex;
}

/** A council folder parsed: council.yaml and each committee's programme. */
export interface CouncilFolder {
  council: Council;
  committees: readonly Committee[];
}

/**
 * Parse one committee's programme in its council folder: people named by register id are
 * filled from council.yaml (`registerFor`), and its `commission.id` must be the committee's id
 * there (error `committee-id-mismatch`, at the id). Pure; never throws.
 */
export function parseCommittee(
  council: Council,
  entry: CommitteeEntry,
  source: string | Uint8Array,
  file: string,
): ParseResult {
  const result = parseProgramme(source, file, { register: registerFor(council, entry) });
  if (!result.ok || result.programme.commission.id === entry.id) return result;
  const node = result.document.getIn(["commission", "id"], true) as { range?: [number] } | undefined;
  const offset = node?.range?.[0] ?? 0;
  const before = (typeof source === "string" ? source : new TextDecoder().decode(source)).slice(0, offset);
  const line = before.split("\n").length;
  const error: ProgrammeError = {
    file,
    line,
    column: offset - before.lastIndexOf("\n"),
    path: "commission.id",
    code: "committee-id-mismatch",
    message: `council.yaml lists this file as committee ${entry.id}, but its commission.id is ${result.programme.commission.id}`,
  };
  return { ok: false, errors: [error], document: result.document };
}

/** Index parsed committees (in council.yaml's order) into a council folder. */
export function councilFolder(
  council: Council,
  committees: ReadonlyArray<{ entry: CommitteeEntry; file: string; programme: ParseResult & { ok: true } }>,
): CouncilFolder {
  return {
    council,
    committees: committees.map((c) => ({ entry: c.entry, file: c.file, index: indexProgramme(c.programme.programme) })),
  };
}
