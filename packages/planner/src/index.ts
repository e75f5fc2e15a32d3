export { type CommitteeCalendarEdits, calendarEdits } from "./calendar/calendar-edits.js";
export { meetingIdFor } from "./calendar/meeting-id.js";
export {
  buildCalendarLp,
  CALENDAR_COSTS,
  type CalendarBody,
  type CalendarOptions,
  type CalendarProposal,
  type Candidate,
  type ProposedMeeting,
  proposeCalendar,
  proposedFolder,
} from "./calendar/propose-calendar.js";
export { isPlannerError, PlannerError, type PlannerErrorCode } from "./errors.js";
export { type BacklogEntry, backlogReasons } from "./explain/backlog-reasons.js";
export { type Conflict, type ConflictSearch, type ConflictSearchOptions, findConflicts } from "./explain/conflicts.js";
export {
  type ConflictExplanation,
  describeConflict,
  describeRule,
  explainConflict,
  itemName,
  meetingName,
} from "./explain/explain.js";
export { explainUnscheduled, type UnscheduledExplanation } from "./explain/explain-unscheduled.js";
export { preChecks } from "./explain/pre-checks.js";
export { buildRepairLp, findRepair, REPAIR_PENALTY, type Repair, type RepairStep } from "./explain/repair.js";
export {
  FOLLOW_UP_MINUTES,
  type FollowUpProposal,
  type FollowUpProposals,
  type FollowUpSkip,
  type FollowUpTiming,
  proposeFollowUps,
} from "./follow-ups/propose-follow-ups.js";
export {
  type AutoPlan,
  type AutoplanOptions,
  type AutoplanResult,
  autoplan,
  DEFAULT_TIME_LIMIT,
  planProblem,
} from "./plan/autoplan.js";
export { describeChange } from "./plan/change-text.js";
export { type Clock, KEPT_FOR_LATER, LAG_CAP, monotonicClock } from "./plan/deadline.js";
export { changesOf, type MeetingLoad, meetingLoads, unitsOf } from "./plan/plan-measures.js";
export {
  changeEdit,
  type MoveItemEdit,
  type PlanChange,
  type PlanChangeKind,
  planChanges,
  planEdits,
  plannedProgramme,
} from "./plan/plan-programme.js";
export { SPREAD_TOLERANCE, STABILITY_TOLERANCE, type StageName, type StageReport } from "./plan/stages.js";
export { type VerifyOptions, verifyPlan } from "./plan/verify-plan.js";
export { type AlongsidePair, alongsidePairs } from "./problem/alongside.js";
export { type Attendee, attendeesOf, unavailableOn } from "./problem/availability.js";
export { cabinetQaEarliest, cabinetQaNoticeAllows } from "./problem/cabinet-qa-notice.js";
export { type MeetingState, meetingState } from "./problem/fixed-meetings.js";
export { type FollowUpDue, followUpAllows, followUpsDue } from "./problem/follow-up-due.js";
export { type MustReason, mustSchedule } from "./problem/must-schedule.js";
export { extraCabinetQas, isCabinetQa, MAX_CABINET_QA_PER_MEETING } from "./problem/one-cabinet-qa-per-meeting.js";
export { pinnedMeeting } from "./problem/pin.js";
export {
  DOMAIN_KINDS,
  type FixedItem,
  type FixedReason,
  type PlanItem,
  type PlanMeeting,
  type PlanningOptions,
  type PlanningProblem,
  planningProblem,
  type RuleGroup,
  type RuleKind,
} from "./problem/planning-problem.js";
export { inWindow, itemWindow, type Window, windowsOverlap } from "./problem/planning-window.js";
export { type PreparationLimit, preparationAllows, preparationLimit } from "./problem/preparation-lead.js";
export { DEFAULT_PRIORITY, itemPriority, TOPICC_RECOMMENDED, topiccScore } from "./problem/priority.js";
export { itemMinutes, meetingCapacity, meetingLength, type RangeAt } from "./problem/time-budget.js";
export { highsSolver } from "./solve/highs-solver.js";
export {
  allGroups,
  buildLp,
  currentPlacements,
  type LpColumn,
  type LpModel,
  type LpRequest,
  type Objective,
  objectiveValue,
  placementsFrom,
  startFrom,
} from "./solve/model-builder.js";
export type { SolveRequest, SolveResult, Solver, SolveStatus } from "./solve/solver.js";
export { createWorkerSolver, solveInWorker, type WorkerSolver, workerSolver } from "./solve/worker-solver.js";
