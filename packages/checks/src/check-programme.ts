import type { TimingOptions } from "@scrutineer/agenda";
import { actionFindings, calendarFor, responseFindings, writtenAnswerFindings } from "@scrutineer/deadlines";
import { type Finding, indexProgramme, type Programme, type ProgrammeIndex, sortFindings } from "@scrutineer/model";
import { deferredItemFindings } from "./deferred-items.js";
import { placementFindings } from "./item-placement.js";
import { type MeetingReport, meetingReport } from "./meeting-findings.js";
import { meetingsSameDateFindings } from "./meetings-same-date.js";
import { placeholderFindings } from "./placeholders.js";
import { followUpFindings } from "./recommendation-follow-up.js";

/**
 * Options of `checkProgramme` and `programmeReport`: `today` (`YYYY-MM-DD`, Europe/London) and the
 * agenda-timing options (`slackWarningMinutes`).
 */
export interface CheckOptions extends TimingOptions {
  /** Today's date (YYYY-MM-DD, Europe/London): the only notion of "now" the checks use. */
  today: string;
}

/** A whole programme as the checks see it: every finding, and each meeting's timing, deadlines and standing. */
export interface ProgrammeReport {
  index: ProgrammeIndex;
  /** Every finding, sorted errors first: exactly `checkProgramme`'s answer. */
  findings: Finding[];
  /** Each meeting's report by meeting id, in date order. */
  meetings: ReadonlyMap<string, MeetingReport>;
}

/**
 * Check an indexed programme and keep what the checks computed on the way: the items'
 * placement (and deferred items that went nowhere), then each meeting's report (`meetingReport`) in date order,
 * then what happened after the meetings (responses to recommendations, actions, written answers, follow-ups). The planner reads its
 * timings, deadlines and standings here instead of calling the rules again.
 */
export function programmeReport(index: ProgrammeIndex, options: CheckOptions): ProgrammeReport {
  const calendar = calendarFor(index.programme.commission);
  const meetings = new Map<string, MeetingReport>();
  for (const meeting of index.meetingsInOrder)
    meetings.set(meeting.id, meetingReport(index, meeting, { ...options, calendar }));
  const findings = sortFindings([
    ...placeholderFindings(index),
    ...placementFindings(index),
    ...deferredItemFindings(index),
    ...meetingsSameDateFindings(index),
    ...[...meetings.values()].flatMap((m) => m.findings),
    // What happened after the meetings: responses to recommendations, actions, written answers.
    ...responseFindings(index, { today: options.today }),
    ...actionFindings(index, { today: options.today }),
    ...writtenAnswerFindings(index, { today: options.today }),
    ...followUpFindings(index),
  ]);
  return { index, findings, meetings };
}

/**
 * Every finding on a programme, from every package, sorted errors first: placeholders left by
 * `scrutineer init`, the items' placement,
 * then each meeting's findings (`meetingFindings`) in date order. Indexes the programme once.
 * The CLI's `check`, the planner's checks panel and CI all read this (the planner through
 * `programmeReport`, which returns the same findings).
 *
 * @example
 * const findings = checkProgramme(programme, { today: "2023-01-09" });
 * findings.filter((f) => f.severity === "error").length; // 0
 * findings[0]?.code; // "item-given-more-time": warnings after errors
 */
export function checkProgramme(programme: Programme, options: CheckOptions): Finding[] {
  return programmeReport(indexProgramme(programme), options).findings;
}
