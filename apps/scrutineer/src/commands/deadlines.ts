import { dateOrMonthWords, shortDate } from "@scrutineer/dates";
import {
  type BankHolidayCalendar,
  bankHolidaySource,
  calendarFor,
  latestDispatch,
  type MeetingDeadlines,
  type MeetingStanding,
  meetingDateFindings,
  meetingDeadlines,
  meetingStanding,
  papersDeadline,
  standingWords,
  type WorkingCalendar,
  workingCalendar,
} from "@scrutineer/deadlines";
import {
  commissionLaw,
  FIRST_PROGRAMME_YEAR,
  type Finding,
  indexProgramme,
  JURISDICTIONS,
  Jurisdiction,
  LAST_PROGRAMME_YEAR,
  type Meeting,
  monthOnly,
  type Programme,
  plural,
  sortFindings,
} from "@scrutineer/model";
import { countFlag, dateFlag, parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { meetingFlag } from "../io/meeting-flag.js";
import { parseNow } from "../io/now.js";
import { formatFindings } from "../io/print.js";
import { table } from "../io/table.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.deadlines.usage;

/** The years a programme may hold (docs/limits.md); the bank-holiday sources cover them and the year before. */
const FIRST_YEAR = FIRST_PROGRAMME_YEAR;
const LAST_YEAR = LAST_PROGRAMME_YEAR;

function meetingDateFlag(value: string): string {
  const date = dateFlag(value, "--meeting");
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new UsageError(
      `--meeting ${value}: outside the years deadlines can be counted for (${FIRST_YEAR}–${LAST_YEAR})`,
    );
  }
  return date;
}

/** `--jurisdiction england|wales|scotland` for dates without a programme (default England). */
function jurisdictionFlag(value: string | undefined): Jurisdiction {
  if (value === undefined) return "england";
  const parsed = Jurisdiction.safeParse(value);
  if (!parsed.success) throw new UsageError(`--jurisdiction ${value}: expected england, wales or scotland`);
  return parsed.data;
}

function stated(deadline: MeetingDeadlines["dispatch"], ruleWord: string): string {
  const effective = shortDate(deadline.effective);
  if (deadline.stated && deadline.stated !== deadline.computed)
    return `${effective} (${ruleWord} ${shortDate(deadline.computed)})`;
  return effective;
}

function programmeTable(
  programme: Programme,
  rows: { meeting: Meeting; deadlines: MeetingDeadlines; standing: MeetingStanding }[],
  today: string,
  toBeConfirmed: readonly Meeting[],
) {
  const questions = rows.some((r) => r.deadlines.publicQuestions);
  const cells = [
    [
      "meeting",
      "papers deadline",
      "agenda dispatch",
      "Cabinet Q&A notice",
      ...(questions ? ["public questions by"] : []),
      `today ${today}`,
    ],
  ];
  for (const { meeting, deadlines: d, standing } of rows) {
    const notice = d.cabinetNotice
      ? `by ${shortDate(d.cabinetNotice.due)}${d.cabinetNotice.notified ? `, told ${shortDate(d.cabinetNotice.notified)}` : ", not yet told"}`
      : "";
    const q = d.publicQuestions;
    cells.push([
      `${shortDate(meeting.date)}${meeting.status === "moved" && meeting.movedFrom ? ` (moved from ${shortDate(meeting.movedFrom)})` : ""}`,
      stated(d.papersDeadline, "rule"),
      stated(d.dispatch, "latest lawful"),
      notice,
      ...(questions ? [q ? `${shortDate(q.date)}${q.time ? ` ${q.time}` : ""}` : ""] : []),
      standingWords(standing),
    ]);
  }
  const { deadlines } = programme.commission;
  const law = commissionLaw(programme.commission);
  return [
    table(cells),
    ...toBeConfirmed.map(
      (m) => `${dateOrMonthWords(m.date)}: date to be confirmed (no deadlines until the day is set)`,
    ),
    "",
    `Dispatch: the latest working day leaving ${law.clearDays} clear working days before the meeting (${law.dispatchLaw.short}).`,
    `Papers: ${plural(deadlines.papersWorkingDaysBeforeDispatch, "working day")} before dispatch unless the programme states a date; Cabinet notice ${plural(deadlines.cabinetNoticeWeeks, "week")} before.`,
  ].join("\n");
}

