import { z } from "zod";
import { Declaration } from "./interest.js";
import { Id, IsoDate, PageRange, WallTime } from "./primitives.js";

/** Where an item sits on a meeting's agenda, with what the published front sheet stated. */
export const AgendaEntry = z.union([
  Id,
  z.strictObject({
    item: Id,
    /** The start time printed on the front sheet, e.g. "(19.05)", as "19:05". */
    statedStart: WallTime.optional().describe('The start time printed on the front sheet, e.g. "(19.05)", as "19:05".'),
    pages: PageRange.optional(),
  }),
]);
export type AgendaEntry = z.infer<typeof AgendaEntry>;

/** Who attended. Remote attendees ("connected virtually") are not present for quorum or voting. */
export const Attendance = z
  .strictObject({
    present: z.array(Id).default([]),
    remote: z.array(Id).default([]),
    apologies: z.array(Id).default([]),
  })
  .meta({ id: "Attendance" });
export type Attendance = z.infer<typeof Attendance>;

/** OCD/Popolo event words where they fit: scheduled (confirmed or tentative), moved, cancelled. */
export const MeetingStatus = z.enum(["scheduled", "moved", "cancelled"]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** A meeting slot in the work programme. */
export const Meeting = z
  .strictObject({
    /** Stable id, kept when the meeting moves (e.g. `2022-09`). */
    id: Id.describe("Stable id, kept when the meeting moves (e.g. `2022-09`)."),
    date: IsoDate,
    start: WallTime.optional(),
    plannedEnd: WallTime.optional(),
    venue: z.string().optional(),
    status: MeetingStatus.default("scheduled"),
    /** The date it was moved from ("29 Sept (moved from 8 Sept)"). */
    movedFrom: IsoDate.optional().describe('The date it was moved from ("29 Sept (moved from 8 Sept)").'),
    /** False while the date is provisional (calendar feeds show TENTATIVE). */
    dateConfirmed: z
      .boolean()
      .default(true)
      .describe("False while the date is provisional (calendar feeds show TENTATIVE)."),
    /** Stated in the programme; when absent the commission's rule applies. */
    papersDeadline: IsoDate.optional().describe("Stated in the programme; when absent the commission's rule applies."),
    /** Agenda dispatch (publication) date stated in the programme. */
    dispatch: IsoDate.optional().describe("Agenda dispatch (publication) date stated in the programme."),
    livestream: z.url().optional(),
    agenda: z.array(AgendaEntry).default([]),
    attendance: Attendance.optional(),
    declarations: z.array(Declaration).default([]),
    notes: z.string().optional(),
  })
  .meta({ id: "Meeting" });
export type Meeting = z.infer<typeof Meeting>;

/** The item id of an agenda entry, whichever way it was written. */
export function agendaItemId(entry: AgendaEntry): string {
  return typeof entry === "string" ? entry : entry.item;
}
