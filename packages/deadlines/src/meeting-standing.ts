/**
 * Where a meeting stands today: cancelled, held, today or upcoming (and whether its date is
 * still to be confirmed), the next deadline it faces, whether that deadline is close, and
 * whether one was actually missed. The one reading of a meeting's standing, worded once, for
 * `scrutineer deadlines`, the planner and anything else that says it.
 *
 * Sources: the agenda must be dispatched by the latest lawful date, leaving five clear working
 * days before the meeting (Local Government Act 1972 s100B; clear-days.ts). A deadline that has
 * passed is not missed: the programme records the dispatch date, and a recorded dispatch on
 * or before the latest lawful date means the agenda went out in time (Hackney's 2022/23 work
 * programme, seed 001, records each meeting's dispatch: for 16 Jan 2023, Fri 6 Jan 2023, the
 * latest lawful date). The dispatch deadline is missed only when the latest lawful date has
 * passed and no dispatch was recorded by then (clear-days.ts: `dispatch-overdue`,
 * `dispatch-too-late`). The papers deadline is a local rule whose passing is not recorded, so
 * it is never "missed" here: once it passes, the next deadline is dispatch.
 */
import { daysBetween } from "@scrutineer/dates";
import { type Meeting, monthOnly, plural } from "@scrutineer/model";
import * as z from "zod";
import { DeadlineStatus, deadlineStatus } from "./deadline-status.js";
import type { MeetingDeadlines } from "./meeting-deadlines.js";
import type { WorkingCalendar } from "./working-calendar.js";

/**
 * A deadline this close (in working days, the day itself counting as 0) is at risk. Not law:
 * the span Hackney leaves between the papers deadline and dispatch (three working days, seed
 * 001), the least time in which an officer can chase a late report.
 */
export const AT_RISK_WORKING_DAYS = 3;

/** The meeting against today. A cancelled meeting is cancelled whatever its date. */
export const MeetingPhase = z.enum(["cancelled", "held", "today", "upcoming"]);
export type MeetingPhase = z.infer<typeof MeetingPhase>;

/** How the meeting's deadlines stand: fine, the next one close (`AT_RISK_WORKING_DAYS`), or one missed. */
export const StandingRisk = z.enum(["none", "at-risk", "missed"]);
export type StandingRisk = z.infer<typeof StandingRisk>;

/**
 * Where a meeting stands on `today`: its phase (held, today, cancelled, upcoming), days to it, the next
 * deadline still ahead, and whether the dispatch is missed or at risk (`AT_RISK_WORKING_DAYS` working days
 * or fewer left). `meetingStanding` makes one; `standingWords` says it.
 */
export const MeetingStanding = z.object({
  /** The meeting's date, YYYY-MM-DD; a month YYYY-MM while its day is to be confirmed. */
  meeting: z.string(),
  meetingId: z.string(),
  phase: MeetingPhase,
  /** The date is provisional (`dateConfirmed: false`); said for a meeting still to come. */
  dateToBeConfirmed: z.boolean(),
  /** Calendar days from today to the meeting; negative once it is past. */
  daysToMeeting: z.number().int(),
  /** Today's or an upcoming meeting's next deadline still ahead (or due today); absent once both have passed. */
  next: z.object({ deadline: z.enum(["papers", "dispatch"]), status: DeadlineStatus }).optional(),
  /**
   * The dispatch deadline missed: the latest lawful date (`lawful`) has passed with no dispatch
   * recorded on or before it. `agendaOut` when a later dispatch is recorded and has passed.
   * `workingDaysLate`: working days after the lawful date up to the recorded dispatch (when
   * out) or today.
   */
  missed: z
    .object({
      deadline: z.literal("dispatch"),
      lawful: z.iso.date(),
      workingDaysLate: z.number().int().positive(),
      agendaOut: z.boolean(),
    })
    .optional(),
  risk: StandingRisk,
});
export type MeetingStanding = z.infer<typeof MeetingStanding>;

/** Options of `meetingStanding`. */
export interface StandingOptions {
  /** Today (YYYY-MM-DD, Europe/London). */
  today: string;
  /** The commission's working calendar (`calendarFor(commission)`). */
  calendar: WorkingCalendar;
}

/** Held once the meeting's month is past: all that is known of a meeting without a day, or without deadlines. */
function phaseByMonth(meeting: Meeting, today: string): MeetingPhase {
  if (meeting.status === "cancelled") return "cancelled";
  return meeting.date.slice(0, 7) < today.slice(0, 7) ? "held" : "upcoming";
}

/**
 * A meeting's phase on `today` (YYYY-MM-DD, Europe/London), as `meetingStanding` gives it, without
 * its deadlines: cancelled whatever its date; a meeting known only by its month is held once that
 * month has passed, else upcoming; any other is held, today or upcoming by its date. The planner
 * opens on the next meeting with it before the checks have run.
 */
export function meetingPhase(meeting: Meeting, today: string): MeetingPhase {
  if (monthOnly(meeting)) return phaseByMonth(meeting, today);
  if (meeting.status === "cancelled") return "cancelled";
  const days = daysBetween(today, meeting.date);
  return days < 0 ? "held" : days === 0 ? "today" : "upcoming";
}

/**
 * A meeting's standing on `today`, from its deadlines (`meetingDeadlines` for the same today
 * and calendar). Pure; dates are YYYY-MM-DD. A meeting known only by its month (`2024-01`) has
 * no deadlines (pass none): it is upcoming, its date to be confirmed, counted to its month's
 * first day, until that month has passed.
 */
