/**
 * Every deadline of one meeting, computed from its date and the commission's rules, set
 * against what the programme states, with the findings an officer must act on. The rules
 * themselves live in clear-days.ts (dispatch, LGA 1972 s100B), papers-deadline.ts (local
 * rule), cabinet-notice.ts, late-items.ts (s100B(4)(b)) and meeting-day.ts.
 */
import { agendaOf, Finding, type Meeting, type Programme } from "@scrutineer/model";
import { z } from "zod";
import { cabinetNoticeDue } from "./cabinet-notice.js";
import { isLawfulDispatch, latestDispatch } from "./clear-days.js";
import { DeadlineStatus, deadlineStatus } from "./deadline-status.js";
import { lateItemFindings } from "./late-items.js";
import { meetingDayFindings } from "./meeting-day.js";
import { papersDeadline } from "./papers-deadline.js";
import { formatDate } from "./plain-date.js";
import { count } from "./words.js";
import { calendarFor, type WorkingCalendar } from "./working-calendar.js";

/** A deadline as computed by rule, as stated in the programme, and the one that applies. */
export const StatedDeadline = z.object({
  computed: z.iso.date(),
  stated: z.iso.date().optional(),
  /** The stated date where there is one, else the computed one. */
  effective: z.iso.date(),
  status: DeadlineStatus,
});
export type StatedDeadline = z.infer<typeof StatedDeadline>;

export const CabinetNotice = z.object({
  /** The Cabinet Q&A item's id. */
  item: z.string(),
  cabinetMember: z.string(),
  due: z.iso.date(),
  notified: z.iso.date().optional(),
  status: DeadlineStatus,
});
export type CabinetNotice = z.infer<typeof CabinetNotice>;

export const MeetingDeadlines = z.object({
  meeting: z.iso.date(),
  meetingId: z.string(),
  clearDays: z.number().int(),
  papersWorkingDaysBeforeDispatch: z.number().int(),
  /** Latest lawful agenda dispatch (computed) and the programme's stated dispatch. */
  dispatch: StatedDeadline,
  /** Papers deadline: computed by rule from the effective dispatch date. */
  papersDeadline: StatedDeadline,
  /** The first Cabinet Q&A on the agenda, if any (see `cabinetNotices` for all). */
  cabinetNotice: CabinetNotice.optional(),
  cabinetNotices: z.array(CabinetNotice),
  findings: z.array(Finding),
});
export type MeetingDeadlines = z.infer<typeof MeetingDeadlines>;

export interface DeadlineOptions {
  /** Today (YYYY-MM-DD, Europe/London): the only notion of "now". */
  today: string;
  /** Reuse a calendar across meetings; defaults to `calendarFor(programme.commission)`. */
  calendar?: WorkingCalendar;
}

