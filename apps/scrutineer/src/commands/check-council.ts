import { checkProgramme } from "@scrutineer/checks";
import { type CouncilFinding, councilFindings } from "@scrutineer/council";
import { type Finding, plural } from "@scrutineer/model";
import { loadCouncil } from "../io/load-council.js";
import { formatFinding, formatFindings } from "../io/print.js";

/** What `scrutineer check <council-folder>` prints and returns. */
export interface CouncilCheck {
  ok: boolean;
  text: string;
  json: {
    ok: boolean;
    committees: Array<{ id: string; file: string; findings: Finding[] }>;
    council: CouncilFinding[];
  };
}

/**
 * Check a council folder: each committee's programme as `check` does (its own findings, its own
 * quorum at a joint meeting), then the findings across committees (`councilFindings`).
 */
export async function checkCouncil(dir: string, today: string, cwd = "."): Promise<CouncilCheck> {
  const { folder, file } = await loadCouncil(dir, cwd);
  const committees = folder.committees.map((c) => ({
    id: c.entry.id,
    file: c.file,
    programme: c.index.programme,
    findings: checkProgramme(c.index.programme, { today }),
  }));
  const council = councilFindings(folder);
  const all: Finding[] = [...committees.flatMap((c) => c.findings), ...council];
  const ok = !all.some((f) => f.severity === "error");
  const count = (list: readonly Finding[], s: Finding["severity"]) => list.filter((f) => f.severity === s).length;
  const blocks = committees.map((c) => formatFindings(c.file, c.programme, c.findings));
  const across = [
    `${folder.council.council} · ${folder.council.municipalYear} · ${file} · across ${plural(committees.length, "committee")}`,
    ...council.map((f) => `${formatFinding(f)} (${f.committees.join(", ")})`),
    `${plural(council.length, "finding")} across committees: ${plural(count(council, "error"), "error")}, ${plural(count(council, "warning"), "warning")}, ${plural(count(council, "info"), "note")}`,
  ];
  return {
    ok,
    text: `${[...blocks, `${across.join("\n")}\n`].join("\n")}`,
    json: { ok, committees: committees.map(({ id, file: f, findings }) => ({ id, file: f, findings })), council },
  };
}
