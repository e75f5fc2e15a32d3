/**
 * When the response to a scrutiny recommendation is due, by whom it is addressed to.
 *
 * - The authority or its executive (`council`, `executive`, `cabinet-member`): Local Government
 *   Act 2000 s9FE. The committee, by notice, requires the authority or executive to consider the
 *   report and respond saying what (if any) action it proposes to take, "within 2 months
 *   beginning with the date on which the authority or executive received the report or
 *   recommendations or (if later) the notice" (legislation.gov.uk/ukpga/2000/22/section/9FE; the
 *   wording as the design note and DOMAIN.md give it: the stored sources of this session did not
 *   return the section itself).
 * - An NHS body (`nhs-body`, a "responsible person"): The Local Authority (Public Health, Health
 *   and Wellbeing Boards and Health Scrutiny) Regulations 2013 (SI 2013/218) reg 22: a response
 *   in writing within 28 days of the authority's request. Counted as 28 days after the request,
 *   the later of the two readings of "within 28 days of", so an overdue finding never comes a
 *   day early.
 * - A `partner` (police, a safeguarding partnership): no statutory period; only a date the file
 *   states (`responseDue`), which replaces a computed date for any addressee.
 *
 * "A period of months beginning with a day" includes that day, so it ends the day before the
 * corresponding date in the later month; when the later month has no corresponding date (31
 * December + 2 months), it ends on that month's last day (the corresponding-date rule, Dodds v
 * Walker [1981] 1 WLR 1027 HL). So 15 January gives 14 March, 1 January 28 (or 29) February,
 * and 31 December 28 (or 29) February.
 */
import { addDays, addMonths, longDate } from "@scrutineer/dates";
import {
  addresseeLabel,
  type Finding,
  type ProgrammeIndex,
  plural,
  quoted,
  type Recommendation,
  type Review,
  recommendationAddressee,
} from "@scrutineer/model";

/** A response rule: its period in words and the law it comes from. */
export interface ResponseRule {
  id: "lga-2000-s9fe" | "si-2013-218-reg-22";
  /** "2 months beginning with the later of receipt and notice". */
  period: string;
  /** "Local Government Act 2000 s9FE". */
  law: string;
}

/** The two statutory response rules: the executive's (LGA 2000 s9FE) and an NHS body's (SI 2013/218 reg 22). */
export const RESPONSE_RULES = {
  executive: {
    id: "lga-2000-s9fe",
    period: "2 months beginning with the later of receipt and notice",
    law: "Local Government Act 2000 s9FE",
  },
  nhs: {
    id: "si-2013-218-reg-22",
    period: "28 days after the request",
    law: "SI 2013/218 reg 22",
  },
} as const satisfies Record<string, ResponseRule>;

/**
 * When a response is due: `computed` by a rule from a start date (`from`: the later of receipt
 * and the notice or request), `stated` in the file, or `unknown` (no date of receipt recorded,
 * or a partner with no statutory period and no stated date).
 */
export type ResponseDue =
  | { kind: "computed"; due: string; from: string; rule: ResponseRule }
  | { kind: "stated"; due: string }
  | { kind: "unknown"; reason: "not-received" | "no-period"; rule?: ResponseRule };

/**
 * The last day of a period of `months` months beginning with `date` (YYYY-MM-DD): the day
 * before the corresponding date, or the later month's last day when it has none.
 * @example monthsBeginningWith("2022-01-15", 2); // "2022-03-14"
 * @example monthsBeginningWith("2023-12-31", 2); // "2024-02-29"
 */
export function monthsBeginningWith(date: string, months: number): string {
  const later = addMonths(date, months);
  // addMonths keeps the day of the month unless the later month lacks it (then its last day).
  return later.slice(8) === date.slice(8) ? addDays(later, -1) : later;
}

/** When the response to `rec` (of `review`) is due, and by which rule. */
export function responseDue(review: Review, rec: Recommendation): ResponseDue {
  if (rec.responseDue !== undefined) return { kind: "stated", due: rec.responseDue };
  const to = recommendationAddressee(review, rec);
  const rule =
    to?.kind === "nhs-body" ? RESPONSE_RULES.nhs : to?.kind === "partner" || !to ? undefined : RESPONSE_RULES.executive;
  if (!rule) return { kind: "unknown", reason: "no-period" };
  const received = rec.received ?? review.received;
  if (received === undefined) return { kind: "unknown", reason: "not-received", rule };
  const requested = rec.requested ?? review.requested;
  const from = requested !== undefined && requested > received ? requested : received;
  const due = rule === RESPONSE_RULES.nhs ? addDays(from, 28) : monthsBeginningWith(from, 2);
  return { kind: "computed", due, from, rule };
}

function dueWords(d: ResponseDue & { due: string }): string {
  if (d.kind === "stated") return `${longDate(d.due)} (the date stated)`;
  if (d.kind === "computed") return `${longDate(d.due)} (${d.rule.law}: ${d.rule.period}, from ${longDate(d.from)})`;
  return longDate(d.due);
}

/**
 * The findings on a programme's responses as of `today` (YYYY-MM-DD): `response-overdue`
 * (warning) for a response due before today and not recorded; `response-late` (info) for one
 * recorded after its due date; `response-due-unknown` (info), once per review, when a response is
 * still awaited and the rule cannot be applied because no date of receipt is recorded.
 */
export function responseFindings(index: ProgrammeIndex, options: { today: string }): Finding[] {
  const findings: Finding[] = [];
  const names = new Map([...index.people].map(([id, p]) => [id, p.name]));
  for (const review of index.programme.reviews ?? []) {
    let unknown = 0;
    for (const rec of review.recommendations) {
      const due = responseDue(review, rec);
      const at = { review: review.id, recommendation: rec.id };
      const what = `the response to recommendation ${rec.number} of ${quoted(review.title)} (to ${addresseeLabel(recommendationAddressee(review, rec), names)})`;
      if (due.kind === "unknown") {
        if (due.reason === "not-received" && !rec.response) unknown++;
        continue;
      }
      if (!rec.response) {
        if (options.today > due.due)
          findings.push({
            severity: "warning",
            code: "response-overdue",
            message: `${what} was due by ${dueWords(due)}; none is recorded`,
            ...at,
          });
      } else if (rec.response.date > due.due)
        findings.push({
          severity: "info",
          code: "response-late",
          message: `${what} came on ${longDate(rec.response.date)}, after ${dueWords(due)}`,
          ...at,
        });
    }
    if (unknown > 0)
      findings.push({
        severity: "info",
        code: "response-due-unknown",
        message: `${plural(unknown, "recommendation")} of ${quoted(review.title)} have no response recorded and no date of receipt: when a response is (or was) due cannot be worked out`,
        review: review.id,
      });
  }
  return findings;
}
