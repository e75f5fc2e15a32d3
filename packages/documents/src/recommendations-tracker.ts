/**
 * The recommendations tracker: per review, each recommendation with whom it is addressed to, when
 * it was received, when the response is due (and by which rule), the response, how far it has
 * been carried out and where it is followed up. The columns are those of the update reports'
 * appendices ("Response | Hackney Education lead | Progress update", seed 001 line 5270;
 * "Progress Update January 2022 | Progress Update January 2023", line 4921), since no Hackney
 * tracker was found (reviews-and-recommendations.md §9). Public: every field comes from the
 * published reports and minutes.
 */
import { dateOrMonthWords, dayMonthYear, longDate } from "@scrutineer/dates";
import { responseDue } from "@scrutineer/deadlines";
import {
  addresseeLabel,
  IMPLEMENTATION_STATUS_LABELS,
  type ImplementationStatus,
  type ProgrammeIndex,
  RESPONSE_DECISION_LABELS,
  type ResponseDecision,
  recommendationAddressee,
} from "@scrutineer/model";
import { escapeMarkdown as md } from "./escape-markdown.js";

/**
 * Where a recommendation stands, one word for a tracker or a script: how far it has been carried
 * out when that is recorded, else the response's decision, else `response-overdue` (due before
 * today) or `awaiting-response`.
 */
export type RecommendationStatus = ImplementationStatus | ResponseDecision | "response-overdue" | "awaiting-response";

/** One row of the tracker: the shape `scrutineer recommendations --json` prints. */
export interface RecommendationRow {
  /** The recommendation's id. */
  id: string;
  /** The review's id. */
  review: string;
  reviewTitle: string;
  /** The report's own number ("10"). */
  number: string;
  text: string;
  /** Whom it is addressed to, in words ("Hackney Education Service", "the Executive"). */
  to: string;
  toKind: string;
  /** When the addressee received the report (YYYY-MM-DD), or null when not recorded. */
  received: string | null;
  /** When the response is due (YYYY-MM-DD), or null when it cannot be worked out. */
  responseDue: string | null;
  /** How the due date was found: the law (and period) that gives it, "stated", or why there is none. */
  responseDueBasis: string;
  response: { date: string; decision: ResponseDecision; text: string | null } | null;
  status: RecommendationStatus;
  implementation: { status: ImplementationStatus; evidence: string | null; updated: string | null } | null;
  /** Where it is followed up: an item (with the date of the meeting that holds it, if any) or a date. */
  followUp: { item: string | null; itemTitle: string | null; meeting: string | null; due: string | null } | null;
}

/** The tracker's rows, reviews in file order and recommendations in theirs, as of `today` (YYYY-MM-DD). */
export function recommendationRows(index: ProgrammeIndex, options: { today: string }): RecommendationRow[] {
  const names = new Map([...index.people].map(([id, p]) => [id, p.name]));
  const rows: RecommendationRow[] = [];
  for (const review of index.programme.reviews ?? []) {
    for (const rec of review.recommendations) {
      const to = recommendationAddressee(review, rec);
      const due = responseDue(review, rec);
      const dueDate = due.kind === "unknown" ? null : due.due;
      const basis =
        due.kind === "computed"
          ? `${due.rule.law}: ${due.rule.period}`
          : due.kind === "stated"
            ? "stated"
            : due.reason === "not-received"
              ? "date of receipt not recorded"
              : "no statutory period";
      const status: RecommendationStatus =
        rec.implementation?.status ??
        rec.response?.decision ??
        (dueDate !== null && options.today > dueDate ? "response-overdue" : "awaiting-response");
      const itemId = rec.followUp?.item ?? (rec.followUp?.due ? undefined : review.items.at(-1));
      const followUp =
        itemId !== undefined || rec.followUp?.due !== undefined
          ? {
              item: itemId ?? null,
              itemTitle: itemId !== undefined ? (index.items.get(itemId)?.title ?? null) : null,
              meeting: itemId !== undefined ? (index.meetingsOfItem(itemId).at(-1)?.date ?? null) : null,
              due: rec.followUp?.due ?? null,
            }
          : null;
      rows.push({
        id: rec.id,
        review: review.id,
        reviewTitle: review.title,
        number: rec.number,
        text: rec.text,
        to: addresseeLabel(to, names),
        toKind: to?.kind ?? "not-stated",
        received: rec.received ?? review.received ?? null,
        responseDue: dueDate,
        responseDueBasis: basis,
        response: rec.response
          ? { date: rec.response.date, decision: rec.response.decision, text: rec.response.text ?? null }
          : null,
        status,
        implementation: rec.implementation
          ? {
              status: rec.implementation.status,
              evidence: rec.implementation.evidence ?? null,
              updated: rec.implementation.updated ?? null,
            }
          : null,
        followUp,
      });
    }
  }
  return rows;
}

