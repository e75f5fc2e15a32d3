import {
  type AgendaTiming,
  mustLeaveFindings,
  quorumFindings,
  type TimingOptions,
  timeAgenda,
} from "@scrutineer/agenda";
import {
  calendarFor,
  type MeetingDeadlines,
  type MeetingStanding,
  meetingDateNotes,
  meetingDeadlines,
  meetingStanding,
  type WorkingCalendar,
} from "@scrutineer/deadlines";
import { type Finding, type FindingFamily, type Meeting, monthOnly, type ProgrammeIndex } from "@scrutineer/model";

/** The families of rules that speak about one meeting, in the order their findings come. */
export const MEETING_FAMILIES = [
  "timing",
  "interests",
  "quorum",
  "deadlines",
] as const satisfies readonly FindingFamily[];
/** One family of meeting rules: `"timing"`, `"interests"`, `"quorum"` or `"deadlines"`. */
export type MeetingFamily = (typeof MEETING_FAMILIES)[number];

/** Options of `meetingFindings` and `meetingReport`. */
export interface MeetingFindingsOptions extends TimingOptions {
  /** Today's date (YYYY-MM-DD, Europe/London): the only notion of "now" the checks use. */
  today: string;
  /** Run only these families of rules (default: all of `MEETING_FAMILIES`), e.g. the agenda's own. */
  only?: readonly MeetingFamily[];
  /** The commission's working calendar, to reuse across meetings (default: `calendarFor(commission)`). */
  calendar?: WorkingCalendar;
}

/** One meeting as the checks see it: what they computed on the way to its findings. */
export interface MeetingReport {
  meeting: Meeting;
  /** `timeAgenda`: start times, finish and slack. */
  timing: AgendaTiming;
  /**
   * `meetingDeadlines`: dispatch, papers deadline, Cabinet Q&A notices, each against today; absent
   * for a meeting known only by its month (its day is to be confirmed, so it has none yet).
   */
  deadlines?: MeetingDeadlines;
  /** `meetingStanding`: held, today, cancelled or upcoming, the next deadline, at risk or missed. */
  standing: MeetingStanding;
  /** Every finding about the meeting, as `meetingFindings` gives them (unsorted). */
  findings: Finding[];
}

function timingOptions(options: TimingOptions): TimingOptions {
  return options.slackWarningMinutes === undefined ? {} : { slackWarningMinutes: options.slackWarningMinutes };
}

/**
 * The findings of the families asked for, in `MEETING_FAMILIES` order; timing and deadlines
 * computed only if asked for. The deadlines family also notes a meeting after the municipal year
 * and, for a month with no day (no deadlines yet), that its date is to be confirmed.
 */
function assemble(
  index: ProgrammeIndex,
  meeting: Meeting,
  run: ReadonlySet<MeetingFamily>,
  parts: { timing: () => AgendaTiming; deadlines: () => MeetingDeadlines | undefined },
): Finding[] {
  const findings: Finding[] = [];
  if (run.has("timing")) findings.push(...parts.timing().findings);
  if (run.has("interests")) findings.push(...mustLeaveFindings(index, meeting));
  if (run.has("quorum")) findings.push(...quorumFindings(index, meeting));
  if (run.has("deadlines"))
    findings.push(
      ...meetingDateNotes(meeting, index.programme.commission.municipalYear),
      ...(parts.deadlines()?.findings ?? []),
    );
  return findings;
}

/**
 * Every finding about one meeting, from every rule that speaks about a meeting: its agenda's
 * timing, who must leave for an interest, voting and quorum, and its deadlines, in that order
 * (unsorted: `sortFindings` puts errors first). `scrutineer check` (through `checkProgramme`),
 * `scrutineer agenda`, `scrutineer interests` and the planner all read a meeting's findings here.
 *
 * @example
 * const meeting = index.findMeeting("2023-01-16")!;
 * meetingFindings(index, meeting, { today: "2023-01-09" }).length; // 6
 * meetingFindings(index, meeting, { today: "2023-01-09", only: ["timing"] }).length; // 5: not the deadlines' one
 */
export function meetingFindings(index: ProgrammeIndex, meeting: Meeting, options: MeetingFindingsOptions): Finding[] {
  const calendar = () => options.calendar ?? calendarFor(index.programme.commission);
  return assemble(index, meeting, new Set(options.only ?? MEETING_FAMILIES), {
    timing: () => timeAgenda(index, meeting, timingOptions(options)),
    deadlines: () =>
      monthOnly(meeting) ? undefined : meetingDeadlines(index, meeting, { today: options.today, calendar: calendar() }),
  });
}

/**
 * One meeting's findings (every family) together with the timing, deadlines and standing they
 * were read from, so that a screen showing them does not compute them again.
 */
export function meetingReport(
  index: ProgrammeIndex,
  meeting: Meeting,
  options: Omit<MeetingFindingsOptions, "only">,
): MeetingReport {
  const { today } = options;
  const calendar = options.calendar ?? calendarFor(index.programme.commission);
  const timing = timeAgenda(index, meeting, timingOptions(options));
  const deadlines = monthOnly(meeting) ? undefined : meetingDeadlines(index, meeting, { today, calendar });
  return {
    meeting,
    timing,
    ...(deadlines ? { deadlines } : {}),
    standing: meetingStanding(meeting, deadlines, { today, calendar }),
    findings: assemble(index, meeting, new Set(MEETING_FAMILIES), { timing: () => timing, deadlines: () => deadlines }),
  };
}
