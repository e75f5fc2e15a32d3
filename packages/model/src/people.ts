import { z } from "zod";
import { Id, IsoDate } from "./primitives.js";

/** A councillor sitting on the commission. */
export const Councillor = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    role: z.enum(["chair", "vice-chair", "member"]).default("member"),
  })
  .meta({ id: "Councillor" });
export type Councillor = z.infer<typeof Councillor>;

/**
 * A co-opted member (not a councillor). In English law diocesan and parent-governor
 * representatives vote on education matters only (Local Government Act 2000, sch. 1 and the
 * Parent Governor Representatives (England) Regulations 2001); other co-optees do not vote.
 */
export const CoOptee = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    represents: z.string().optional(),
    voting: z.enum(["none", "education"]).default("none"),
  })
  .meta({ id: "CoOptee" });
export type CoOptee = z.infer<typeof CoOptee>;

/** An officer or guest who attends items (directors, heads of service, partner agencies). */
export const Officer = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    title: z.string().optional(),
    organisation: z.string().optional(),
    /** Dates the officer cannot attend (used by the auto-planner). */
    unavailable: z.array(IsoDate).default([]).describe("Dates the officer cannot attend (used by the auto-planner)."),
  })
  .meta({ id: "Officer" });
export type Officer = z.infer<typeof Officer>;

/** A Cabinet member questioned at a Cabinet Q&A item. */
export const CabinetMember = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    portfolio: z.string().optional(),
    unavailable: z.array(IsoDate).default([]),
  })
  .meta({ id: "CabinetMember" });
export type CabinetMember = z.infer<typeof CabinetMember>;
