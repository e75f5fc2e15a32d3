export { OverrunLevel, overrunFinding, overrunLevel } from "./agenda-overrun.js";
export { DEFAULT_SLACK_WARNING_MINUTES, littleSlackFinding } from "./agenda-slack.js";
export { PROCEDURAL_ITEMS, timeAgenda } from "./agenda-timing.js";
export {
  INTEREST_ACTION_LABEL,
  type InterestAction,
  type InterestOutcome,
  interestAction,
  interestOutcomes,
  type PublicDeclaration,
  publicDeclarations,
} from "./interests.js";
export {
  type InterestsReport,
  interestsReport,
  interestsReportText,
  type ReportAttendee,
  type ReportInterest,
  type ReportItem,
  type ReportSubstitute,
} from "./interests-report.js";
export { itemMinutesFinding } from "./item-minutes.js";
export { itemTimeGivenFinding } from "./item-time-given.js";
export { LONGEST_PLAUSIBLE_MINUTES, type PlannedLengthFacts, plannedLengthFindings } from "./planned-length.js";
export {
  type ItemQuorum,
  type MeetingAttendance,
  meetingAttendance,
  quorumByItem,
  quorumFindings,
  quorumRequired,
} from "./quorum.js";
export {
  statedStartDiffers,
  statedStartDiffersFinding,
  statedStartDrift,
  statedStartsOutOfOrderFinding,
} from "./stated-start.js";
export type {
  AgendaTiming,
  ItemMinutes,
  TimedItem,
  TimeRange,
  TimingFacts,
  TimingOptions,
} from "./timing-facts.js";
export { type AttendanceMode, attendanceAllowsVote, entitledToVote, interestAllowsVote } from "./voting-rights.js";
export { leavesForItem, mustLeaveFindings } from "./who-must-leave.js";
