/** The planner's state and its reducers, one per concern. */

export { type ChecksAction, isChecking } from "./checks.js";
export {
  type EditingAction,
  nextOutcome,
  nextStatus,
  parseMinutesInput,
  promptDate,
  stepMinutes,
} from "./editing.js";
export type { ExportAction } from "./export.js";
export { type FormAction, focusedField, focusOrder, formContext, formFields } from "./forms.js";
export { initialState, type OpeningOptions } from "./init.js";
export { type ListAction, listRows } from "./lists.js";
export type { NavigationAction } from "./navigation.js";
export { journalFor, type PersistenceAction } from "./persistence.js";
export {
  type Decision,
  decisionCounts,
  hasChanges,
  type NoPlanProposal,
  type PlanProposal,
  type Proposal,
  type ProposedChange,
  type ReviewRow,
  type ReviewRowKind,
  reviewRows,
  type WaitingItem,
} from "./proposal.js";
export { type Action, CONCERNS, reduce } from "./reduce.js";
export { PLANNING_BUSY, type ReviewAction } from "./review.js";
export {
  agendaIds,
  backlogIds,
  backlogPane,
  current,
  indexOf,
  isDirty,
  moveTargets,
  programmeOf,
  selectedItem,
  selectedMeeting,
  unsavedCount,
} from "./selectors.js";
export { checkedSnapshot, reportOf, snapshotOf } from "./snapshot.js";
export {
  type CommonAction,
  type ExportKind,
  type Message,
  type Mode,
  PANES,
  type Pane,
  type PlannerInit,
  type PlannerState,
  type Snapshot,
} from "./types.js";
