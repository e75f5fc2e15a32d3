import * as z from "zod";
import { Id, IsoDate, IsoMonth, Line, Minutes, Text } from "./primitives.js";

/** Legend of the work-programme table: Bold = confirmed, Red = confirmed but to be scoped; some items TBC. */
export const ItemStatus = z.enum(["confirmed", "to-be-scoped", "tbc", "withdrawn"]);
export type ItemStatus = z.infer<typeof ItemStatus>;

/**
 * The kind of preparatory work for an item: site visit, focus group, survey, consultation, briefing, scoping or other (seed 001's work programme).
 */
export const PreparationKind = z.enum([
  "site-visit",
  "focus-group",
  "survey",
  "consultation",
  "briefing",
  "scoping",
  "other",
]);
export type PreparationKind = z.infer<typeof PreparationKind>;

/** Preparatory work to support an item (site visits, focus groups, surveys). */
export const Preparation = z
  .strictObject({
    kind: PreparationKind,
    description: Text.min(1),
    date: IsoDate.optional(),
    /** The event (a briefing, a site visit: `events:`) that does this preparation, by id; its date is the date. */
    event: Id.optional().describe(
      "The event (a briefing, a site visit: `events:`) that does this preparation, by id; its date is the date.",
    ),
    /** Must happen at least this many weeks before the item's meeting (auto-planner). */
    leadWeeks: z
      .number()
      .int()
      .nonnegative()
      .max(52)
      .optional()
      .describe("Must happen at least this many weeks before the item's meeting (auto-planner)."),
  })
  .meta({ id: "Preparation" });
export type Preparation = z.infer<typeof Preparation>;

/**
 * Cabinet Q&A: the commission questions a Cabinet member on three policy areas; the member
 * is told the topics six weeks before (seed 001, meeting 6: "notified … (3rd January 2023)").
 */
export const CabinetQA = z
  .strictObject({
    cabinetMember: Id,
    topics: z.array(Line.min(1)).max(3, { error: "a Cabinet Q&A covers at most three policy areas" }).default([]),
    notified: IsoDate.optional(),
  })
  .meta({ id: "CabinetQA" });
export type CabinetQA = z.infer<typeof CabinetQA>;

/** TOPICC prioritisation (Oxford): Timely, Organisational priority, Public interest, Impact, Council performance 0-2 each, Cabinet paper 0-1. */
export const Topicc = z
  .strictObject({
    timely: z.number().int().min(0).max(2),
    organisational: z.number().int().min(0).max(2),
    public: z.number().int().min(0).max(2),
    impact: z.number().int().min(0).max(2),
    performance: z.number().int().min(0).max(2),
    cabinet: z.number().int().min(0).max(1),
  })
  .meta({ id: "Topicc" });
export type Topicc = z.infer<typeof Topicc>;

/** A work-programme item: something the commission scrutinises at one meeting. */
export const Item = z
  .strictObject({
    id: Id,
    title: Line.min(1),
    /** The scrutiny objective / one-line purpose printed under the item on the front sheet. */
    objective: Text.optional().describe(
      "The scrutiny objective / one-line purpose printed under the item on the front sheet.",
    ),
    minutes: Minutes.optional(),
    directorate: Line.optional(),
    /** Officers, guests or Cabinet members attending, by id. */
    officers: z.array(Id).default([]).describe("Officers, guests or Cabinet members attending, by id."),
    preparation: z.array(Preparation).default([]),
    status: ItemStatus.default("confirmed"),
    /**
     * A standing item: recurs every year (safeguarding annual report, budget monitoring, exclusions,
     * attainment), and may sit on every agenda of the year without copying (a work programme update).
     */
    standing: z
      .boolean()
      .default(false)
      .describe(
        "A standing item: recurs every year, and may sit on every agenda of the year without copying (a work programme update).",
      ),
    /** Items to be taken alongside this one at the same meeting. */
    alongside: z.array(Id).default([]).describe("Items to be taken alongside this one at the same meeting."),
    /** An education matter: diocesan and parent-governor co-optees may vote. */
    education: z
      .boolean()
      .default(false)
      .describe("An education matter: diocesan and parent-governor co-optees may vote."),
    cabinetQA: CabinetQA.optional(),
    /** Procedural items (work programme, minutes): not scrutiny topics. */
    procedural: z.boolean().default(false).describe("Procedural items (work programme, minutes): not scrutiny topics."),
    /** Date the item was added to the agenda; after dispatch it is a late item. */
    added: IsoDate.optional().describe("Date the item was added to the agenda; after dispatch it is a late item."),
    /** Chair's reasons for taking a late item as urgent (LGA 1972 s100B(4)(b); s100BA(6) in Wales; LG(S)A 1973 s50B). */
    urgentReasons: Text.optional().describe(
      "Chair's reasons for taking a late item as urgent (LGA 1972 s100B(4)(b); s100BA(6) in Wales; LG(S)A 1973 s50B).",
    ),
    // Planning hints (auto-planner).
    priority: z.number().min(0).max(100).optional(),
    topicc: Topicc.optional(),
    /** Statutory or standing item that must be scheduled. */
    must: z.boolean().default(false).describe("Statutory or standing item that must be scheduled."),
    earliest: z.union([IsoDate, IsoMonth]).optional(),
    latest: z.union([IsoDate, IsoMonth]).optional(),
    /** Keep the item at this meeting (its id): the auto-planner places it there and nowhere else. */
    pinned: Id.optional().describe(
      "Keep the item at this meeting (its id): the auto-planner places it there and nowhere else.",
    ),
    notes: Text.optional(),
  })
  .meta({ id: "Item" });
export type Item = z.infer<typeof Item>;
