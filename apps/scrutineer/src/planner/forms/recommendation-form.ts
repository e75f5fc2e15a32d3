import { shortDate } from "@scrutineer/dates";
import { recommendationRows, recommendationStatusLabel } from "@scrutineer/documents";
import {
  IMPLEMENTATION_STATUS_LABELS,
  ImplementationStatus,
  RESPONSE_DECISION_LABELS,
  type Recommendation,
  Recommendation as RecommendationSchema,
  ResponseDecision,
  type Review,
} from "@scrutineer/model";
import { startingAt } from "./item-form.js";
import type { FieldSpec, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import { changedFields, choice, choices, schemaErrors, textOf, typed, withoutEmpty } from "./values.js";

/**
 * A recommendation's form: what came back and what came of it. The addressee's response (its
 * decision, date and words), how far the recommendation has been carried out (status, evidence,
 * when last reported) and where it is followed up (an item of the programme or a date), and a
 * response date agreed with a partner. When the response is due is worked out by the packages
 * (@scrutineer/deadlines, through the tracker's rows of @scrutineer/documents) and shown, not typed.
 */

type RecommendationTarget = Extract<FormTarget, { kind: "recommendation" }>;

/** The fields the form writes, as `set-recommendation` names them. */
const KEYS = ["responseDue", "response", "implementation", "followUp"] as const;

/** What the form's values make of those fields, checked by the model's schemas. */
const Recorded = RecommendationSchema.pick({ responseDue: true, response: true, implementation: true, followUp: true });

function found(target: RecommendationTarget, context: FormContext): { review: Review; rec: Recommendation } {
  const review = context.index.programme.reviews?.find((r) => r.id === target.review);
  const rec = review?.recommendations.find((r) => r.id === target.recommendation);
  if (!review || !rec) throw new Error(`no recommendation ${target.review}/${target.recommendation}`);
  return { review, rec };
}

function recordFrom(values: FormValues): Record<string, unknown> {
  const part = (record: Record<string, unknown>) => {
    const kept = withoutEmpty(record);
    return Object.keys(kept).length > 0 ? kept : undefined;
  };
  return withoutEmpty({
    responseDue: typed(values.responseDue),
    response: part({
      date: typed(values.responseDate),
      decision: choice(values.decision),
      text: typed(values.responseText),
    }),
    implementation: part({
      status: choice(values.status),
      evidence: typed(values.evidence),
      updated: typed(values.updated),
    }),
    followUp: part({ item: choice(values.followUpItem), due: typed(values.followUpDue) }),
  });
}

export const recommendationForm: FormSpec<RecommendationTarget> = {
  title(target, context) {
    const { review, rec } = found(target, context);
    return `Recommendation ${rec.number} of ${review.title}`;
  },

  initial(target, context) {
    const { rec } = found(target, context);
    return {
      decision: rec.response?.decision ?? "",
      responseDate: textOf(rec.response?.date),
      responseText: textOf(rec.response?.text),
      status: rec.implementation?.status ?? "",
      evidence: textOf(rec.implementation?.evidence),
      updated: textOf(rec.implementation?.updated),
      followUpItem: rec.followUp?.item ?? "",
      followUpDue: textOf(rec.followUp?.due),
      responseDue: textOf(rec.responseDue),
    };
  },

  fields(target, _values, context) {
    const { rec } = found(target, context);
    const initial = this.initial(target, context);
    const row = recommendationRows(context.index, { today: context.today }).find(
      (r) => r.review === target.review && r.id === target.recommendation,
    );
    const due = row?.responseDue ? `${shortDate(row.responseDue)} (${row.responseDueBasis})` : row?.responseDueBasis;
    const none = { value: "", label: "none recorded" };
    const fields: FieldSpec[] = [
      { kind: "note", name: "text", label: "Recommendation", path: [], text: textOf(rec.text) },
      {
        kind: "note",
        name: "due",
        label: "To",
        path: [],
        text: `${row?.to ?? "not stated"} · response due ${due ?? "not known"} · ${row ? recommendationStatusLabel(row.status) : ""}`,
        tone: row?.status === "response-overdue" ? "bad" : "normal",
      },
      {
        kind: "choice",
        name: "decision",
        label: "Response",
        path: ["response", "decision"],
        options: startingAt(
          [none, ...ResponseDecision.options.map((d) => ({ value: d, label: RESPONSE_DECISION_LABELS[d] }))],
          choice(initial.decision),
        ),
      },
      { kind: "text", name: "responseDate", label: "Response dated", path: ["response", "date"], hint: "YYYY-MM-DD" },
      { kind: "text", name: "responseText", label: "Response's words", path: ["response", "text"] },
      {
        kind: "choice",
        name: "status",
        label: "Carried out",
        path: ["implementation", "status"],
        options: startingAt(
          [none, ...ImplementationStatus.options.map((s) => ({ value: s, label: IMPLEMENTATION_STATUS_LABELS[s] }))],
          choice(initial.status),
        ),
      },
      { kind: "text", name: "evidence", label: "Evidence", path: ["implementation", "evidence"] },
      {
        kind: "text",
        name: "updated",
        label: "Last reported",
        path: ["implementation", "updated"],
        hint: "YYYY-MM-DD",
      },
      {
        kind: "choice",
        name: "followUpItem",
        label: "Followed up by",
        path: ["followUp", "item"],
        options: startingAt(
          [{ value: "", label: "no item" }, ...choices(context.index.programme.items, (i) => i.title)],
          choice(initial.followUpItem),
        ),
      },
      {
        kind: "text",
        name: "followUpDue",
        label: "Follow-up due",
        path: ["followUp", "due"],
        hint: "YYYY-MM-DD, while no item is planned",
      },
      {
        kind: "text",
        name: "responseDue",
        label: "Response due (agreed)",
        path: ["responseDue"],
        hint: "YYYY-MM-DD: a partner's date; replaces the computed one",
      },
    ];
    return fields;
  },

  submit(target, values, _initial, context) {
    const { rec } = found(target, context);
    const record = recordFrom(values);
    const errors = schemaErrors(Recorded, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    const before: Record<string, unknown> = withoutEmpty({
      responseDue: rec.responseDue,
      response: rec.response,
      implementation: rec.implementation,
      followUp: rec.followUp,
    });
    const fields = changedFields(before, Recorded.parse(record), KEYS);
    if (Object.keys(fields).length === 0) return { kind: "unchanged" };
    return {
      kind: "edit",
      edit: { type: "set-recommendation", review: target.review, recommendation: target.recommendation, fields },
    };
  },
};
