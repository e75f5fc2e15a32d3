/**
 * Every deadline of one meeting, computed from its date and the commission's rules, set
 * against what the programme states, with the findings an officer must act on. Each rule says
 * its own findings: clear-days.ts (dispatch, LGA 1972 s100B), papers-deadline.ts (local rule),
 * cabinet-notice.ts, late-items.ts (s100B(4)(b)) and meeting-day.ts; this file gathers them.
 */
import {
  bodyWord,
  commissionLaw,
  Finding,
  type Meeting,
  meetingOrder,
  monthOnly,
  type ProgrammeIndex,
  publicQuestionsHeading,
} from "@scrutineer/model";
import * as z from "zod";
import { beyondMunicipalYearFinding } from "./beyond-municipal-year.js";
import { cabinetNoticeDue, cabinetNoticeFinding } from "./cabinet-notice.js";
import { dispatchFindings, latestDispatch } from "./clear-days.js";
import { dateToBeConfirmedFinding } from "./date-to-be-confirmed.js";
import { DeadlineStatus, deadlineStatus } from "./deadline-status.js";
import { DeadlinesError } from "./errors.js";
import { lateItemFindings } from "./late-items.js";
import { meetingDayFindings } from "./meeting-day.js";
import { papersDeadline, papersDeadlineFindings } from "./papers-deadline.js";
import { publicQuestionsDeadline } from "./public-questions.js";
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

/**
 * A Cabinet Q&A's notice: the item's id, the Cabinet member's id, the date the questions are due
 * (`cabinetNoticeDue`: the commission's notice weeks before the meeting, `YYYY-MM-DD`), the date the
 * member was notified if recorded, and its status against today.
 */
export const CabinetNotice = z.object({
  /** The Cabinet Q&A item's id. */
  item: z.string(),
  cabinetMember: z.string(),
  due: z.iso.date(),
  notified: z.iso.date().optional(),
  status: DeadlineStatus,
});
export type CabinetNotice = z.infer<typeof CabinetNotice>;

/** The last day (and time) for notice of a public question, by the order of business's rule. */
export const PublicQuestionsDue = z.object({
  date: z.iso.date(),
  time: z.string().optional(),
  workingDaysBefore: z.number().int(),
  clear: z.boolean(),
  status: DeadlineStatus,
});
export type PublicQuestionsDue = z.infer<typeof PublicQuestionsDue>;

/**
 * `meetingDeadlines`' answer for one meeting: the meeting's date and id, the clear days and the law that
 * sets them, the dispatch and papers deadline (each computed, stated and effective, with status), the
 * Cabinet Q&A notices, the public-question notice if the commission has one, and the findings.
 */
export const MeetingDeadlines = z.object({
  meeting: z.iso.date(),
  meetingId: z.string(),
  clearDays: z.number().int(),
  /** The statute that sets the clear days, short form ("LGA 1972 s100B", "LGA 1972 s100BA", "LG(S)A 1973 s50B"). */
  law: z.string(),
  papersWorkingDaysBeforeDispatch: z.number().int(),
  /** Latest lawful agenda dispatch (computed) and the programme's stated dispatch. */
  dispatch: StatedDeadline,
  /** Papers deadline: computed by rule from the effective dispatch date. */
  papersDeadline: StatedDeadline,
  /** The first Cabinet Q&A on the agenda, if any (see `cabinetNotices` for all). */
  cabinetNotice: CabinetNotice.optional(),
  cabinetNotices: z.array(CabinetNotice),
  /** Notice of public questions, when the order of business gives a rule for it. */
  publicQuestions: PublicQuestionsDue.optional(),
  findings: z.array(Finding),
});
export type MeetingDeadlines = z.infer<typeof MeetingDeadlines>;

/** Options of `meetingDeadlines` and `deadlineFindings`. */
export interface DeadlineOptions {
  /** Today (YYYY-MM-DD, Europe/London): the only notion of "now". */
  today: string;
  /** Reuse a calendar across meetings; defaults to `calendarFor(programme.commission)`. */
  calendar?: WorkingCalendar;
}

/**
 * A meeting's dispatch, papers deadline, Cabinet Q&A notices and public-question notice, computed
 * and as stated, each with its status against `today`, and the findings on them (none for a
 * cancelled meeting). The clear days and the law cited are the commission's jurisdiction's
 * (`commissionLaw`) unless the file sets `deadlines.clearDays`.
 * @throws DeadlinesError (`"date-to-be-confirmed"`) for a meeting whose date is a month only (`monthOnly`): it has no deadlines
 *   until its day is set (date-to-be-confirmed.ts says so).
 *
 * @example
 * const meeting = index.findMeeting("2023-01-16")!;
 * const deadlines = meetingDeadlines(index, meeting, { today: "2023-01-03" });
 * deadlines.dispatch.effective; // "2023-01-06"
 * deadlines.papersDeadline.effective; // "2023-01-04": stated in the file, a day later than the rule
 * deadlines.papersDeadline.status.workingDaysLeft; // 1
 */
