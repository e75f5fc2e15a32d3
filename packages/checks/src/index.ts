export { type CheckOptions, checkProgramme, type ProgrammeReport, programmeReport } from "./check-programme.js";
export { deferredItemFindings } from "./deferred-items.js";
export { placementFindings } from "./item-placement.js";
export {
  MEETING_FAMILIES,
  type MeetingFamily,
  type MeetingFindingsOptions,
  type MeetingReport,
  meetingFindings,
  meetingReport,
} from "./meeting-findings.js";
export { meetingsSameDateFindings } from "./meetings-same-date.js";
export { placeholderFindings } from "./placeholders.js";
export { followUpFindings } from "./recommendation-follow-up.js";
