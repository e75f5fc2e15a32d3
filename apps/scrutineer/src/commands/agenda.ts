import { resolve } from "node:path";
import {
  type AgendaTiming,
  interestFindings,
  publicDeclarations,
  quorumFindings,
  type TimedItem,
  timeAgenda,
} from "@scrutineer/agenda";
import { frontSheetHtml, frontSheetMarkdown } from "@scrutineer/documents";
import { type Finding, findMeeting, type Meeting, minutesRange, type Programme } from "@scrutineer/model";
import { dateFlag, parseFlags, todayInLondon } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { catalogue } from "./catalogue.js";

/** The meeting named by `--meeting` (a date, or a meeting id); unknown → exit 2 listing the programme's dates. */
export function meetingFlag(programme: Programme, value: string | undefined, command: string, file: string): Meeting {
  if (value === undefined) throw new UsageError(`scrutineer ${command}: --meeting YYYY-MM-DD is required`);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateFlag(value, "--meeting") : value;
  const meeting = findMeeting(programme, date);
  if (meeting) return meeting;
  const dates = [...programme.meetings].map((m) => m.date).sort();
  throw new UsageError(
    `scrutineer ${command}: --meeting ${value}: ${file} has no meeting on that date; ` +
      (dates.length > 0 ? `its meetings are on ${dates.join(", ")}` : "it has no meetings"),
  );
}

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
export function agendaJson(programme: Programme, meeting: Meeting, timing: AgendaTiming, findings: Finding[]) {
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
    declarations: publicDeclarations(programme, meeting),
    findings,
  };
}

const FORMATS = ["md", "html", "json"] as const;

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
      },
      "agenda",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`scrutineer agenda: --format ${values.format}: expected md, html or json`);
    const today = values.now ? dateFlag(values.now, "--now") : todayInLondon(io.now);
    const { programme } = await loadProgramme(file);
    const meeting = meetingFlag(programme, values.meeting, "agenda", file);

    const timing = timeAgenda(programme, meeting);
    const findings = [
      ...timing.findings,
      ...interestFindings(programme, meeting),
      ...quorumFindings(programme, meeting),
    ];
    const text =
      format === "json"
        ? `${JSON.stringify(agendaJson(programme, meeting, timing, findings), null, 2)}\n`
        : format === "html"
          ? frontSheetHtml(programme, meeting, { today })
          : frontSheetMarkdown(programme, meeting, { today });

    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
