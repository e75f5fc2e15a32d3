export { type AgendaFindingsOptions, agendaFindings } from "./agenda-findings.js";
export {
  type AgendaTiming,
  DEFAULT_SLACK_WARNING_MINUTES,
  PROCEDURAL_ITEMS,
  type TimedItem,
  type TimeRange,
  type TimingOptions,
  timeAgenda,
} from "./agenda-timing.js";
export {
  INTEREST_ACTION_LABEL,
  type InterestAction,
  type InterestOutcome,
  interestAction,
  interestAllowsVote,
  interestFindings,
  interestOutcomes,
  leavesForItem,
  type PublicDeclaration,
  publicDeclarations,
  SENSITIVE_NATURE,
} from "./interests.js";
export { FIRST_ITEM_NUMBER, type NumberedSlot, numberedAgenda } from "./numbering.js";
export { type ItemQuorum, quorumByItem, quorumFindings, quorumRequired } from "./quorum.js";
export { frontSheetTime, minutesOfDay, wallTime } from "./wall-time.js";
