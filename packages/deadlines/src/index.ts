/**
 * Moving and cancelling a meeting: the one rule of `@scrutineer/model` (move-meeting.ts), which
 * the programme edits also apply; re-exported here beside the slots it moves.
 */
export { cancelMeeting, moveMeeting } from "@scrutineer/model";
export { actionFindings } from "./action-due.js";
export { englandAndWalesProclamations, type Proclamation } from "./bank-holiday-proclamations.js";
export {
  SCOTLAND_UNVERIFIED,
  scotlandNotProclaimed,
  scotlandProclamations,
} from "./bank-holiday-proclamations-scotland.js";
export { type RegularHoliday, regularEnglandAndWales } from "./bank-holiday-rules.js";
export { regularScotland } from "./bank-holiday-rules-scotland.js";
export {
  BankHoliday,
  BankHolidayCalendar,
  type BankHolidayErrorCode,
  BankHolidaySource,
  BankHolidaysNotCoveredError,
  BankHolidayYear,
  bankHolidayCoverage,
  bankHolidayOn,
  bankHolidaySource,
  bankHolidaysInYear,
  bankHolidayYears,
  bundledBankHolidays,
  englandAndWalesFromRules,
  isBankHoliday,
  scotlandFromRules,
} from "./bank-holidays.js";
export { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";
export { beyondMunicipalYearFinding } from "./beyond-municipal-year.js";
export { cabinetNoticeDue, cabinetNoticeFinding } from "./cabinet-notice.js";
export {
  type ClearDaysOptions,
  type DispatchFindingsOptions,
  dispatchFindings,
  ENGLAND_CLEAR_DAYS,
  isLawfulDispatch,
  latestDispatch,
  WALES_CLEAR_DAYS,
} from "./clear-days.js";
export { dateToBeConfirmedFinding } from "./date-to-be-confirmed.js";
export { DeadlineStatus, deadlineStatus } from "./deadline-status.js";
export { DeadlinesError, type DeadlinesErrorCode, isDeadlinesError, SlotRuleError } from "./errors.js";
export { lateItemFindings } from "./late-items.js";
export { meetingDayFindings } from "./meeting-day.js";
export {
  CabinetNotice,
  type DeadlineOptions,
  deadlineFindings,
  MeetingDeadlines,
  meetingDateFindings,
  meetingDateNotes,
  meetingDeadlines,
  PublicQuestionsDue,
  StatedDeadline,
} from "./meeting-deadlines.js";
export {
  AT_RISK_WORKING_DAYS,
  MeetingPhase,
  MeetingStanding,
  meetingPhase,
  meetingStanding,
  STANDING_LABELS,
  type StandingOptions,
  StandingRisk,
  standingWords,
} from "./meeting-standing.js";
export {
  meetingsBlock,
  type NewProgramme,
  type NewProgrammeAnswers,
  type NewProgrammeOptions,
  newProgramme,
  type SlotDeadlineRules,
  shortNameOf,
} from "./new-programme.js";
export {
  type PapersDeadlineFindingsOptions,
  type PapersDeadlineOptions,
  papersDeadline,
  papersDeadlineFindings,
} from "./papers-deadline.js";
export { type PublicQuestionsDeadline, publicQuestionsDeadline } from "./public-questions.js";
export {
  monthsBeginningWith,
  RESPONSE_RULES,
  type ResponseDue,
  type ResponseRule,
  responseDue,
  responseFindings,
} from "./response-due.js";
export { parseRrule, parseRuleWords, parseSlotRule, SlotRule } from "./slot-rule.js";
export {
  type DateRange,
  type GenerateSlotsOptions,
  generateSlots,
  ruleDates,
  SkippedSlot,
  Slot,
  SlotPlan,
  slotsToMeetings,
} from "./slots.js";
export {
  calendarFor,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  workingCalendar,
} from "./working-calendar.js";
export { writtenAnswerFindings } from "./written-answer-due.js";
