import {
  CabinetMember,
  CoOptee,
  Councillor,
  Id,
  IsoDate,
  Jurisdiction,
  Line,
  MunicipalYear,
  Officer,
  Text,
  WebAddress,
} from "@scrutineer/model";
import * as z from "zod";

/**
 * council.yaml: what a council states once for all its scrutiny bodies (issue 15; design in
 * docs/council-wide.md). Each committee keeps its own programme file beside it and names people
 * by their register id.
 */

/** Where the facts about a person come from (a minutes page, a front sheet): kept in council.yaml only. */
const source = Text.optional().describe("Where the facts about them come from (a minutes page, a front sheet).");

/**
 * A councillor in the register: named once, on any number of committees. The programme's
 * `Councillor` without what belongs to one committee (role, term), with ward and party.
 */
export const RegisterCouncillor = Councillor.omit({ role: true, from: true, until: true })
  .extend({
    /** Their ward, as the council's website gives it. */
    ward: Line.optional().describe("Their ward, as the council's website gives it."),
    party: Line.optional(),
    source,
  })
  .meta({ id: "RegisterCouncillor" });
export type RegisterCouncillor = z.infer<typeof RegisterCouncillor>;

/** A co-opted member in the register (a parent-governor or diocesan representative): the programme's `CoOptee` without a term. */
export const RegisterCoOptee = CoOptee.omit({ from: true, until: true })
  .extend({ source })
  .meta({ id: "RegisterCoOptee" });
export type RegisterCoOptee = z.infer<typeof RegisterCoOptee>;

/** An officer in the register (a scrutiny officer supporting committees, or one attending items), with the contact details of a front sheet. */
export const RegisterOfficer = Officer.extend({
  email: z.email({ error: "expected an email address" }).optional(),
  phone: Line.optional(),
  source,
}).meta({ id: "RegisterOfficer" });
export type RegisterOfficer = z.infer<typeof RegisterOfficer>;

/** A Cabinet member in the register, with their portfolio: the programme's `CabinetMember`. */
export const RegisterCabinetMember = CabinetMember.extend({ source }).meta({ id: "RegisterCabinetMember" });
export type RegisterCabinetMember = z.infer<typeof RegisterCabinetMember>;

/** The people every committee of the council draws on, each once with a stable id. */
export const Register = z
  .strictObject({
    councillors: z.array(RegisterCouncillor).default([]),
    coOptees: z.array(RegisterCoOptee).default([]),
    officers: z.array(RegisterOfficer).default([]),
    cabinetMembers: z.array(RegisterCabinetMember).default([]),
  })
  .meta({ id: "Register" });
export type Register = z.infer<typeof Register>;

/** A room meetings are held in. A meeting's `venue` names it by id or by its name. */
export const Venue = z
  .strictObject({
    id: Id,
    name: Line.min(1),
    /** Seats for the public and members, where known. */
    capacity: z.number().int().positive().max(100_000).optional().describe("Seats, where known."),
    source: Text.optional(),
  })
  .meta({ id: "Venue" });
export type Venue = z.infer<typeof Venue>;

/**
 * How often a committee meets, for proposing next year's calendar (`scrutineer calendar`): the
 * slot rule (an RRULE or words, as `scrutineer slots` takes them), how many meetings a year, and
 * the fewest days between two of them.
 */
export const Cycle = z
  .strictObject({
    /** "every Monday", "FREQ=WEEKLY;BYDAY=MO,TH": the days it may meet. */
    rule: Line.min(1).describe('"every Monday", "FREQ=WEEKLY;BYDAY=MO,TH": the days it may meet.'),
    meetings: z.number().int().positive().max(24),
    /** The fewest days between two of its meetings (default 28: about monthly). */
    minDaysApart: z
      .number()
      .int()
      .positive()
      .max(180)
      .default(28)
      .describe("The fewest days between two of its meetings (default 28: about monthly)."),
  })
  .meta({ id: "Cycle" });
export type Cycle = z.infer<typeof Cycle>;

