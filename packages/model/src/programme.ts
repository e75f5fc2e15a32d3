import * as z from "zod";
import { Commission } from "./commission.js";
import { ProgrammeEvent } from "./event.js";
import { Item } from "./item.js";
import { Meeting } from "./meeting.js";
import { CabinetMember, CoOptee, Councillor, Officer, Substitute } from "./people.js";
import { Id, Line } from "./primitives.js";
import { Review } from "./review.js";

/** One commission's work programme for one municipal year: the file format's root. */
export const Programme = z.strictObject({
  $schema: Line.optional(),
  version: z.literal(1).default(1),
  commission: Commission,
  members: z.array(Councillor).default([]),
  coOptees: z.array(CoOptee).default([]),
  /** Councillors (or co-optees' substitutes) who may attend in a member's place: never part of the membership. */
  substitutes: z
    .array(Substitute)
    .default([])
    .describe(
      "Councillors (or co-optees' substitutes) who may attend in a member's place: never part of the membership.",
    ),
  officers: z.array(Officer).default([]),
  cabinetMembers: z.array(CabinetMember).default([]),
  items: z.array(Item).default([]),
  meetings: z.array(Meeting).default([]),
  /** Briefings, site visits, workshops and other work that is not a formal meeting. */
  events: z
    .array(ProgrammeEvent)
    .default([])
    .describe("Briefings, site visits, workshops and other work that is not a formal meeting."),
  /** Reviews and letters with their recommendations, the responses and the follow-ups. */
  reviews: z
    .array(Review)
    .default([])
    .describe("Reviews and letters with their recommendations, the responses and the follow-ups."),
  /** Possible items noted for later ("Possible items noted for 2023/24"). */
  backlog: z.array(Id).default([]).describe('Possible items noted for later ("Possible items noted for 2023/24").'),
});
export type Programme = z.infer<typeof Programme>;
/** The programme as written in a file, before defaults are applied. */
export type ProgrammeInput = z.input<typeof Programme>;
