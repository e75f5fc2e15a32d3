export {
  type CouncilOverview,
  type CouncilOverviewClash,
  type CouncilOverviewCommittee,
  type CouncilOverviewMeeting,
  type CouncilOverviewOptions,
  councilOverview,
} from "./council-overview.js";
export { councilOverviewHtml } from "./council-overview-html.js";
export { councilOverviewMarkdown, overviewMeetingNotes, SEVERITY_WORD } from "./council-overview-markdown.js";
export {
  type DraftMinutes,
  type DraftMinutesSection,
  draftMinutes,
  draftMinutesMarkdown,
  TO_COMPLETE,
} from "./draft-minutes.js";
export { draftMinutesHtml } from "./draft-minutes-html.js";
export { escapeMarkdown, markdownLink } from "./escape-markdown.js";
export { type FrontSheet, type FrontSheetDeclaration, type FrontSheetItem, frontSheet } from "./front-sheet.js";
export { frontSheetHtml } from "./front-sheet-html.js";
export { frontSheetMarkdown } from "./front-sheet-markdown.js";
export type { DocumentOptions } from "./options.js";
export {
  type RecommendationRow,
  type RecommendationStatus,
  recommendationRows,
  recommendationStatusLabel,
  recommendationsMarkdown,
} from "./recommendations-tracker.js";
export { recommendationsHtml } from "./recommendations-tracker-html.js";
export { backlogHeading } from "./wording.js";
export {
  type DeadlineCell,
  type WorkProgramme,
  type WorkProgrammeEvent,
  type WorkProgrammeItem,
  type WorkProgrammeMeeting,
  workProgramme,
} from "./work-programme.js";
export { workProgrammeHtml } from "./work-programme-html.js";
export { workProgrammeMarkdown } from "./work-programme-markdown.js";
