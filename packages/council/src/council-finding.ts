import { Finding, Id } from "@scrutineer/model";
import * as z from "zod";

/**
 * A finding across a council's committees: a `Finding` (its code from the catalogue's "council"
 * family) that also names the committees concerned and, for a clash of a person, who. `meeting`
 * and `meetingId` point at the earlier meeting of a clash.
 */
export const CouncilFinding = Finding.extend({
  /** The committees concerned (council.yaml ids), in council.yaml's order. */
  committees: z.array(Id).min(1).describe("The committees concerned (council.yaml ids), in council.yaml's order."),
  /** The person a clash is about (a register id). */
  person: Id.optional().describe("The person a clash is about (a register id)."),
});
export type CouncilFinding = z.infer<typeof CouncilFinding>;
