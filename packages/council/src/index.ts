export { type Committee, type CouncilFolder, councilFolder, parseCommittee } from "./council-committees.js";
export { type CouncilContext, councilContext } from "./council-context.js";
export {
  AvoidDate,
  CommitteeEntry,
  Council,
  Cycle,
  Election,
  Register,
  RegisterCabinetMember,
  RegisterCoOptee,
  RegisterCouncillor,
  RegisterOfficer,
  SupportLoad,
  Venue,
} from "./council-file.js";
export { CouncilFinding } from "./council-finding.js";
export { councilFindings } from "./council-findings.js";
export { type CouncilMeeting, councilMeetings, overlappingPairs, roomOf } from "./council-meetings.js";
export { councilJsonSchema } from "./json-schema.js";
export { councilMeetingFindings } from "./meeting-findings.js";
export { type CouncilParseResult, councilReferenceProblems, parseCouncil, registerFor } from "./parse-council.js";
export { avoidDateFindings } from "./rules/avoid-date.js";
export { cabinetMemberClashFindings } from "./rules/cabinet-member-clash.js";
export { jointMeetingFindings } from "./rules/joint-meeting.js";
export { memberClashFindings } from "./rules/member-clash.js";
export { officerClashFindings } from "./rules/officer-clash.js";
export { preElectionPeriodFindings } from "./rules/pre-election-period.js";
export { supportLoadFindings } from "./rules/support-load.js";
export { venueClashFindings } from "./rules/venue-clash.js";