/** A status in the tracker's words. */
export function recommendationStatusLabel(status: RecommendationStatus): string {
  if (status === "response-overdue") return "Response overdue";
  if (status === "awaiting-response") return "Awaiting response";
  if (status in IMPLEMENTATION_STATUS_LABELS) return IMPLEMENTATION_STATUS_LABELS[status as ImplementationStatus];
  return RESPONSE_DECISION_LABELS[status as ResponseDecision];
}

/** The first sentence-ish of a long text, for a table cell: at most `max` characters, cut at a word. */
function opening(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const words = cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s…]+$/, "");
  return `${words} …`;
}

function followUpWords(row: RecommendationRow): string {
  const f = row.followUp;
  if (!f) return "none";
  const parts: string[] = [];
  if (f.itemTitle)
    parts.push(f.meeting ? `${f.itemTitle} (${dayMonthYear(f.meeting)})` : `${f.itemTitle} (not yet on an agenda)`);
  if (f.due) parts.push(`due ${dayMonthYear(f.due)}`);
  return parts.join("; ");
}

function responseWords(row: RecommendationRow): string {
  const r = row.response;
  if (!r) return row.responseDue ? `none (due ${dayMonthYear(row.responseDue)})` : "none recorded";
  return `${RESPONSE_DECISION_LABELS[r.decision]} (${dayMonthYear(r.date)})`;
}

/** One review of the published tracker: its heading, the facts under it and its rows. */
export interface TrackerReview {
  id: string;
  title: string;
  /** When it reported, in words ("December 2021"), or null when not recorded. */
  reported: string | null;
  /** The rules (or reasons) its response due dates come from, each once. */
  bases: string[];
  rows: RecommendationRow[];
}

/** The reviews the published tracker shows, in file order: only `review`'s when given. */
export function trackerReviews(
  index: ProgrammeIndex,
  options: { today: string; review?: string },
): { reviews: TrackerReview[]; recorded: number } {
  const rows = recommendationRows(index, options);
  const reviews: TrackerReview[] = [];
  for (const review of index.programme.reviews ?? []) {
    if (options.review !== undefined && review.id !== options.review) continue;
    const mine = rows.filter((r) => r.review === review.id);
    reviews.push({
      id: review.id,
      title: review.title,
      reported: review.reported ? dateOrMonthWords(review.reported) : null,
      bases: [...new Set(mine.map((r) => r.responseDueBasis))],
      rows: mine,
    });
  }
  return { reviews, recorded: rows.length };
}

/** The line under a review's heading: "Reported December 2021. 18 recommendations. Response due: …." (`escapeText` for the format). */
export function reviewFacts(review: TrackerReview, escapeText: (text: string) => string = (t) => t): string {
  const facts: string[] = [];
  if (review.reported) facts.push(`Reported ${review.reported}.`);
  facts.push(`${review.rows.length} ${review.rows.length === 1 ? "recommendation" : "recommendations"}.`);
  if (review.bases.length > 0) facts.push(`Response due: ${review.bases.map(escapeText).join("; ")}.`);
  return facts.join(" ");
}

/**
 * The tracker as Markdown, as published to the commission: a heading per review with its report
 * date and the response rule, then one table row per recommendation (number, recommendation, to,
 * response, status, follow-up); only `review`'s when given. Text from the file is escaped for Markdown.
 */
export function recommendationsMarkdown(index: ProgrammeIndex, options: { today: string; review?: string }): string {
  const { reviews, recorded } = trackerReviews(index, options);
  const c = index.programme.commission;
  const out = [`# ${md(c.name)}: recommendations tracker`, "", `As of ${longDate(options.today)}.`, ""];
  if (recorded === 0) out.push("No reviews are recorded in the work programme.", "");
  for (const review of reviews) {
    out.push(`## ${md(review.title)}`, "");
    out.push(reviewFacts(review, md), "");
    out.push("| No. | Recommendation | To | Response | Status | Follow-up |", "|---|---|---|---|---|---|");
    for (const r of review.rows)
      out.push(
        `| ${md(r.number)} | ${md(opening(r.text))} | ${md(r.to)} | ${md(responseWords(r))} | ${md(recommendationStatusLabel(r.status))} | ${md(followUpWords(r))} |`,
      );
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
