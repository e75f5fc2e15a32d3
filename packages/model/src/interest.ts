import * as z from "zod";
import { Id, Line, Text } from "./primitives.js";

/**
 * What a dispensation from the Monitoring Officer or Standards Committee allows
 * ("Advice to Members on Declaring Interests", seed 001 lines ~100-140):
 * - `representations`: be present only to make representations or give evidence, then leave;
 * - `participate`: stay and take part, but not vote;
 * - `vote`: participate fully and vote.
 */
export const DispensationScope = z.enum(["representations", "participate", "vote"]);
export type DispensationScope = z.infer<typeof DispensationScope>;

/**
 * A dispensation to take part despite an interest (Localism Act 2011 s33): its scope (make representations,
 * take part, vote), who granted it and its reference.
 */
export const Dispensation = z
  .strictObject({
    scope: DispensationScope,
    grantedBy: Line.optional(),
    reference: Line.optional(),
  })
  .meta({ id: "Dispensation" });
export type Dispensation = z.infer<typeof Dispensation>;

/** The kinds of matter that make an other non-pecuniary interest one the member must leave for. */
export const RegulatoryMatter = z.enum(["contractual", "financial", "consent", "permission", "licence"]);
export type RegulatoryMatter = z.infer<typeof RegulatoryMatter>;

/**
 * The kind of a declared interest. England (Localism Act 2011 s30-31 and the council's code):
 * `disclosable-pecuniary`, `other-non-pecuniary`. Wales (the members' code of conduct in the
 * Local Authorities (Model Code of Conduct) (Wales) Order 2008, SI 2008/788, Schedule Part 3):
 * `personal` (para 10, disclosed under para 11: the member stays and votes) and `prejudicial`
 * (a personal interest that is also prejudicial, para 12: the member withdraws under para 14
 * unless the standards committee has granted a dispensation). Neath Port Talbot's minutes record
 * both: "Personal, Non-Prejudicial" and "Personal, Prejudicial" (24 November 2022).
 */
export const InterestKindCode = z.enum(["disclosable-pecuniary", "other-non-pecuniary", "personal", "prejudicial"]);

/**
 * A declaration of interest made at a meeting, for one or more agenda items.
 * `sensitive` (Localism Act 2011 s32) is independent of the kind: the interest is declared
 * but its nature is never published in any output.
 */
export const Declaration = z
  .strictObject({
    person: Id,
    items: z.array(Id).min(1, { error: "name at least one agenda item the interest relates to" }),
    kind: InterestKindCode,
    sensitive: z.boolean().default(false),
    nature: Text.min(1),
    /** Set when the item considers a contractual, financial, consent, permission or licence matter. */
    matter: RegulatoryMatter.optional().describe(
      "Set when the item considers a contractual, financial, consent, permission or licence matter.",
    ),
    /** Whether members of the public may make representations on the item (then the member may speak and leave). */
    publicMaySpeak: z
      .boolean()
      .default(false)
      .describe(
        "Whether members of the public may make representations on the item (then the member may speak and leave).",
      ),
    dispensation: Dispensation.optional(),
  })
  .meta({ id: "Declaration" });
export type Declaration = z.infer<typeof Declaration>;
