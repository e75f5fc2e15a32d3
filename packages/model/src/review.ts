import * as z from "zod";
import { DateOrMonth, Id, IsoDate, Line, Text } from "./primitives.js";

/**
 * What kind of work produced recommendations: a commission's in-depth `review` ("the Commission
 * undertook a review of the Outcomes of School Exclusion which reported in December 2021", seed
 * 001 line 5032), a `task-and-finish` group's, a `letter` of findings after a single session
 * (Child Q, care leavers: seed 003 lines 250-269), or `cabinet-question-time`.
 */
export const ReviewKind = z.enum(["review", "task-and-finish", "letter", "cabinet-question-time"]);
export type ReviewKind = z.infer<typeof ReviewKind>;

/**
 * Whom a recommendation is addressed to, which decides the rule for the response:
 * `council` (the authority) and `executive` or a `cabinet-member` (the executive): Local
 * Government Act 2000 s9FE, two months; `nhs-body` (a responsible person under the health
 * scrutiny regulations): SI 2013/218 reg 22, 28 days; `partner` (police, a safeguarding
 * partnership): no statutory period, only a date the file states (`responseDue`).
 */
export const AddresseeKind = z.enum(["council", "executive", "cabinet-member", "partner", "nhs-body"]);
export type AddresseeKind = z.infer<typeof AddresseeKind>;

/** Whom a recommendation is addressed to: its kind (which decides the response rule), and a person's id or the report's words. */
export const Addressee = z
  .strictObject({
    kind: AddresseeKind,
    /** A Cabinet member's (or officer's) id, when it names one. */
    id: Id.optional().describe("A Cabinet member's (or officer's) id, when it names one."),
    /** The body or post as the report words it ("Hackney Education Service"). */
    name: Line.optional().describe('The body or post as the report words it ("Hackney Education Service").'),
  })
  .meta({ id: "Addressee" });
export type Addressee = z.infer<typeof Addressee>;

/** The addressee's answer: `accepted` ("agreed in full"), `partly-accepted`, `rejected`. */
export const ResponseDecision = z.enum(["accepted", "partly-accepted", "rejected"]);
export type ResponseDecision = z.infer<typeof ResponseDecision>;

/** The addressee's response to a recommendation: its date (YYYY-MM-DD), decision and words. */
export const RecommendationResponse = z
  .strictObject({
    /** The date of the response (the Cabinet meeting that agreed it, the letter's date). */
    date: IsoDate.describe("The date of the response (the Cabinet meeting that agreed it, the letter's date)."),
    decision: ResponseDecision,
    /** The response in its own words. */
    text: Text.optional().describe("The response in its own words."),
  })
  .meta({ id: "RecommendationResponse" });
export type RecommendationResponse = z.infer<typeof RecommendationResponse>;

/**
 * How far a recommendation has been carried out. `partly-done` is internal audit's "Partially
 * implemented (constrained by factors outside of the Council's control)" (seed 001 lines 4869-4876).
 */
export const ImplementationStatus = z.enum(["not-started", "in-progress", "partly-done", "done", "not-done"]);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

/** How far a recommendation has been carried out (`status`), what shows it, and when it was last reported (YYYY-MM-DD). */
export const Implementation = z
  .strictObject({
    status: ImplementationStatus,
    /** What shows it (the update report's words). */
    evidence: Text.optional().describe("What shows it (the update report's words)."),
    /** When the status was last reported (YYYY-MM-DD). */
    updated: IsoDate.optional().describe("When the status was last reported (YYYY-MM-DD)."),
  })
  .meta({ id: "Implementation" });
export type Implementation = z.infer<typeof Implementation>;

/** Where a recommendation is followed up: an item of the programme, or a date it is due back. */
export const FollowUp = z
  .strictObject({
    /** The item that follows it up (a "review update" item). */
    item: Id.optional().describe('The item that follows it up (a "review update" item).'),
    /** When a follow-up is due (YYYY-MM-DD), while no item is planned. */
    due: IsoDate.optional().describe("When a follow-up is due (YYYY-MM-DD), while no item is planned."),
  })
  .meta({ id: "FollowUp" });
export type FollowUp = z.infer<typeof FollowUp>;

