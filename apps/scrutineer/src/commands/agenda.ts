import { resolve } from "node:path";
import { type AgendaTiming, publicDeclarations, type TimedItem, timeAgenda } from "@scrutineer/agenda";
import { meetingFindings } from "@scrutineer/checks";
import { frontSheetHtml, frontSheetMarkdown } from "@scrutineer/documents";
import { type Finding, indexProgramme, type Meeting, minutesRange, type ProgrammeIndex } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { meetingFlag } from "../io/meeting-flag.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";

/** Minutes in the JSON: a figure, `[min, max]` for a range, or `null` when none are allotted. */
function jsonMinutes(item: TimedItem): number | [number, number] | null {
  if (item.minutes === undefined) return null;
  const { min, max } = minutesRange(item.minutes);
  return min === max ? min : [min, max];
}

/**
 * The agenda as JSON (`--format json`). The declarations are in their public form: a sensitive
 * interest's nature is never in it.
 */
export function agendaJson(index: ProgrammeIndex, meeting: Meeting, timing: AgendaTiming, findings: Finding[]) {
  return {
    meeting: timing.meeting,
    meetingId: timing.meetingId,
    status: meeting.status,
    start: timing.start,
    end: timing.finish.earliest,
    latestEnd: timing.finish.latest,
    plannedEnd: timing.plannedEnd,
    usedMinutes: timing.usedMinutes,
    availableMinutes: timing.availableMinutes,
    slackMinutes: timing.slackMinutes,
    procedural: timing.procedural,
    items: timing.items.map((t) => ({
      number: t.number,
      item: t.item.id,
      title: t.item.title,
      minutes: jsonMinutes(t),
      start: t.start.earliest,
      latestStart: t.start.latest,
      end: t.end.earliest,
      latestEnd: t.end.latest,
      ...(t.statedStart ? { statedStart: t.statedStart } : {}),
      ...(t.pages ? { pages: t.pages } : {}),
    })),
    declarations: publicDeclarations(index, meeting),
    findings,
  };
}

const FORMATS = ["md", "html", "json"] as const;
const AGENDA_FAMILIES = ["timing", "interests", "quorum"] as const;

export const agenda: Command = {
  ...catalogue.agenda,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        meeting: { type: "string" },
        format: { type: "string", default: "md" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
        "with-checks": { type: "boolean", default: false },
      },
      "agenda",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`scrutineer agenda: --format ${values.format}: expected md, html or json`);
    const { today } = parseNow(values.now, io.now);
    const { programme } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    const meeting = meetingFlag(index, values.meeting, "agenda", file);

    const timing = timeAgenda(index, meeting);
    // The agenda's own findings (its deadlines are `scrutineer deadlines`'s to report).
    const findings = meetingFindings(index, meeting, { today, only: AGENDA_FAMILIES });
    // The front sheet is published: the checker's notes only when asked (the JSON is for tools and keeps its findings).
    const options = { today, withChecks: values["with-checks"] };
    const text =
      format === "json"
        ? `${JSON.stringify(agendaJson(index, meeting, timing, findings), null, 2)}\n`
        : format === "html"
          ? frontSheetHtml(programme, meeting, options)
          : frontSheetMarkdown(programme, meeting, options);

    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
    else io.stdout(text);
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