export function meetingDeadlines(index: ProgrammeIndex, meeting: Meeting, options: DeadlineOptions): MeetingDeadlines {
  const { today } = options;
  const { programme } = index;
  if (monthOnly(meeting))
    throw new DeadlinesError(
      "date-to-be-confirmed",
      meeting.id,
      `the meeting "${meeting.id}" has a month but no day (${meeting.date}): no deadlines yet`,
    );
  const calendar = options.calendar ?? calendarFor(programme.commission);
  const rules = programme.commission.deadlines;
  const law = commissionLaw(programme.commission);
  const clearDays = law.clearDays;
  const papersDays = rules.papersWorkingDaysBeforeDispatch;
  const on = meeting.date;

  // Dispatch: the latest lawful date, and whether the stated one is lawful.
  const computedDispatch = latestDispatch(on, { clearDays, calendar });
  const effectiveDispatch = meeting.dispatch ?? computedDispatch;
  const dispatch: StatedDeadline = {
    computed: computedDispatch,
    effective: effectiveDispatch,
    status: deadlineStatus(effectiveDispatch, today, calendar),
  };
  if (meeting.dispatch) dispatch.stated = meeting.dispatch;

  // Papers deadline: the commission's rule from the dispatch that applies, unless stated.
  const computedPapers = papersDeadline(effectiveDispatch, { workingDaysBeforeDispatch: papersDays, calendar });
  const effectivePapers = meeting.papersDeadline ?? computedPapers;
  const papers: StatedDeadline = {
    computed: computedPapers,
    effective: effectivePapers,
    status: deadlineStatus(effectivePapers, today, calendar),
  };
  if (meeting.papersDeadline) papers.stated = meeting.papersDeadline;

  const slots = index.agenda(meeting);
  const findings: Finding[] = [
    ...meetingDayFindings(meeting, calendar),
    ...dispatchFindings(meeting, {
      clearDays,
      calendar,
      today,
      latest: computedDispatch,
      status: dispatch.status,
      law: law.dispatchLaw.short,
    }),
    ...papersDeadlineFindings(meeting, {
      workingDaysBeforeDispatch: papersDays,
      calendar,
      dispatch: effectiveDispatch,
      byRule: computedPapers,
      body: bodyWord(programme.commission.kind, { lower: true }),
    }),
    ...lateItemFindings(
      meeting,
      slots.map((s) => s.item),
      effectiveDispatch,
      law.urgentItemsLaw.short,
    ),
  ];

  // Cabinet Q&A notice, item by item.
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
    const finding = cabinetNoticeFinding(meeting, item, {
      due,
      status: notice.status,
      weeks: rules.cabinetNoticeWeeks,
    });
    if (finding) findings.push(finding);
  }

  const result: MeetingDeadlines = {
    meeting: on,
    meetingId: meeting.id,
    clearDays,
    law: law.dispatchLaw.short,
    papersWorkingDaysBeforeDispatch: papersDays,
    dispatch,
    papersDeadline: papers,
    cabinetNotices,
    findings,
  };
  if (cabinetNotices[0]) result.cabinetNotice = cabinetNotices[0];
  const notice = publicQuestionsHeading(meetingOrder(programme.commission, meeting))?.notice;
  if (notice) {
    const due = publicQuestionsDeadline(on, notice, calendar);
    result.publicQuestions = {
      date: due.date,
      ...(due.time ? { time: due.time } : {}),
      workingDaysBefore: notice.workingDaysBefore,
      clear: notice.clear,
      status: deadlineStatus(due.date, today, calendar),
    };
  }
  return result;
}

/**
 * Every deadline finding of a programme, meeting by meeting in file order (cancelled meetings
 * have none; a meeting with a month only has the note that its day is to be confirmed), with a
 * note on each meeting after the municipal year.
 */
export function deadlineFindings(index: ProgrammeIndex, options: DeadlineOptions): Finding[] {
  const calendar = options.calendar ?? calendarFor(index.programme.commission);
  return index.programme.meetings.flatMap((m) => meetingDateFindings(index, m, { today: options.today, calendar }));
}

/**
 * One meeting's deadline findings (`meetingDeadlines`), or for a month-only meeting the note
 * that its day is to be confirmed; and the note on a meeting after the municipal year.
 */
export function meetingDateFindings(index: ProgrammeIndex, meeting: Meeting, options: DeadlineOptions): Finding[] {
  const notes = meetingDateNotes(meeting, index.programme.commission.municipalYear);
  return monthOnly(meeting) ? notes : [...notes, ...meetingDeadlines(index, meeting, options).findings];
}

/** The notes on a meeting's date alone: after the municipal year (`beyond-municipal-year`), a month with no day (`date-to-be-confirmed`). */
export function meetingDateNotes(meeting: Meeting, municipalYear: string): Finding[] {
  const notes: Finding[] = [];
  const beyond = beyondMunicipalYearFinding(meeting, municipalYear);
  if (beyond) notes.push(beyond);
  const tbc = dateToBeConfirmedFinding(meeting);
  if (tbc) notes.push(tbc);
  return notes;
}
