import { type ChecksAction, checks } from "./checks.js";
import { say } from "./common.js";
import { type EditingAction, editing } from "./editing.js";
import { type ExportAction, exporting } from "./export.js";
import { type FormAction, forms } from "./forms.js";
import { type ListAction, lists } from "./lists.js";
import { type NavigationAction, navigation } from "./navigation.js";
import { declineRecovery, type PersistenceAction, persistence } from "./persistence.js";
import { PLANNING_BUSY, type ReviewAction, review } from "./review.js";
import { type CommonAction, concernReducer, type PlannerState } from "./types.js";

/** Every action, concern by concern. */
export type Action =
  | NavigationAction
  | EditingAction
  | FormAction
  | ListAction
  | PersistenceAction
  | ExportAction
  | ReviewAction
  | ChecksAction
  | CommonAction;

/**
 * The planner's reducer: one per concern (navigation, editing, forms, lists, persistence, export, review, checks),
 * combined here with what they share: a message lasts until the next key, nothing changes the
 * programme under the auto-planner's feet, and Esc leaves whatever mode the planner is in.
 */

const common = concernReducer<CommonAction>({
  cancel: (s) => {
    if (s.mode.kind === "recover") return declineRecovery(s);
    if (s.mode.kind === "planning")
      return say({ ...s, mode: { kind: "normal" } }, "Auto-plan stopped: nothing changed");
    if (s.mode.kind === "review")
      return say({ ...s, mode: { kind: "normal" } }, "Auto-plan discarded: nothing changed");
    if (s.mode.kind === "normal" && s.focus !== "year") return { ...s, focus: "year" };
    if (s.mode.kind === "form" || s.mode.kind === "confirm-leave") return forms(s, { type: "form-leave" });
    if (s.mode.kind === "list" || s.mode.kind === "confirm-delete") return { ...s, mode: s.mode.back };
    return { ...s, mode: { kind: "normal" } };
  },
  notice: (s, a) => say(s, a.text, a.tone),
});

/** Every concern's reducer; each action type belongs to exactly one. */
export const CONCERNS = { navigation, editing, forms, lists, persistence, exporting, review, checks, common } as const;

const REDUCERS = Object.values(CONCERNS);

export function reduce(state: PlannerState, action: Action): PlannerState {
  // Progress is no key, nor is what a form's field reports, nor the checks coming in: the message on screen stays.
  if (action.type === "autoplan-progress") return review(state, action);
  if (action.type === "checks-ready") return checks(state, action);
  if (action.type === "form-field") return forms(state, action);
  // A message lasts until the next key.
  const s: PlannerState = state.message ? { ...state, message: undefined } : state;
  // Nothing changes the programme under the auto-planner's feet.
  if (s.mode.kind === "planning" && (action.type === "edit" || action.type === "undo" || action.type === "redo"))
    return say(s, PLANNING_BUSY);
  const concern = REDUCERS.find((r) => r.handles.has(action.type));
  if (!concern) throw new Error(`no reducer handles ${action.type}`);
  return (concern as (state: PlannerState, action: Action) => PlannerState)(s, action);
}