export function meetingDeadlines(programme: Programme, meeting: Meeting, options: DeadlineOptions): MeetingDeadlines {
  const { today } = options;
  const calendar = options.calendar ?? calendarFor(programme.commission);
  const rules = programme.commission.deadlines;
  const clearDays = rules.clearDays;
  const papersDays = rules.papersWorkingDaysBeforeDispatch;
  const findings: Finding[] = [];
  const on = meeting.date;
  const live = meeting.status !== "cancelled";

  // Dispatch: the latest lawful date, and whether the stated one is lawful.
  const computedDispatch = latestDispatch(on, { clearDays, calendar });
  const effectiveDispatch = meeting.dispatch ?? computedDispatch;
  const dispatch: StatedDeadline = {
    computed: computedDispatch,
    effective: effectiveDispatch,
    status: deadlineStatus(effectiveDispatch, today, calendar),
  };
  if (meeting.dispatch) dispatch.stated = meeting.dispatch;

  if (live) findings.push(...meetingDayFindings(meeting, calendar));
  if (live && meeting.dispatch) {
    const clear = calendar.clearWorkingDaysBetween(meeting.dispatch, on);
    if (!isLawfulDispatch(meeting.dispatch, on, { clearDays, calendar })) {
      findings.push({
        severity: "error",
        code: "dispatch-too-late",
        message: `agenda dispatch on ${formatDate(meeting.dispatch)} leaves ${count(clear, "clear working day")} before the meeting; the law requires ${count(clearDays, "clear working day")} (LGA 1972 s100B): dispatch by ${formatDate(computedDispatch)} or move the meeting`,
        meeting: on,
      });
    }
    const why = calendar.nonWorkingReason(meeting.dispatch);
    if (why) {
      findings.push({
        severity: "warning",
        code: "dispatch-on-non-working-day",
        message: `agenda dispatch is set for ${formatDate(meeting.dispatch)}, a non-working day (${why})`,
        meeting: on,
      });
    }
  }
  if (live && !meeting.dispatch && dispatch.status.overdue && today <= on) {
    findings.push({
      severity: "warning",
      code: "dispatch-overdue",
      message: `the latest lawful agenda dispatch date, ${formatDate(computedDispatch)}, has passed and no dispatch date is recorded: record it, or the meeting cannot lawfully go ahead on ${formatDate(on)}`,
      meeting: on,
    });
  }

  // Papers deadline: the commission's rule from the dispatch that applies, unless stated.
  const computedPapers = papersDeadline(effectiveDispatch, { workingDaysBeforeDispatch: papersDays, calendar });
  const effectivePapers = meeting.papersDeadline ?? computedPapers;
  const papers: StatedDeadline = {
    computed: computedPapers,
    effective: effectivePapers,
    status: deadlineStatus(effectivePapers, today, calendar),
  };
  if (meeting.papersDeadline) papers.stated = meeting.papersDeadline;
  if (live && meeting.papersDeadline) {
    if (meeting.papersDeadline > effectiveDispatch) {
      findings.push({
        severity: "error",
        code: "papers-deadline-after-dispatch",
        message: `the papers deadline ${formatDate(meeting.papersDeadline)} is after agenda dispatch on ${formatDate(effectiveDispatch)}: reports would miss the agenda`,
        meeting: on,
      });
    } else if (meeting.papersDeadline !== computedPapers) {
      findings.push({
        severity: "info",
        code: "papers-deadline-override",
        message: `papers deadline stated as ${formatDate(meeting.papersDeadline)}; the commission's rule (${count(papersDays, "working day")} before dispatch) gives ${formatDate(computedPapers)}`,
        meeting: on,
      });
    }
    const why = calendar.nonWorkingReason(meeting.papersDeadline);
    if (why) {
      findings.push({
        severity: "warning",
        code: "papers-deadline-on-non-working-day",
        message: `the papers deadline is set for ${formatDate(meeting.papersDeadline)}, a non-working day (${why})`,
        meeting: on,
      });
    }
  }

  // Late items and Cabinet Q&A notice, item by item.
  const slots = agendaOf(programme, meeting);
  if (live) {
    findings.push(
      ...lateItemFindings(
        on,
        slots.map((s) => s.item),
        effectiveDispatch,
      ),
    );
  }
  const cabinetNotices: CabinetNotice[] = [];
  for (const { item } of slots) {
    if (!item.cabinetQA || item.status === "withdrawn") continue;
    const due = cabinetNoticeDue(on, rules.cabinetNoticeWeeks);
    const notice: CabinetNotice = {
      item: item.id,
      cabinetMember: item.cabinetQA.cabinetMember,
      due,
      status: deadlineStatus(due, today, calendar),
    };
    if (item.cabinetQA.notified) notice.notified = item.cabinetQA.notified;
    cabinetNotices.push(notice);
    if (!live) continue;
    const weeks = count(rules.cabinetNoticeWeeks, "week");
    if (item.cabinetQA.notified) {
      if (item.cabinetQA.notified > due) {
        findings.push({
          severity: "warning",
          code: "cabinet-notice-late",
          message: `the Cabinet member was told the Q&A topics on ${formatDate(item.cabinetQA.notified)}, after ${formatDate(due)} (${weeks} before the meeting)`,
          meeting: on,
          item: item.id,
        });
      }
    } else if (notice.status.overdue) {
      findings.push({
        severity: "warning",
        code: "cabinet-notice-overdue",
        message: `the Cabinet member should have been told the Q&A topics by ${formatDate(due)} (${weeks} before the meeting) and no notice is recorded`,
        meeting: on,
        item: item.id,
      });
    } else {
      findings.push({
        severity: "info",
        code: "cabinet-notice-due",
        message: `tell the Cabinet member the Q&A topics by ${formatDate(due)}: ${count(notice.status.daysLeft, "day")} left (${count(notice.status.workingDaysLeft, "working day")})`,
        meeting: on,
        item: item.id,
      });
    }
  }

  const result: MeetingDeadlines = {
    meeting: on,
    meetingId: meeting.id,
    clearDays,
    papersWorkingDaysBeforeDispatch: papersDays,
    dispatch,
    papersDeadline: papers,
    cabinetNotices,
    findings,
  };
  if (cabinetNotices[0]) result.cabinetNotice = cabinetNotices[0];
  return result;
}

/** Every deadline finding of a programme (cancelled meetings have none). */
export function deadlineFindings(programme: Programme, options: { today: string }): Finding[] {
  const calendar = calendarFor(programme.commission);
  return programme.meetings.flatMap((m) => meetingDeadlines(programme, m, { today: options.today, calendar }).findings);
}
