import { z } from "zod";
import { Commission } from "./commission.js";
import { Item } from "./item.js";
import { Meeting } from "./meeting.js";
import { CabinetMember, CoOptee, Councillor, Officer } from "./people.js";
import { Id } from "./primitives.js";

/** One commission's work programme for one municipal year: the file format's root. */
export const Programme = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  commission: Commission,
  members: z.array(Councillor).default([]),
  coOptees: z.array(CoOptee).default([]),
  officers: z.array(Officer).default([]),
  cabinetMembers: z.array(CabinetMember).default([]),
  items: z.array(Item).default([]),
  meetings: z.array(Meeting).default([]),
  /** Possible items noted for later ("Possible items noted for 2023/24"). */
  backlog: z.array(Id).default([]).describe('Possible items noted for later ("Possible items noted for 2023/24").'),
});
export type Programme = z.infer<typeof Programme>;
/** The programme as written in a file, before defaults are applied. */
export type ProgrammeInput = z.input<typeof Programme>;
