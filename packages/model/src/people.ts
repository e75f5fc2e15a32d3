import * as z from "zod";
import { Id, IsoDate, Line } from "./primitives.js";

/**
 * When someone sits on the commission, as Popolo memberships say it (start_date, end_date): a
 * member appointed or leaving during the year counts for the quorum only on the meetings in
 * between. Both dates are inclusive and optional (absent: the whole year).
 */
const term = {
  /** First day on the commission (Popolo start_date); absent: from the start of the year. */
  from: IsoDate.optional().describe(
    "First day on the commission (Popolo start_date); absent: from the start of the year.",
  ),
  /** Last day on the commission (Popolo end_date); absent: to the end of the year. */
  until: IsoDate.optional().describe("Last day on the commission (Popolo end_date); absent: to the end of the year."),
};

/** A councillor sitting on the commission. */
export const Councillor = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    role: z.enum(["chair", "vice-chair", "member"]).default("member"),
    ...term,
  })
  .meta({ id: "Councillor" });
export type Councillor = z.infer<typeof Councillor>;

/**
 * What a co-optee may vote on: `none`; `education`, diocesan and parent-governor representatives
 * on education matters only (Local Government Act 2000 sch. 1; the Parent Governor
 * Representatives (England) Regulations 2001); `full`, every item, where the council's scheme of
 * co-option gives it (e.g. district councillors on a county health scrutiny committee:
 * Gloucestershire's constitution, Part 4, rule 5.2).
 */
export const CoOpteeVoting = z.enum(["none", "education", "full"]);
export type CoOpteeVoting = z.infer<typeof CoOpteeVoting>;

/**
 * A co-opted member (not a councillor of this council): a diocesan or parent-governor
 * representative, or a district councillor on a county committee. `voting` says what they may
 * vote on (`CoOpteeVoting`); by default nothing.
 */
export const CoOptee = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    represents: Line.optional(),
    voting: CoOpteeVoting.default("none"),
    ...term,
  })
  .meta({ id: "CoOptee" });
export type CoOptee = z.infer<typeof CoOptee>;

/**
 * Someone who may attend in a member's place ("Councillor Andy Paraskos (sub)", minutes of North
 * Yorkshire's Scrutiny of Health Committee, 17 June 2022): a councillor, or a co-opted district
 * councillor's substitute. Never part of the membership: a meeting's `attendance.substitutes`
 * says whom they replaced, and they count in that member's place.
 */
export const Substitute = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    /** The council or group they come from ("Harrogate Borough Council"). */
    represents: Line.optional().describe('The council or group they come from ("Harrogate Borough Council").'),
  })
  .meta({ id: "Substitute" });
export type Substitute = z.infer<typeof Substitute>;

/** An officer or guest who attends items (directors, heads of service, partner agencies). */
export const Officer = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    title: Line.optional(),
    organisation: Line.optional(),
    /** Dates the officer cannot attend (used by the auto-planner). */
    unavailable: z.array(IsoDate).default([]).describe("Dates the officer cannot attend (used by the auto-planner)."),
  })
  .meta({ id: "Officer" });
export type Officer = z.infer<typeof Officer>;

/** A Cabinet member questioned at a Cabinet Q&A item. */
export const CabinetMember = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    portfolio: Line.optional(),
    unavailable: z.array(IsoDate).default([]),
  })
  .meta({ id: "CabinetMember" });
export type CabinetMember = z.infer<typeof CabinetMember>;

/** Anyone named in the programme, with the list they come from. */
export type Person =
  | ({ kind: "councillor" } & Councillor)
  | ({ kind: "co-optee" } & CoOptee)
  | ({ kind: "substitute" } & Substitute)
  | ({ kind: "officer" } & Officer)
  | ({ kind: "cabinet-member" } & CabinetMember);

/** Whether someone with a term (`from`, `until`) sits on the commission on a date (YYYY-MM-DD, or a month YYYY-MM: its first day). */
export function sitsOn(person: { from?: string | undefined; until?: string | undefined }, date: string): boolean {
  const day = date.length === 7 ? `${date}-01` : date;
  return (person.from === undefined || person.from <= day) && (person.until === undefined || day <= person.until);
}
