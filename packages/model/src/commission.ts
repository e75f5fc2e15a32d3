import { z } from "zod";
import { Id, IsoDate, MunicipalYear, WallTime } from "./primitives.js";

/** The scrutiny officer named on every agenda front sheet ("Contact: Martin Bradford …"). */
export const Contact = z
  .strictObject({
    name: z.string().min(1),
    phone: z.string().optional(),
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
    minVoting: z.number().int().positive().default(3),
    minFraction: z.number().min(0).max(1).default(0.25),
  })
  .meta({ id: "QuorumRule" });
export type QuorumRule = z.infer<typeof QuorumRule>;

/**
 * Local deadline rules. Papers deadline: a council rule, N working days before agenda
 * dispatch (3 in Hackney's 2022/23 programme). Clear days: the statutory notice (5 in
 * England, LGA 1972 s100B; 3 in Wales, s100BA). Cabinet Q&A notice: 6 weeks in Hackney.
 */
export const DeadlineRules = z
  .strictObject({
    papersWorkingDaysBeforeDispatch: z.number().int().nonnegative().default(3),
    clearDays: z.number().int().positive().default(5),
    cabinetNoticeWeeks: z.number().int().nonnegative().default(6),
    /** Council closure days that are not bank holidays (e.g. between Christmas and New Year). */
    nonWorkingDays: z
      .array(IsoDate)
      .default([])
      .describe("Council closure days that are not bank holidays (e.g. between Christmas and New Year)."),
  })
  .meta({ id: "DeadlineRules" });
export type DeadlineRules = z.infer<typeof DeadlineRules>;

/** A scrutiny commission (committee) in one municipal year. */
export const Commission = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    shortName: z.string().min(1),
    council: z.string().min(1),
    municipalYear: MunicipalYear,
    venue: z.string().min(1),
    /** Usual start, Europe/London wall clock. */
    start: WallTime.default("19:00").describe("Usual start, Europe/London wall clock."),
    /** Hackney's standing orders close meetings at 22.00 unless the meeting agrees to go on. */
    plannedEnd: WallTime.default("22:00").describe(
      "Hackney's standing orders close meetings at 22.00 unless the meeting agrees to go on.",
    ),
    /** Minutes for apologies, declarations and urgent items before the first timed item (19.00 → 19.05). */
    proceduralMinutes: z
      .number()
      .int()
      .nonnegative()
      .default(5)
      .describe("Minutes for apologies, declarations and urgent items before the first timed item (19.00 → 19.05)."),
    livestream: z.url({ error: "expected a web address (https://…)" }).optional(),
    webpage: z.url({ error: "expected a web address (https://…)" }).optional(),
    contact: Contact,
    quorum: QuorumRule.default({ minVoting: 3, minFraction: 0.25 }),
    deadlines: DeadlineRules.default({
      papersWorkingDaysBeforeDispatch: 3,
      clearDays: 5,
      cabinetNoticeWeeks: 6,
      nonWorkingDays: [],
    }),
  })
  .meta({ id: "Commission" });
export type Commission = z.infer<typeof Commission>;
