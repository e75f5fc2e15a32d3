import { commissionForm } from "./commission-form.js";
import { eventForm } from "./event-form.js";
import { itemForm } from "./item-form.js";
import { meetingForm } from "./meeting-form.js";
import { actionForm, outcomeForm, writtenAnswerForm } from "./outcome-forms.js";
import { personForm } from "./person-form.js";
import { recommendationForm } from "./recommendation-form.js";
import { attendanceForm, declarationForm, preparationForm } from "./record-forms.js";
import type { FormSpec, FormTarget } from "./types.js";

export { declarationText, preparationText } from "./record-forms.js";
export type {
  Choice,
  FieldSpec,
  FieldValue,
  FormContext,
  FormSpec,
  FormState,
  FormTarget,
  FormValues,
  ListTarget,
  Placement,
  SubmitResult,
} from "./types.js";
export { edited, LINE_BREAK, same } from "./values.js";

/** Every form, by the kind of record it edits: a new kind of record is one more line here. */
const FORMS: { [K in FormTarget["kind"]]: FormSpec<Extract<FormTarget, { kind: K }>> } = {
  item: itemForm,
  meeting: meetingForm,
  person: personForm,
  attendance: attendanceForm,
  declaration: declarationForm,
  preparation: preparationForm,
  commission: commissionForm,
  event: eventForm,
  recommendation: recommendationForm,
  outcome: outcomeForm,
  action: actionForm,
  "written-answer": writtenAnswerForm,
};

/** The form for a target. */
export function formFor<T extends FormTarget>(target: T): FormSpec<T> {
  return FORMS[target.kind] as unknown as FormSpec<T>;
}
