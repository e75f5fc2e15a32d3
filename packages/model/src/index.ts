export { applyEdit } from "./apply-edit.js";
export {
  describeCharacter,
  isRefusedCharacter,
  printable,
  quoted,
  type RefusedCharacter,
  refusedCharacterMessage,
  refusedCharacters,
  withoutRefusedCharacters,
} from "./characters.js";
export { Commission, CommissionKind, Contact, DeadlineRules, QuorumRule } from "./commission.js";
export { crossReferenceProblems, type ReferenceProblem } from "./cross-references.js";
export { type DecodeResult, decodeUtf8, firstInvalidUtf8, utf8Length } from "./decode-programme.js";
export { describeEdit } from "./describe-edit.js";
export { isModelError, ModelError, type ModelErrorCode, ProgrammeEditError } from "./errors.js";
export { ProgrammeEvent, ProgrammeEventKind } from "./event.js";
export {
  AGENDA_ENTRY_FIELD_LABELS,
  COMMISSION_FIELD_LABELS,
  EVENT_FIELD_LABELS,
  ITEM_FIELD_LABELS,
  MEETING_FIELD_LABELS,
  PEOPLE_GROUP_LABELS,
  PERSON_FIELD_LABELS,
  RECOMMENDATION_FIELD_LABELS,
} from "./field-labels.js";
export { Finding, FindingCode, findingAt, sortFindings } from "./finding.js";
export { FINDING_CATALOGUE, FINDING_CODES, findingDoc } from "./finding-codes.js";
export type { FindingDoc, FindingFamily } from "./finding-doc.js";
export { idFromName } from "./id-from-name.js";
export { Declaration, Dispensation, DispensationScope, RegulatoryMatter } from "./interest.js";
export { issueMessage } from "./issue-message.js";
export { CabinetQA, Item, ItemStatus, Preparation, PreparationKind, Topicc } from "./item.js";
export { programmeJsonSchema } from "./json-schema.js";
export {
  type BankHolidayCalendarName,
  type Citation,
  type CommissionLaw,
  commissionLaw,
  JURISDICTIONS,
  Jurisdiction,
  type JurisdictionRules,
  type LawInput,
  RemoteAttendance,
} from "./jurisdiction.js";
export { kindFromName } from "./kind-from-name.js";
export {
  FIRST_PROGRAMME_YEAR,
  LAST_PROGRAMME_YEAR,
  MAX_ITEM_MINUTES,
  type ProgrammeLimits,
  programmeLimits,
} from "./limits.js";
export { LinkFollowUpEdit } from "./link-follow-up.js";
export {
  AGENDA_OUTCOME_LABELS,
  AgendaEntry,
  AgendaEntryRecord,
  AgendaOutcome,
  Attendance,
  AttendanceRecorded,
  agendaItemId,
  agendaOutcome,
  entryOutcomes,
  entryRecorded,
  Meeting,
  MeetingStatus,
  monthOnly,
  SubstituteAttendance,
} from "./meeting.js";
export { cancelMeeting, type MeetingDates, moveMeeting, reinstateMeeting } from "./move-meeting.js";
export { newId } from "./new-id.js";
export {
  closingHeadings,
  HACKNEY_ORDER,
  meetingOrder,
  type NumberedHeading,
  type OrderEntry,
  type OrderLayout,
  OrderOfBusiness,
  orderLayout,
  PROCEDURAL_TITLES,
  ProceduralHeading,
  ProceduralKind,
  PublicQuestionsNotice,
  publicQuestionsHeading,
} from "./order-of-business.js";
export { MeetingAction, WrittenAnswer } from "./outcomes.js";
export {
  decodeProgramme,
  formatPath,
  formatProgrammeError,
  type ParseOptions,
  type ParseResult,
  type ProgrammeError,
  parseProgramme,
  parseYamlFile,
  type YamlFileKind,
  type YamlParseResult,
} from "./parse-programme.js";
export {
  CabinetMember,
  CoOptee,
  CoOpteeVoting,
  Councillor,
  Officer,
  type Person,
  Substitute,
  sitsOn,
} from "./people.js";
export {
  type FoundPlaceholder,
  findPlaceholders,
  isPlaceholder,
  PLACEHOLDER_MARK,
  placeholder,
} from "./placeholder.js";
export {
  DateOrMonth,
  formatMinutes,
  Id,
  IsoDate,
  IsoMonth,
  LINE_PATTERN,
  Line,
  Minutes,
  type MinutesRange,
  MunicipalYear,
  minutesRange,
  PageRange,
  TEXT_PATTERN,
  Text,
  WallTime,
  WebAddress,
} from "./primitives.js";
export { Programme, type ProgrammeInput } from "./programme.js";
export {
  AgendaEntryFields,
  CommissionFields,
  EventFields,
  ItemFields,
  MeetingFields,
  PEOPLE_SCHEMAS,
  PeopleGroup,
  ProgrammeEdit,
  RecommendationFields,
} from "./programme-edit.js";
export {
  type AgendaSlot,
  ASSUMED_MEETING_MINUTES,
  FIRST_ITEM_NUMBER,
  indexProgramme,
  type MeetingTimes,
  type Membership,
  meetingsInOrder,
  meetingTimes,
  type NumberedSlot,
  type PlannedEndSource,
  type ProgrammeIndex,
} from "./programme-index.js";
export { type PathComment, type ProgrammeTextOptions, programmeText } from "./programme-text.js";
export type { EditableFields } from "./record-fields.js";
export { type RecordedOutcome, recordedOutcomes } from "./recorded-outcomes.js";
export { fillFromRegister, type RegisterFill } from "./register-fill.js";
export {
  ADDRESSEE_KIND_LABELS,
  Addressee,
  AddresseeKind,
  addresseeLabel,
  FollowUp,
  IMPLEMENTATION_STATUS_LABELS,
  Implementation,
  ImplementationStatus,
  RESPONSE_DECISION_LABELS,
  Recommendation,
  RecommendationResponse,
  ResponseDecision,
  Review,
  ReviewKind,
  recommendationAddressee,
} from "./review.js";
export { Severity } from "./severity.js";
export { applyEditToSource, editProgramme, spliceSource } from "./splice-source.js";
export {
  bodyWord,
  eventKindLabel,
  type InterestKind,
  ITEM_STATUS_LABELS,
  ITEM_STATUS_MEANINGS,
  interestKindLabel,
  listJoin,
  memberRoleLabel,
  plural,
  pluralInWords,
  SENSITIVE_INTEREST,
  SENSITIVE_NATURE,
} from "./wording.js";
export {
  setYamlField,
  type YamlNode,
  yamlEntryId,
  yamlFlowSeq,
  yamlIds,
  yamlMapById,
  yamlSeq,
  yamlValue,
} from "./yaml-nodes.js";