/** Deadlines for dates alone, with no programme file. */
function adHoc(
  dates: string[],
  options: {
    clearDays: number;
    papersDays: number;
    calendar: WorkingCalendar;
    holidays: BankHolidayCalendar;
    today?: string;
  },
) {
  return dates.map((meeting) => {
    const dispatch = latestDispatch(meeting, { clearDays: options.clearDays, calendar: options.calendar });
    const papers = papersDeadline(dispatch, {
      workingDaysBeforeDispatch: options.papersDays,
      calendar: options.calendar,
    });
    const years = new Set([Number(papers.slice(0, 4)), Number(meeting.slice(0, 4))]);
    const row: Record<string, unknown> = {
      meeting,
      dispatch,
      papersDeadline: papers,
      clearDays: options.clearDays,
      papersWorkingDaysBeforeDispatch: options.papersDays,
      holidaySources: [...new Set([...years].sort().map((y) => bankHolidaySource(y, options.holidays)))],
    };
    const why = options.calendar.nonWorkingReason(meeting);
    if (why) row.meetingOnNonWorkingDay = why;
    return row;
  });
}

export const deadlines: Command = {
  ...catalogue.deadlines,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        json: { type: "boolean", default: false },
        now: { type: "string" },
        meeting: { type: "string", multiple: true },
        "papers-days": { type: "string" },
        "clear-days": { type: "string" },
        closed: { type: "string", multiple: true },
        jurisdiction: { type: "string" },
      },
      "deadlines",
    );
    if (positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
    const { today } = parseNow(values.now, io.now);
    const [file] = positionals;

    if (file === undefined) {
      const meetingDates = (values.meeting ?? []).map(meetingDateFlag);
      if (meetingDates.length === 0) throw new UsageError(`usage: ${USAGE}`);
      const closed = (values.closed ?? []).map((d) => dateFlag(d, "--closed"));
      const where = jurisdictionFlag(values.jurisdiction);
      const holidays = JURISDICTIONS[where].bankHolidays;
      const calendar = workingCalendar({ extraNonWorkingDays: closed, bankHolidays: holidays });
      const clearDays = countFlag(values["clear-days"], "--clear-days", JURISDICTIONS[where].clearDays);
      const papersDays = countFlag(values["papers-days"], "--papers-days", 3);
      const rows = adHoc(meetingDates, { clearDays, papersDays, calendar, holidays });
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const cells = [["meeting", "papers deadline", "agenda dispatch"]];
        for (const r of rows) {
          const note = r.meetingOnNonWorkingDay ? `  ⚠ non-working day: ${r.meetingOnNonWorkingDay}` : "";
          cells.push([
            shortDate(r.meeting as string) + note,
            shortDate(r.papersDeadline as string),
            shortDate(r.dispatch as string),
          ]);
        }
        io.stdout(
          `${table(cells)}\n\nDispatch leaves ${clearDays} clear working days before the meeting; papers are due ${papersDays} working days before dispatch.\n`,
        );
      }
      for (const r of rows) {
        if (r.meetingOnNonWorkingDay) {
          io.stderr(`warning: ${r.meeting} is a non-working day (${r.meetingOnNonWorkingDay})\n`);
        }
      }
      return 0;
    }

    for (const flag of ["papers-days", "clear-days", "closed", "jurisdiction"] as const) {
      if (values[flag] !== undefined) {
        throw new UsageError(
          `--${flag} is for dates without a programme; ${file} sets its rules in commission.deadlines`,
        );
      }
    }
    const { programme } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    const meetings = values.meeting?.length
      ? values.meeting.map((value) => meetingFlag(index, value, "deadlines", file))
      : index.meetingsInOrder;
    const calendar = calendarFor(programme.commission);
    // A meeting known only by its month has no deadlines yet: listed apart, with its note.
    const rows = meetings
      .filter((meeting) => !monthOnly(meeting))
      .map((meeting) => {
        const deadlines = meetingDeadlines(index, meeting, { today, calendar });
        return { meeting, deadlines, standing: meetingStanding(meeting, deadlines, { today, calendar }) };
      });
    const toBeConfirmed = meetings.filter(monthOnly);
    const findings: Finding[] = sortFindings(
      meetings.flatMap((meeting) => meetingDateFindings(index, meeting, { today, calendar })),
    );
    const ok = !findings.some((f) => f.severity === "error");
    if (values.json) {
      const meetings = rows.map((r) => ({
        status: r.meeting.status,
        ...r.deadlines,
        standing: r.standing,
        standingText: standingWords(r.standing),
      }));
      const out = {
        ok,
        today,
        meetings,
        ...(toBeConfirmed.length > 0
          ? { toBeConfirmed: toBeConfirmed.map((m) => ({ meeting: m.date, meetingId: m.id, status: m.status })) }
          : {}),
        findings,
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.stdout(
        `${programmeTable(programme, rows, today, toBeConfirmed)}\n\n${formatFindings(file, programme, findings)}`,
      );
    }
    return ok ? 0 : 1;
  },
};
