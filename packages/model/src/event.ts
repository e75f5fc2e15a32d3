import * as z from "zod";
import { Id, IsoDate, Line, Text, WallTime } from "./primitives.js";

/**
 * Work that is not a formal meeting: mid-cycle briefings ("At the mid cycle briefing held on 22
 * July 2022 it was agreed that the immediate priority for the Committee was …", North Yorkshire,
 * Chair's statement of 16 Nov 2022), site visits, workshops, evidence sessions and task-and-finish
 * group sessions (Devon's "visit to the Holsworthy Anaerobic Digestion Plant", "Masterclass";
 * second-council.md §5). They have dates, places and attendees, are not summoned under the 1972
 * Act, and are private unless said otherwise: member feeds and the officers' feed show them;
 * public feeds and documents only those marked `public: true`. The auto-planner never places them.
 */
export const ProgrammeEventKind = z.enum([
  "briefing",
  "site-visit",
  "workshop",
  "evidence-session",
  "task-and-finish",
  "other",
]);
export type ProgrammeEventKind = z.infer<typeof ProgrammeEventKind>;

/**
 * An event of the commission's year that is not a meeting (a site visit, a briefing, a training session):
 * id, title, kind, date (`YYYY-MM-DD`), start and end (`"HH:MM"` Europe/London; none: all day), venue,
 * attendees by id, and whether it is private (never published).
 */
export const ProgrammeEvent = z
  .strictObject({
    /** Stable id (calendar UIDs rely on it). */
    id: Id.describe("Stable id (calendar UIDs rely on it)."),
    title: Line.min(1),
    kind: ProgrammeEventKind,
    date: IsoDate,
    /** Start, Europe/London wall clock; absent: an all-day entry in calendars. */
    start: WallTime.optional().describe("Start, Europe/London wall clock; absent: an all-day entry in calendars."),
    end: WallTime.optional(),
    venue: Line.optional(),
    /** Who attends, by id; absent or empty: everyone on the commission that day. */
    attendees: z
      .array(Id)
      .default([])
      .describe("Who attends, by id; absent or empty: everyone on the commission that day."),
    /** The items it relates to, by id. */
    items: z.array(Id).default([]).describe("The items it relates to, by id."),
    /** Shown in public feeds and documents; absent: private (a briefing is private unless said). */
    public: z
      .boolean()
      .default(false)
      .describe("Shown in public feeds and documents; absent: private (a briefing is private unless said)."),
    notes: Text.optional(),
  })
  .meta({ id: "ProgrammeEvent" });
export type ProgrammeEvent = z.infer<typeof ProgrammeEvent>;
