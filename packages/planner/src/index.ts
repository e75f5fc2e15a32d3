export { type AlongsidePair, alongsidePairs } from "./alongside.js";
export {
  type AutoPlan,
  type AutoplanOptions,
  type AutoplanResult,
  autoplan,
  type BacklogEntry,
  backlogReasons,
  changesOf,
  type MeetingLoad,
  meetingLoads,
  planProblem,
  SPREAD_TOLERANCE,
  STABILITY_TOLERANCE,
  type StageName,
  type StageReport,
  unitsOf,
} from "./autoplan.js";
export { type Attendee, attendeesOf, unavailableOn } from "./availability.js";
export { cabinetQaEarliest, cabinetQaNoticeAllows } from "./cabinet-qa-notice.js";
export { describeChange } from "./change-text.js";
export { type Conflict, type ConflictSearch, type ConflictSearchOptions, findConflicts } from "./conflicts.js";
export { describeConflict, describeRule, itemName, meetingName } from "./explain.js";
export { explainUnscheduled, type UnscheduledExplanation } from "./explain-unscheduled.js";
export { type MeetingState, meetingState } from "./fixed-meetings.js";
export { highsSolver } from "./highs-solver.js";
export {
  allGroups,
  buildLp,
  currentPlacements,
  type LpColumn,
  type LpModel,
  type LpRequest,
  type Objective,
  placementsFrom,
  startFrom,
} from "./model-builder.js";
export { type MustReason, mustSchedule } from "./must-schedule.js";
export { extraCabinetQas, isCabinetQa, MAX_CABINET_QA_PER_MEETING } from "./one-cabinet-qa-per-meeting.js";
export { pinnedMeeting } from "./pin.js";
export {
  changeEdit,
  type MoveItemEdit,
  type PlanChange,
  type PlanChangeKind,
  planChanges,
  planEdits,
  plannedProgramme,
} from "./plan-programme.js";
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
} from "./planning-problem.js";
export { inWindow, itemWindow, type Window, windowsOverlap } from "./planning-window.js";
export { preChecks } from "./pre-checks.js";
export { type PreparationLimit, preparationAllows, preparationLimit } from "./preparation-lead.js";
export { DEFAULT_PRIORITY, itemPriority, TOPICC_RECOMMENDED, topiccScore } from "./priority.js";
export { buildRepairLp, findRepair, REPAIR_PENALTY, type Repair, type RepairStep } from "./repair.js";
export type { SolveRequest, SolveResult, Solver, SolveStatus } from "./solver.js";
export { itemMinutes, meetingCapacity, meetingLength, type RangeAt } from "./time-budget.js";
export { type VerifyOptions, verifyPlan } from "./verify-plan.js";
export { createWorkerSolver, solveInWorker, type WorkerSolver, workerSolver } from "./worker-solver.js";
