import {
  bankHolidaySource,
  type DeadlineStatus,
  daysBetween,
  formatDate,
  latestDispatch,
  type MeetingDeadlines,
  meetingDeadlines,
  papersDeadline,
  type WorkingCalendar,
  workingCalendar,
} from "@scrutineer/deadlines";
import {
  type Finding,
  findMeeting,
  type Meeting,
  meetingsInOrder,
  type Programme,
  sortFindings,
} from "@scrutineer/model";
import { dateFlag, parseFlags, todayInLondon } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { formatFindings } from "../io/print.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.deadlines.usage;

/** Years the bank-holiday sources can answer for sensibly: the 1971 Act onwards. */
const FIRST_YEAR = 1972;
const LAST_YEAR = 2999;

function countFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,2}$/.test(value))
    throw new UsageError(`${flag} ${value}: expected a whole number of working days (0 to 99)`);
  return Number(value);
}

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

/** "in 5 days (3 working)", "today", "4 days ago". */
function when(status: DeadlineStatus): string {
  if (status.daysLeft === 0) return "today";
  if (status.daysLeft > 0) {
    const d = status.daysLeft === 1 ? "1 day" : `${status.daysLeft} days`;
    return `in ${d} (${status.workingDaysLeft} working)`;
  }
  return `${-status.daysLeft} day${status.daysLeft === -1 ? "" : "s"} ago`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Where a meeting stands today: the next deadline it faces. */
function standing(meeting: Meeting, d: MeetingDeadlines, today: string): string {
  if (meeting.status === "cancelled") return "cancelled";
  if (meeting.date < today) return "held";
  if (!d.papersDeadline.status.overdue) return `papers due ${when(d.papersDeadline.status)}`;
  if (!d.dispatch.status.overdue) return `dispatch ${when(d.dispatch.status)}`;
  if (meeting.date === today) return "agenda out; meeting today";
  const days = daysBetween(today, meeting.date);
  return `agenda out; meeting in ${days} day${days === 1 ? "" : "s"}`;
}

function stated(deadline: MeetingDeadlines["dispatch"], ruleWord: string): string {
  const effective = formatDate(deadline.effective);
  if (deadline.stated && deadline.stated !== deadline.computed)
    return `${effective} (${ruleWord} ${formatDate(deadline.computed)})`;
  return effective;
}

function programmeTable(
  programme: Programme,
  rows: { meeting: Meeting; deadlines: MeetingDeadlines }[],
  today: string,
) {
  const cells = [["meeting", "papers deadline", "agenda dispatch", "Cabinet Q&A notice", `today ${today}`]];
  for (const { meeting, deadlines: d } of rows) {
    const notice = d.cabinetNotice
      ? `by ${formatDate(d.cabinetNotice.due)}${d.cabinetNotice.notified ? `, told ${formatDate(d.cabinetNotice.notified)}` : ", not yet told"}`
      : "";
    cells.push([
      `${formatDate(meeting.date)}${meeting.status === "moved" && meeting.movedFrom ? ` (moved from ${formatDate(meeting.movedFrom)})` : ""}`,
      stated(d.papersDeadline, "rule"),
      stated(d.dispatch, "latest lawful"),
      notice,
      standing(meeting, d, today),
    ]);
  }
  const { deadlines } = programme.commission;
  return [
    table(cells),
    "",
    `Dispatch: the latest working day leaving ${deadlines.clearDays} clear working days before the meeting (LGA 1972 s100B).`,
    `Papers: ${deadlines.papersWorkingDaysBeforeDispatch} working days before dispatch unless the programme states a date; Cabinet notice ${deadlines.cabinetNoticeWeeks} weeks before.`,
  ].join("\n");
}

/** Deadlines for dates alone, with no programme file. */
function adHoc(
  dates: string[],
  options: { clearDays: number; papersDays: number; calendar: WorkingCalendar; today?: string },
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
      holidaySources: [...new Set([...years].sort().map(bankHolidaySource))],
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
      },
      "deadlines",
    );
    if (positionals.length > 1) throw new UsageError(`usage: ${USAGE}`);
    const today = values.now ? dateFlag(values.now, "--now") : todayInLondon(io.now);
    const meetingDates = (values.meeting ?? []).map(meetingDateFlag);
    const [file] = positionals;

    if (file === undefined) {
      if (meetingDates.length === 0) throw new UsageError(`usage: ${USAGE}`);
      const closed = (values.closed ?? []).map((d) => dateFlag(d, "--closed"));
      const calendar = workingCalendar({ extraNonWorkingDays: closed });
      const clearDays = countFlag(values["clear-days"], "--clear-days", 5);
      const papersDays = countFlag(values["papers-days"], "--papers-days", 3);
      const rows = adHoc(meetingDates, { clearDays, papersDays, calendar });
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const cells = [["meeting", "papers deadline", "agenda dispatch"]];
        for (const r of rows) {
          const note = r.meetingOnNonWorkingDay ? `  ⚠ non-working day: ${r.meetingOnNonWorkingDay}` : "";
          cells.push([
            formatDate(r.meeting as string) + note,
            formatDate(r.papersDeadline as string),
            formatDate(r.dispatch as string),
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

    for (const flag of ["papers-days", "clear-days", "closed"] as const) {
      if (values[flag] !== undefined) {
        throw new UsageError(
          `--${flag} is for dates without a programme; ${file} sets its rules in commission.deadlines`,
        );
      }
    }
    const { programme } = await loadProgramme(file);
    const meetings = meetingDates.length
      ? meetingDates.map((date) => {
          const m = findMeeting(programme, date);
          if (!m) {
            const dates = meetingsInOrder(programme).map((x) => x.date);
            throw new UsageError(
              `--meeting ${date}: ${file} has no meeting on that date; ${dates.length ? `its meetings are on ${dates.join(", ")}` : "it has no meetings"}`,
            );
          }
          return m;
        })
      : meetingsInOrder(programme);
    const rows = meetings.map((meeting) => ({ meeting, deadlines: meetingDeadlines(programme, meeting, { today }) }));
    const findings: Finding[] = sortFindings(rows.flatMap((r) => r.deadlines.findings));
    const ok = !findings.some((f) => f.severity === "error");
    if (values.json) {
      const out = { ok, today, meetings: rows.map((r) => ({ status: r.meeting.status, ...r.deadlines })), findings };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.stdout(`${programmeTable(programme, rows, today)}\n\n${formatFindings(file, programme, findings)}`);
    }
    return ok ? 0 : 1;
  },
};
