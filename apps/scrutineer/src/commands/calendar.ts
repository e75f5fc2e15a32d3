import { resolve } from "node:path";
import { type CouncilFolder, councilFindings, parseCommittee } from "@scrutineer/council";
import { isMunicipalYear, longDate, meetingTime } from "@scrutineer/dates";
import { applyEditToSource, formatProgrammeError, plural } from "@scrutineer/model";
import {
  type CalendarProposal,
  type CommitteeCalendarEdits,
  calendarEdits,
  highsSolver,
  proposeCalendar,
  proposedFolder,
} from "@scrutineer/planner";
import { parseFlags } from "../io/args.js";
import { type FileWrite, writeFilesAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { InputError, UsageError } from "../io/errors.js";
import { readSource } from "../io/load.js";
import { loadCouncil } from "../io/load-council.js";
import { formatFinding } from "../io/print.js";
import { timeLimitFlag } from "./autoplan.js";
import { catalogue } from "./catalogue.js";

/** A Markdown table cell: no pipe or line break from the data breaks the table. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/**
 * `--apply` writes into each committee's programme for the year proposed, which is the file
 * council.yaml lists: a council folder holds one municipal year (docs/council-wide.md). A committee
 * whose programme is for another year is refused before anything is proposed, naming what to
 * create; Scrutineer does not make next year's folder itself (its members, items carried forward
 * and the programmes' paths are the officers' decisions).
 */
function refuseOtherYears(folder: CouncilFolder, year: string, dir: string): void {
  const other = folder.committees.filter(
    (c) => c.entry.cycle !== undefined && c.index.programme.commission.municipalYear !== year,
  );
  if (other.length === 0) return;
  throw new InputError(
    [
      ...other.map(
        (c) =>
          `${c.file}: ${c.entry.id}'s programme is for ${c.index.programme.commission.municipalYear}, not ${year}: --apply writes only into each committee's programme for the year proposed`,
      ),
      `nothing was written. A council folder holds one municipal year: create the folder for ${year} (a council.yaml with municipalYear: ${year}, listing a programme for ${year} for each committee: copy ${dir}'s and leave out their meetings), then run scrutineer calendar on it with --year ${year} --apply (docs/council-wide.md)`,
    ].join("\n"),
  );
}

/** What `--apply` wrote into one programme. */
interface Applied extends CommitteeCalendarEdits {
  written: boolean;
}

/**
 * Write the proposal's meetings into the programmes (`calendarEdits`, comments kept): every
 * file's new text is made and read back with the register first (each added meeting must be in
 * it); only when all of them read back are they written, each atomically, all prepared before any
 * is put in place. On any failure no file is changed.
 */
async function applyCalendar(folder: CouncilFolder, proposal: CalendarProposal, cwd: string): Promise<Applied[]> {
  const plan = calendarEdits(folder, proposal);
  const writes: FileWrite[] = [];
  const problems: string[] = [];
  for (const entry of plan) {
    if (entry.edits.length === 0) continue;
    const committee = folder.committees.find((c) => c.entry.id === entry.committee)!;
    const path = resolve(cwd, committee.file);
    let text = await readSource(path, committee.file);
    for (const edit of entry.edits) text = applyEditToSource(text, edit);
    const reread = parseCommittee(folder.council, committee.entry, text, committee.file);
    if (!reread.ok) {
      problems.push(...reread.errors.map((e) => `${formatProgrammeError(e)} (with the proposed meetings added)`));
      continue;
    }
    const held = new Set(reread.programme.meetings.map((m) => `${m.id} ${m.date}`));
    const missing = entry.edits.filter((e) => !held.has(`${e.meeting.id} ${e.meeting.date}`));
    if (missing.length > 0)
      throw new Error(`${committee.file}: the edited file does not hold ${missing[0]!.meeting.id}`);
    writes.push({ path, content: text, shown: committee.file });
  }
  if (problems.length > 0) throw new InputError([...problems, "nothing was written"].join("\n"));
  await writeFilesAtomic(writes);
  return plan.map((entry) => ({ ...entry, written: entry.edits.length > 0 }));
}

/** The lines saying what `--apply` wrote. */
function appliedLines(applied: readonly Applied[], names: ReadonlyMap<string, string>): string[] {
  const lines = ["## Written into the programmes", ""];
  for (const a of applied) {
    const name = cell(names.get(a.committee) ?? a.committee);
    const there =
      a.alreadyThere.length > 0
        ? `; already there, not added again: ${a.alreadyThere.map((m) => longDate(m.date)).join(", ")}`
        : "";
    lines.push(
      a.written
        ? `- ${cell(a.file)}: ${plural(a.edits.length, "meeting")} added for ${name}${there}.`
        : `- ${cell(a.file)}: nothing to add for ${name}${there}.`,
    );
  }
  if (applied.length === 0) lines.push("- No committee had a meeting proposed: nothing was written.");
  lines.push("");
  return lines;
}

export const calendar: Command = {
  ...catalogue.calendar,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        year: { type: "string" },
        json: { type: "boolean", default: false },
        apply: { type: "boolean", default: false },
        "time-limit": { type: "string" },
      },
      "calendar",
    );
    const [dir] = positionals;
    if (!dir || positionals.length > 1 || !values.year) throw new UsageError(`usage: ${this.usage}`);
    if (!isMunicipalYear(values.year))
      throw new UsageError(`--year ${values.year}: expected a municipal year such as 2024/25`);
    const timeLimitSeconds = timeLimitFlag(values["time-limit"]);
    const { folder } = await loadCouncil(dir, io.cwd);
    if (values.apply) refuseOtherYears(folder, values.year, dir);
    const proposal = await proposeCalendar(folder, {
      municipalYear: values.year,
      solver: highsSolver(),
      timeLimitSeconds,
    });
    // The proposal checked by the same rules as `scrutineer check`, independently of the model.
    const check = councilFindings(proposedFolder(folder, proposal));
    const ok = proposal.unmet.length === 0 && check.every((f) => f.severity !== "error");
    // A proposal the council's own check finds a clash in is never written (it would be our bug).
    if (values.apply && check.some((f) => f.severity === "error"))
      throw new Error("the proposed calendar breaks a rule of the council's check; nothing was written");
    const applied = values.apply ? await applyCalendar(folder, proposal, io.cwd) : undefined;
    if (values.json) {
      const written = applied?.map((a) => ({
        committee: a.committee,
        file: a.file,
        added: a.edits.map((e) => e.meeting),
        alreadyThere: a.alreadyThere,
      }));
      io.stdout(`${JSON.stringify({ ok, ...proposal, check, ...(written ? { applied: written } : {}) }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    const names = new Map(folder.committees.map((c) => [c.entry.id, c.index.programme.commission.name]));
    const lines = [
      `# Calendar of meetings ${values.year}: ${cell(folder.council.council)}`,
      "",
      `Proposed for ${plural(folder.committees.length - proposal.leftOut.length, "committee")} (${proposal.status === "optimal" ? "the best calendar under the rules" : `the best found in ${timeLimitSeconds} s, within ${(proposal.gap * 100).toFixed(1)} % of the best`}).`,
      "",
      "| Date | Time | Committee | Venue |",
      "|---|---|---|---|",
      ...proposal.meetings.map(
        (m) =>
          `| ${longDate(m.date)} | ${meetingTime(m.start)} | ${cell(names.get(m.committee) ?? m.committee)} | ${cell(m.venue)} |`,
      ),
      "",
    ];
    if (proposal.unmet.length > 0)
      lines.push("## What could not be satisfied", "", ...proposal.unmet.map((u) => `- ${cell(u)}`), "");
    if (proposal.leftOut.length > 0)
      lines.push(`Left out (no cycle in council.yaml): ${proposal.leftOut.map(cell).join(", ")}.`, "");
    lines.push(
      check.length === 0
        ? "Checked with the council's rules (`scrutineer check`): no clash."
        : ["Checked with the council's rules:", ...check.map((f) => `- ${cell(formatFinding(f))}`)].join("\n"),
      "",
    );
    if (applied) lines.push(...appliedLines(applied, names));
    io.stdout(lines.join("\n"));
    return ok ? 0 : 1;
  },
};
