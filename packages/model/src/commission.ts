import * as z from "zod";
import { Jurisdiction, RemoteAttendance } from "./jurisdiction.js";
import { MAX_ITEM_MINUTES } from "./limits.js";
import { HACKNEY_ORDER, OrderOfBusiness } from "./order-of-business.js";
import { Id, IsoDate, Line, MunicipalYear, WallTime, WebAddress } from "./primitives.js";

/** The scrutiny officer named on every agenda front sheet ("Contact: Martin Bradford …"). */
export const Contact = z
  .strictObject({
    name: Line.min(1),
    phone: Line.optional(),
    email: z.email({ error: "expected an email address" }).optional(),
  })
  .meta({ id: "Contact" });
export type Contact = z.infer<typeof Contact>;

/**
 * When a meeting is quorate. Hackney's constitution sets this (not in the seed papers), so
 * it is configurable: at least `minVoting` voting members present in the room and at least
 * `minFraction` of the commission's councillors (rounded up).
 */
export const QuorumRule = z
  .strictObject({
    minVoting: z.number().int().positive().max(999).default(3),
    minFraction: z.number().min(0).max(1).default(0.25),
  })
  .meta({ id: "QuorumRule" });
export type QuorumRule = z.infer<typeof QuorumRule>;

/**
 * Local deadline rules. Papers deadline: a council rule, N working days before agenda
 * dispatch (3 in Hackney's 2022/23 programme). Clear days: the statutory notice, from the
 * commission's jurisdiction (5 in England, LGA 1972 s100B; 3 in Wales, s100BA; 3 in Scotland,
 * LG(S)A 1973 s50B: `commissionLaw`) unless set here. Cabinet Q&A notice: 6 weeks in Hackney.
 */
export const DeadlineRules = z
  .strictObject({
    papersWorkingDaysBeforeDispatch: z.number().int().nonnegative().max(99).default(3),
    /** Clear days of notice; absent: the jurisdiction's (England 5, Wales 3, Scotland 3). */
    clearDays: z
      .number()
      .int()
      .positive()
      .max(99)
      .optional()
      .describe("Clear days of notice; absent: the jurisdiction's (England 5, Wales 3, Scotland 3)."),
    cabinetNoticeWeeks: z.number().int().nonnegative().max(52).default(6),
    /** Council closure days that are not bank holidays (e.g. between Christmas and New Year). */
    nonWorkingDays: z
      .array(IsoDate)
      .default([])
      .describe("Council closure days that are not bank holidays (e.g. between Christmas and New Year)."),
  })
  .meta({ id: "DeadlineRules" });
export type DeadlineRules = z.infer<typeof DeadlineRules>;

/**
 * What the body is called: every document, feed and message says "the meeting of the Committee"
 * or "of the Commission" accordingly (Hackney's are commissions; most councils' are committees,
 * panels, boards or sub-committees: second-council.md).
 */
export const CommissionKind = z.enum(["commission", "committee", "panel", "board", "sub-committee"]);
export type CommissionKind = z.infer<typeof CommissionKind>;

/** A scrutiny commission (committee, panel, board or sub-committee) in one municipal year. */
export const Commission = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    shortName: Line.min(1),
    /** Commission, committee, panel, board or sub-committee: the word every output uses. */
    kind: CommissionKind.default("commission").describe(
      "Commission, committee, panel, board or sub-committee: the word every output uses.",
    ),
    council: Line.min(1),
    /** England, Wales or Scotland: decides clear days, remote attendance, bank holidays and the law cited. */
    jurisdiction: Jurisdiction.default("england").describe(
      "England, Wales or Scotland: decides clear days, remote attendance, bank holidays and the law cited.",
    ),
    municipalYear: MunicipalYear,
    venue: Line.min(1),
    /** Usual start, Europe/London wall clock. */
    start: WallTime.default("19:00").describe("Usual start, Europe/London wall clock."),
    /**
     * Usual planned end (Hackney's standing orders close meetings at 22.00 unless the meeting agrees
     * to go on). Absent: start + usualLength, else start + 180 minutes, with a note.
     */
    plannedEnd: WallTime.optional().describe(
      "Usual planned end (Hackney's standing orders: 22.00). Absent: start + usualLength, else start + 180 minutes, with a note.",
    ),
    /** Usual length of a meeting in minutes, for a council whose papers give no end (a 10.00 committee). */
    usualLength: z
      .number()
      .int()
      .positive()
      .max(MAX_ITEM_MINUTES)
      .optional()
      .describe("Usual length of a meeting in minutes, for a council whose papers give no end (a 10.00 committee)."),
    /** Whether members attending remotely are present; absent: the jurisdiction's rule (England not, Wales and Scotland yes). */
    remoteAttendance: RemoteAttendance.optional().describe(
      "Whether members attending remotely are present; absent: the jurisdiction's rule (England not, Wales and Scotland yes).",
    ),
    /** The procedural headings in order, with one `business` marker where the reports go; absent: Hackney's. */
    orderOfBusiness: OrderOfBusiness.default([...HACKNEY_ORDER]).describe(
      "The procedural headings in order, with one `business` marker where the reports go; absent: Hackney's.",
    ),
    /** Minutes for the opening headings before the first timed item (19.00 → 19.05). */
    proceduralMinutes: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_ITEM_MINUTES)
      .default(5)
      .describe("Minutes for the opening headings before the first timed item (19.00 → 19.05)."),
    livestream: WebAddress.optional(),
    webpage: WebAddress.optional(),
    contact: Contact,
    quorum: QuorumRule.default({ minVoting: 3, minFraction: 0.25 }),
    /**
     * Months after the response that a follow-up of accepted recommendations falls due: 12 by
     * default, the "about a year later" councils commonly allow for the Executive to act (issue 16);
     * Hackney's CYP Commission agreed 9 for School Exclusions ("to review progress against the
     * recommendations 9 months after agreement by Cabinet", seed 001 line 5034).
     */
    followUpAfterMonths: z
      .number()
      .int()
      .positive()
      .max(60)
      .default(12)
      .describe(
        "Months after the response that a follow-up of accepted recommendations falls due (default 12; Hackney's CYP Commission agreed 9 for School Exclusions).",
      ),
    deadlines: DeadlineRules.default({
      papersWorkingDaysBeforeDispatch: 3,
      cabinetNoticeWeeks: 6,
      nonWorkingDays: [],
    }),
  })
  .meta({ id: "Commission" });
export type Commission = z.infer<typeof Commission>;
