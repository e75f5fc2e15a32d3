import { shortDate } from "@scrutineer/dates";
import { recommendationRows, recommendationStatusLabel } from "@scrutineer/documents";
import { RESPONSE_DECISION_LABELS } from "@scrutineer/model";
import { fit } from "../view/text.js";
import type { ListRow, ListSpec } from "./types.js";

/**
 * Every review's recommendations, in the file's order: the number, whom it is addressed to, when
 * the response is due (worked out by @scrutineer/deadlines, as the tracker shows it), the response
 * and where it stands. Enter records the response, how far it is carried out and its follow-up.
 * Recommendations themselves come with their review (in the file): none is added or deleted here.
 */
export const recommendationsList: ListSpec<{ kind: "recommendations" }> = {
  title: (_target, context) => {
    const reviews = context.index.programme.reviews ?? [];
    const count = reviews.reduce((n, r) => n + r.recommendations.length, 0);
    return `Recommendations: ${count} of ${reviews.length} review${reviews.length === 1 ? "" : "s"}`;
  },
  header: () => [],
  footer: () => [
    {
      text: "Enter or e record the response, how far it is carried out, its follow-up · reviews are added in the file",
      tone: "dim",
    },
  ],
  notHere: "Recommendations are added and deleted with their review, in the file: here you record what came of them",
  empty: "No reviews with recommendations yet: add them under reviews: in the file (see docs/recommendations.md)",
  rows(_target, context) {
    return recommendationRows(context.index, { today: context.today }).map((row): ListRow => {
      const due = row.responseDue ? `due ${shortDate(row.responseDue, { weekday: false })}` : "due not known";
      const response = row.response
        ? `${RESPONSE_DECISION_LABELS[row.response.decision]} ${shortDate(row.response.date, { weekday: false })}`
        : "no response";
      // Where it stands, when that says more than the response's decision.
      const status = row.status === row.response?.decision ? [] : [recommendationStatusLabel(row.status)];
      const tone =
        row.status === "response-overdue" ? "bad" : row.status === "awaiting-response" ? "warn" : ("normal" as const);
      return {
        text: [`${fit(row.reviewTitle, 24)} ${row.number.padStart(2)}`, response, ...status, due, `to ${row.to}`].join(
          " · ",
        ),
        tone,
        edit: { kind: "recommendation", review: row.review, recommendation: row.id },
      };
    });
  },
};
