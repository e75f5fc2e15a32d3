import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommittee, parseCouncil, registerFor } from "@scrutineer/council";
import { formatProgrammeError, indexProgramme } from "@scrutineer/model";
import { hashSource } from "../src/io/journal.js";
import type { CouncilInit } from "../src/planner/state/council.js";
import { repoRoot } from "./helpers.js";

/** The bundled Hackney council folder, as the planner opens it on 9 January 2023. */
export const COUNCIL_DIR = join(repoRoot, "examples/hackney-council-2022-23");
export const COUNCIL_TODAY = "2023-01-09";

/**
 * The council's init as `scrutineer plan <council-folder>` builds it, from `dir` (the example, or
 * a copy with edits): each committee's text, its parse with the register, and no journal.
 * `texts` replaces a committee's file text by committee id.
 */
export function councilInit(dir = COUNCIL_DIR, texts: Record<string, string> = {}): CouncilInit {
  const parsed = parseCouncil(readFileSync(join(dir, "council.yaml"), "utf8"), "council.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
  const { council } = parsed;
  return {
    council,
    file: "council.yaml",
    today: COUNCIL_TODAY,
    committees: council.committees.map((entry) => {
      const source = texts[entry.id] ?? readFileSync(join(dir, entry.programme), "utf8");
      const read = parseCommittee(council, entry, source, entry.programme);
      if (!read.ok) throw new Error(read.errors.map(formatProgrammeError).join("\n"));
      return {
        entry,
        file: entry.programme,
        index: indexProgramme(read.programme),
        init: {
          file: entry.programme,
          source,
          baseHash: hashSource(source),
          today: COUNCIL_TODAY,
          parsed: read,
          parse: { register: registerFor(council, entry) },
        },
      };
    }),
  };
}
