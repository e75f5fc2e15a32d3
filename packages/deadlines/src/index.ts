export {
  BankHoliday,
  BankHolidaySource,
  BankHolidayYear,
  bankHolidayOn,
  bankHolidaySource,
  bankHolidaysInYear,
  bundledBankHolidays,
  dateHolidaysEnglandWales,
  isBankHoliday,
} from "./bank-holidays.js";
export { englandAndWalesBankHolidays } from "./bank-holidays-england-wales.js";
export { cabinetNoticeDue } from "./cabinet-notice.js";
export {
  type ClearDaysOptions,
  ENGLAND_CLEAR_DAYS,
  isLawfulDispatch,
  latestDispatch,
  WALES_CLEAR_DAYS,
} from "./clear-days.js";
export { DeadlineStatus, deadlineStatus } from "./deadline-status.js";
export { lateItemFindings } from "./late-items.js";
export { meetingDayFindings } from "./meeting-day.js";
export {
  CabinetNotice,
  type DeadlineOptions,
  deadlineFindings,
  MeetingDeadlines,
  meetingDeadlines,
  StatedDeadline,
} from "./meeting-deadlines.js";
export { type PapersDeadlineOptions, papersDeadline } from "./papers-deadline.js";
export {
  addDays,
  dayMonthYear,
  daysBetween,
  formatDate,
  InvalidDateError,
  isIsoDate,
  isWeekend,
  longDate,
  monthName,
  weekdayOf,
} from "./plain-date.js";
export { parseRrule, parseRuleWords, parseSlotRule, SlotRule, SlotRuleError } from "./slot-rule.js";
export {
  cancelMeeting,
  type DateRange,
  type GenerateSlotsOptions,
  generateSlots,
  LONDON,
  londonInstant,
  moveMeeting,
  municipalYearRange,
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
