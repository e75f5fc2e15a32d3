export { dayMonthYear, itemTime, longDate, meetingTime } from "./council-dates.js";
export { escapeMarkdown, markdownLink } from "./escape-markdown.js";
export { type FrontSheet, type FrontSheetDeclaration, type FrontSheetItem, frontSheet } from "./front-sheet.js";
export { frontSheetHtml } from "./front-sheet-html.js";
export { frontSheetMarkdown } from "./front-sheet-markdown.js";
export { backlogHeading, nextMunicipalYear } from "./municipal-year.js";
export type { DocumentOptions } from "./options.js";
export {
  type DeadlineCell,
  type WorkProgramme,
  type WorkProgrammeItem,
  type WorkProgrammeMeeting,
  workProgramme,
} from "./work-programme.js";
export { workProgrammeHtml } from "./work-programme-html.js";
export { workProgrammeMarkdown } from "./work-programme-markdown.js";
