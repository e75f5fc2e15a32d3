export {
  dateOrMonthWords,
  dayMonthYear,
  itemTime,
  longDate,
  meetingTime,
  monthName,
  type ShortDateOptions,
  shortDate,
} from "./council-wording.js";
export {
  DatesError,
  type DatesErrorCode,
  InvalidDateError,
  InvalidMunicipalYearError,
  InvalidTimeError,
  isDatesError,
} from "./errors.js";
export {
  type Disambiguation,
  type LondonInstant,
  type LondonInstantOptions,
  type LondonWallClock,
  londonInstant,
  londonWallClock,
  todayInLondon,
  type WallTimeKind,
} from "./london-time.js";
export {
  formatMunicipalYear,
  isMunicipalYear,
  type MunicipalYearBounds,
  municipalYearBounds,
  municipalYearOf,
  nextMunicipalYear,
  parseMunicipalYear,
} from "./municipal-year.js";
export {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfYear,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  lastDayOfMonth,
  toDayNumber,
  weekdayOf,
  weekdayOfDayNumber,
  yearOf,
  yearOfDayNumber,
} from "./plain-date.js";
export { isWallTime, LAST_MINUTE, minutesOfDay, wallTime } from "./wall-clock.js";
export { LONDON } from "./zone.js";
