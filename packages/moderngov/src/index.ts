export { type AttendanceMark, type AttendeeKind, attendanceMark, attendeeKind } from "./attendance.js";
export { chooseCommittee } from "./choose-committee.js";
export {
  isModernGovError,
  ModernGovError,
  type ModernGovErrorCode,
  ModernGovImportError,
  type ModernGovImportErrorCode,
  ModernGovMergeError,
  type ModernGovMergeErrorCode,
  ModernGovResponseError,
  type ModernGovResponseErrorCode,
} from "./errors.js";
export { itemNoteLines, NOTE_PREFIX } from "./import-item.js";
export { importedId, importedPrefix } from "./imported-ids.js";
export { ModernGovStatus, readMeetingStatus, type StatusReading } from "./meeting-status.js";
export { type MergeResult, mergeImport } from "./merge.js";
export type { MergeChange } from "./merge-context.js";
export { parseResponse } from "./parse-response.js";
export { isProceduralTitle } from "./procedural.js";
export { programmeYaml } from "./programme-yaml.js";
export {
  AgendaItem,
  Attendee,
  Committee,
  CommitteeMeetings,
  LinkedDocument,
  MeetingDetail,
  MeetingSummary,
  ModernGovResponse,
  ResponseKind,
  type SourcedResponse,
  TermOfOffice,
  UnreadElement,
  WardCouncillor,
} from "./records.js";
export { ImportNote, ImportNoteCode, NOTE_LABELS } from "./report.js";
export {
  committeePage,
  type ModernGovRequest,
  type ModernGovSite,
  modernGovSite,
  requestUrl,
  siteKey,
  siteOfResponses,
} from "./site.js";
export { type ImportOptions, type ImportResult, importProgramme } from "./to-programme.js";
export { htmlText, mgBoolean, mgCount, mgDate, mgDateParam, mgText, mgTime, plainLine } from "./values.js";
