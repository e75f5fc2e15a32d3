export { Commission, Contact, DeadlineRules, QuorumRule } from "./commission.js";
export { crossReferenceProblems, municipalYearBounds, type ReferenceProblem } from "./cross-references.js";
export { Finding, Severity, sortFindings } from "./finding.js";
export { Declaration, Dispensation, DispensationScope, RegulatoryMatter } from "./interest.js";
export { CabinetQA, Item, ItemStatus, Preparation, PreparationKind, Topicc } from "./item.js";
export { programmeJsonSchema } from "./json-schema.js";
export {
  type AgendaSlot,
  agendaOf,
  findMeeting,
  itemsById,
  meetingOfItem,
  meetingsInOrder,
  meetingTimes,
  type Person,
  peopleById,
} from "./lookup.js";
export { AgendaEntry, Attendance, agendaItemId, Meeting, MeetingStatus } from "./meeting.js";
export {
  formatPath,
  formatProgrammeError,
  type ParseResult,
  type ProgrammeError,
  parseProgramme,
} from "./parse-programme.js";
export { CabinetMember, CoOptee, Councillor, Officer } from "./people.js";
export {
  formatMinutes,
  Id,
  IsoDate,
  IsoMonth,
  Minutes,
  type MinutesRange,
  MunicipalYear,
  minutesRange,
  PageRange,
  WallTime,
} from "./primitives.js";
export { Programme, type ProgrammeInput } from "./programme.js";
export {
  applyEdit,
  applyEditToSource,
  describeEdit,
  ProgrammeEdit,
  ProgrammeEditError,
  spliceSource,
} from "./programme-edits.js";