/** One recommendation of a review, numbered as the report numbers it. */
export const Recommendation = z
  .strictObject({
    /** Stable id, unique in the programme (e.g. `se-10`). */
    id: Id.describe("Stable id, unique in the programme (e.g. `se-10`)."),
    /** The report's own number ("10", "4a"). */
    number: Line.min(1).describe('The report\'s own number ("10", "4a").'),
    text: Text.min(1),
    /** Whom it is addressed to; absent: the review's `to`. */
    to: Addressee.optional().describe("Whom it is addressed to; absent: the review's `to`."),
    /** When the addressee received it (YYYY-MM-DD); absent: the review's `received`. */
    received: IsoDate.optional().describe(
      "When the addressee received it (YYYY-MM-DD); absent: the review's `received`.",
    ),
    /** When the committee's notice requiring a response was given, if later than receipt; absent: the review's. */
    requested: IsoDate.optional().describe(
      "When the committee's notice requiring a response was given, if later than receipt; absent: the review's.",
    ),
    /** A due date agreed or stated (a partner's); it replaces the computed one. */
    responseDue: IsoDate.optional().describe(
      "A due date agreed or stated (a partner's); it replaces the computed one.",
    ),
    response: RecommendationResponse.optional(),
    implementation: Implementation.optional(),
    followUp: FollowUp.optional(),
    notes: Text.optional(),
  })
  .meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;

/**
 * A review (or letter) and its recommendations: reported, received by the addressee, responded
 * to, followed up by items of the programme.
 */
export const Review = z
  .strictObject({
    id: Id,
    title: Line.min(1),
    kind: ReviewKind.default("review"),
    /** When the review reported: a day, or the month when the papers give only that ("2021-12"). */
    reported: DateOrMonth.optional().describe(
      'When the review reported: a day, or the month when the papers give only that ("2021-12").',
    ),
    /** Whom the recommendations are addressed to, unless one says otherwise. */
    to: Addressee.optional().describe("Whom the recommendations are addressed to, unless one says otherwise."),
    /** When the addressee received the report (YYYY-MM-DD): the response period runs from it. */
    received: IsoDate.optional().describe(
      "When the addressee received the report (YYYY-MM-DD): the response period runs from it.",
    ),
    /** When the notice requiring a response was given, if later than receipt. */
    requested: IsoDate.optional().describe("When the notice requiring a response was given, if later than receipt."),
    /** Items of the programme that follow the review up (its "review update" items). */
    items: z
      .array(Id)
      .default([])
      .describe('Items of the programme that follow the review up (its "review update" items).'),
    recommendations: z.array(Recommendation).default([]),
    /** Where the facts come from (the papers, with page or line). */
    source: Text.optional().describe("Where the facts come from (the papers, with page or line)."),
    notes: Text.optional(),
  })
  .meta({ id: "Review" });
export type Review = z.infer<typeof Review>;

/** Whom a recommendation is addressed to: its own `to`, else its review's. */
export function recommendationAddressee(review: Review, rec: Recommendation): Addressee | undefined {
  return rec.to ?? review.to;
}

/** How each addressee kind is named in tables and messages. */
export const ADDRESSEE_KIND_LABELS: Record<AddresseeKind, string> = {
  council: "the Council",
  executive: "the Executive",
  "cabinet-member": "a Cabinet member",
  partner: "a partner body",
  "nhs-body": "an NHS body",
};

/** How each response decision is written in the tracker. */
export const RESPONSE_DECISION_LABELS: Record<ResponseDecision, string> = {
  accepted: "Accepted",
  "partly-accepted": "Partly accepted",
  rejected: "Rejected",
};

/** How each implementation status is written in the tracker. */
export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  "partly-done": "Partly implemented",
  done: "Implemented",
  "not-done": "Not implemented",
};

/**
 * An addressee in words: its `name` when the report gives one, else the named person's name
 * (`names` maps ids to names), else the kind's label ("the Executive").
 */
export function addresseeLabel(to: Addressee | undefined, names?: ReadonlyMap<string, string>): string {
  if (!to) return "not stated";
  if (to.name) return to.name;
  const named = to.id ? names?.get(to.id) : undefined;
  return named ?? ADDRESSEE_KIND_LABELS[to.kind];
}