export function meetingStanding(
  meeting: Meeting,
  deadlines: MeetingDeadlines | undefined,
  options: StandingOptions,
): MeetingStanding {
  const { today, calendar } = options;
  if (monthOnly(meeting) || !deadlines) {
    const phase = phaseByMonth(meeting, today);
    return {
      meeting: meeting.date,
      meetingId: meeting.id,
      phase,
      dateToBeConfirmed: phase === "upcoming",
      daysToMeeting: daysBetween(today, meeting.date.length === 7 ? `${meeting.date}-01` : meeting.date),
      risk: "none",
    };
  }
  const daysToMeeting = daysBetween(today, meeting.date);
  const phase = meetingPhase(meeting, today);
  // Fields in the schema's order, so the JSON reads the same wherever it is printed.
  const head = {
    meeting: meeting.date,
    meetingId: meeting.id,
    phase,
    dateToBeConfirmed: (phase === "today" || phase === "upcoming") && meeting.dateConfirmed === false,
    daysToMeeting,
  };
  if (phase === "cancelled" || phase === "held") return { ...head, risk: "none" };

  const { papersDeadline, dispatch } = deadlines;
  let next: MeetingStanding["next"];
  if (!papersDeadline.status.overdue) next = { deadline: "papers", status: papersDeadline.status };
  else if (!dispatch.status.overdue) next = { deadline: "dispatch", status: dispatch.status };

  const lawful = dispatch.computed;
  const recordedInTime = dispatch.stated !== undefined && dispatch.stated <= lawful;
  let missed: MeetingStanding["missed"];
  if (lawful < today && !recordedInTime) {
    const agendaOut = dispatch.stated !== undefined && dispatch.stated < today;
    const until = agendaOut ? dispatch.stated! : today;
    const workingDaysLate = Math.max(1, -deadlineStatus(lawful, until, calendar).workingDaysLeft);
    missed = { deadline: "dispatch", lawful, workingDaysLate, agendaOut };
  }
  const risk: StandingRisk = missed
    ? "missed"
    : next && next.status.workingDaysLeft <= AT_RISK_WORKING_DAYS
      ? "at-risk"
      : "none";
  return { ...head, ...(next ? { next } : {}), ...(missed ? { missed } : {}), risk };
}

/** The words for the plain phases, and for a provisional date (the iCal feeds title a tentative meeting with it). */
export const STANDING_LABELS = {
  cancelled: "cancelled",
  held: "held",
  today: "today",
  dateToBeConfirmed: "date to be confirmed",
} as const;

/** "in 5 days (3 working)", "today". */
function when(status: DeadlineStatus): string {
  if (status.daysLeft === 0) return "today";
  return `in ${plural(status.daysLeft, "day")} (${status.workingDaysLeft} working)`;
}

/** "3wd", "today". */
function whenCompact(status: DeadlineStatus): string {
  return status.daysLeft === 0 ? "today" : `${status.workingDaysLeft}wd`;
}

const NEXT_WORDS = { papers: "papers due", dispatch: "dispatch" } as const;

/**
 * A standing in words, the same wherever it is shown:
 * "held", "cancelled", "papers due in 36 days (26 working)", "dispatch today",
 * "agenda out; meeting in 7 days", "agenda out; meeting today",
 * "dispatch 2 working days late; meeting in 4 days", "agenda out 1 working day late; meeting in 3 days",
 * each after "date to be confirmed; " when the date is provisional.
 * `compact` gives the same reading in a dozen characters for a narrow column:
 * "papers 26wd", "dispatch today", "agenda out", "dispatch 2wd late", "today", "TBC · papers 26wd".
 * @example
 * const meeting = index.findMeeting("2023-01-16")!;
 * const today = "2023-01-09";
 * const calendar = calendarFor(programme.commission);
 * standingWords(meetingStanding(meeting, meetingDeadlines(index, meeting, { today }), { today, calendar })); // "agenda out; meeting in 7 days"
 */
export function standingWords(standing: MeetingStanding, options: { compact?: boolean } = {}): string {
  const { phase } = standing;
  if (phase === "cancelled" || phase === "held") return STANDING_LABELS[phase];
  const compact = options.compact === true;
  // A month with no day yet: no deadlines to count.
  if (standing.meeting.length === 7) return compact ? "TBC" : `${STANDING_LABELS.dateToBeConfirmed}; no deadlines yet`;
  const tbc = standing.dateToBeConfirmed ? (compact ? "TBC · " : `${STANDING_LABELS.dateToBeConfirmed}; `) : "";
  if (compact) {
    if (phase === "today") return `${tbc}${STANDING_LABELS.today}`;
    const { missed, next } = standing;
    if (missed) return `${tbc}${missed.agendaOut ? "agenda out" : "dispatch"} ${missed.workingDaysLate}wd late`;
    if (next) return `${tbc}${next.deadline} ${whenCompact(next.status)}`;
    return `${tbc}agenda out`;
  }
  const meeting = phase === "today" ? "meeting today" : `meeting in ${plural(standing.daysToMeeting, "day")}`;
  const { missed, next } = standing;
  if (missed) {
    const late = `${plural(missed.workingDaysLate, "working day")} late`;
    return `${tbc}${missed.agendaOut ? `agenda out ${late}` : `dispatch ${late}`}; ${meeting}`;
  }
  if (next) return `${tbc}${NEXT_WORDS[next.deadline]} ${when(next.status)}`;
  return `${tbc}agenda out; ${meeting}`;
}