/** One scrutiny body of the council and its programme file, relative to council.yaml. */
export const CommitteeEntry = z
  .strictObject({
    /** The committee's id: its programme's `commission.id` must be the same. */
    id: Id.describe("The committee's id: its programme's commission.id must be the same."),
    /** The programme file, relative to the council folder (e.g. `cyp.yaml`). */
    programme: Line.min(1).describe("The programme file, relative to the council folder (e.g. cyp.yaml)."),
    /**
     * The scrutiny officers supporting it (register ids), first the one named as "Contact" on its
     * papers: counted for `support-load` and `officer-clash`.
     */
    officers: z
      .array(Id)
      .default([])
      .describe(
        'The scrutiny officers supporting it (register ids), first the "Contact" on its papers: counted for support-load and officer-clash.',
      ),
    /** How often it meets, for `scrutineer calendar`; absent: the calendar leaves it out. */
    cycle: Cycle.optional().describe(
      "How often it meets, for scrutineer calendar; absent: the calendar leaves it out.",
    ),
  })
  .meta({ id: "CommitteeEntry" });
export type CommitteeEntry = z.infer<typeof CommitteeEntry>;

/** Dates the council keeps free of meetings (school holidays, festivals it lists), one day or a span. */
export const AvoidDate = z
  .strictObject({
    from: IsoDate,
    /** Last day, inclusive; absent: the one day `from`. */
    until: IsoDate.optional().describe("Last day, inclusive; absent: the one day `from`."),
    reason: Line.min(1),
  })
  .meta({ id: "AvoidDate" });
export type AvoidDate = z.infer<typeof AvoidDate>;

/**
 * An election and its pre-election period. The period runs from the notice of election to the
 * poll (Code of Recommended Practice on Local Authority Publicity, 31 March 2011, issued under
 * Local Government Act 1986 s4: publicity "issued with care during periods of heightened
 * sensitivity"); the council states its own start, which no general rule can compute for it.
 */
export const Election = z
  .strictObject({
    /** Polling day. */
    poll: IsoDate.describe("Polling day."),
    /** First day of the pre-election period (the notice of election, or the council's own rule). */
    periodFrom: IsoDate.describe(
      "First day of the pre-election period (the notice of election, or the council's own rule).",
    ),
    /** What is elected: "borough council", "Mayor", "Cazenove ward by-election". */
    title: Line.min(1).describe('What is elected: "borough council", "Mayor", "Cazenove ward by-election".'),
    source: Text.optional(),
  })
  .meta({ id: "Election" });
export type Election = z.infer<typeof Election>;

/**
 * How many meetings one scrutiny officer may support in any seven days before `support-load`
 * warns. Default 2: the load the issue names as one that hurts is three meetings in four days
 * (issue 15), and each meeting takes its officer's papers deadline, dispatch and evening.
 */
export const SupportLoad = z
  .strictObject({
    maxMeetingsPerWeek: z.number().int().positive().max(50).default(2),
  })
  .meta({ id: "SupportLoad" });
export type SupportLoad = z.infer<typeof SupportLoad>;

/** council.yaml: the root. */
export const Council = z
  .strictObject({
    $schema: Line.optional(),
    version: z.literal(1).default(1),
    /** The council's name as its papers give it ("London Borough of Hackney"). */
    council: Line.min(1).describe('The council\'s name as its papers give it ("London Borough of Hackney").'),
    jurisdiction: Jurisdiction.default("england"),
    municipalYear: MunicipalYear,
    webpage: WebAddress.optional(),
    /** Days the council's offices are closed that are not bank holidays (every committee's working calendar). */
    closureDays: z
      .array(IsoDate)
      .default([])
      .describe(
        "Days the council's offices are closed that are not bank holidays (every committee's working calendar).",
      ),
    venues: z.array(Venue).default([]),
    register: Register.default({ councillors: [], coOptees: [], officers: [], cabinetMembers: [] }),
    committees: z.array(CommitteeEntry).min(1, { error: "a council folder lists at least one committee" }),
    avoidDates: z.array(AvoidDate).default([]),
    elections: z.array(Election).default([]),
    supportLoad: SupportLoad.default({ maxMeetingsPerWeek: 2 }),
  })
  .meta({ id: "Council" });
export type Council = z.infer<typeof Council>;
