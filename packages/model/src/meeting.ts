import * as z from "zod";
import { Declaration } from "./interest.js";
import { OrderOfBusiness } from "./order-of-business.js";
import { MeetingAction, WrittenAnswer } from "./outcomes.js";
import { DateOrMonth, Id, IsoDate, Line, PageRange, Text, WallTime, WebAddress } from "./primitives.js";

/**
 * What became of an item at a meeting, as the minutes say: `taken` (considered), `noted`,
 * `deferred` ("will not be presented today and will be rescheduled to the 10th March 2023
 * meeting", North Yorkshire, 16 Dec 2022), `withdrawn`. A deferred item may sit on a later agenda
 * too, keeping its id.
 */
export const AgendaOutcome = z.enum(["taken", "noted", "deferred", "withdrawn"]);
export type AgendaOutcome = z.infer<typeof AgendaOutcome>;

/** Each outcome in words, lower case, for messages and the undo list ("Record … as noted"). */
export const AGENDA_OUTCOME_LABELS: Record<AgendaOutcome, string> = {
  taken: "considered",
  noted: "noted",
  deferred: "deferred",
  withdrawn: "withdrawn",
};

/**
 * An agenda entry written out as a record: the item, what the published front sheet stated, and
 * what became of it at the meeting (its outcome, resolutions, actions and answers owed in writing).
 */
export const AgendaEntryRecord = z.strictObject({
  item: Id,
  /** The start time printed on the front sheet, e.g. "(19.05)", as "19:05". */
  statedStart: WallTime.optional().describe('The start time printed on the front sheet, e.g. "(19.05)", as "19:05".'),
  pages: PageRange.optional(),
  /** What became of the item at this meeting (from the minutes). */
  outcome: AgendaOutcome.optional().describe("What became of the item at this meeting (from the minutes)."),
  /** For a deferred item: the id of the meeting it went to (its agenda holds the item too). */
  deferredTo: Id.optional().describe(
    "For a deferred item: the id of the meeting it went to (its agenda holds the item too).",
  ),
  /** What the meeting resolved or agreed on the item, in the minutes' words ("Members noted and agreed the letter."). */
  resolutions: z
    .array(Text.min(1))
    .optional()
    .describe(
      'What the meeting resolved or agreed on the item, in the minutes\' words ("Members noted and agreed the letter.").',
    ),
  /** Actions agreed on the item, each with its owner and due date where the minutes give them. */
  actions: z
    .array(MeetingAction)
    .optional()
    .describe("Actions agreed on the item, each with its owner and due date where the minutes give them."),
  /** Questions to be answered in writing after the meeting. */
  writtenAnswers: z.array(WrittenAnswer).optional().describe("Questions to be answered in writing after the meeting."),
});
export type AgendaEntryRecord = z.infer<typeof AgendaEntryRecord>;

/** Where an item sits on a meeting's agenda: its bare id, or a record of what the front sheet stated and what became of it. */
export const AgendaEntry = z.union([Id, AgendaEntryRecord]);
export type AgendaEntry = z.infer<typeof AgendaEntry>;

/** A substitute at a meeting, in the place of the member they replaced. */
export const SubstituteAttendance = z
  .strictObject({
    /** The substitute's id (from `substitutes:`). */
    id: Id.describe("The substitute's id (from `substitutes:`)."),
    /** The member or co-optee they replaced. */
    for: Id.describe("The member or co-optee they replaced."),
  })
  .meta({ id: "SubstituteAttendance" });
export type SubstituteAttendance = z.infer<typeof SubstituteAttendance>;

/**
 * How the minutes record attendance: `full`, everyone present is listed; `apologies-only`, only
 * apologies and substitutes are (then everyone else on the membership that day was present).
 */
export const AttendanceRecorded = z.enum(["full", "apologies-only"]);
export type AttendanceRecorded = z.infer<typeof AttendanceRecorded>;

/**
 * Who attended. Whether remote attendees ("connected virtually") are present for quorum and
 * voting depends on the jurisdiction (`commissionLaw`). A substitute counts in the place of the
 * member they replace; the membership (and so the quorum) is unchanged.
 */
export const Attendance = z
  .strictObject({
    /** `full` (present listed) or `apologies-only` (everyone else on the membership was present). */
    recorded: AttendanceRecorded.default("full").describe(
      "`full` (present listed) or `apologies-only` (everyone else on the membership was present).",
    ),
    present: z.array(Id).default([]),
    remote: z.array(Id).default([]),
    apologies: z.array(Id).default([]),
    /** Substitutes who attended, each in the place of a member. */
    substitutes: z
      .array(SubstituteAttendance)
      .default([])
      .describe("Substitutes who attended, each in the place of a member."),
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
    /** The day, or only the month (`2024-01`) while the day is to be confirmed (then `dateConfirmed: false`). */
    date: DateOrMonth.describe(
      "The day, or only the month (`2024-01`) while the day is to be confirmed (then `dateConfirmed: false`).",
    ),
    start: WallTime.optional(),
    plannedEnd: WallTime.optional(),
    /** When the meeting actually began (from the minutes), "HH:MM". */
    started: WallTime.optional().describe('When the meeting actually began (from the minutes), "HH:MM".'),
    /** When it actually closed ("The meeting closed at 9.15pm"), "HH:MM". */
    ended: WallTime.optional().describe('When it actually closed ("The meeting closed at 9.15pm"), "HH:MM".'),
    venue: Line.optional(),
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
    livestream: WebAddress.optional(),
    /**
     * This meeting's own order of business, when it differs from the commission's (North Yorkshire
     * took Apologies before the Minutes on 17 June 2022 and after them on 16 December 2022).
     */
    orderOfBusiness: OrderOfBusiness.optional().describe(
      "This meeting's own order of business, when it differs from the commission's (a heading's title naming the minutes' date).",
    ),
    agenda: z.array(AgendaEntry).default([]),
    /**
     * A joint meeting: the other committees (their ids in council.yaml) holding this meeting with
     * this one. Each lists it once, with the same id; each committee's quorum counts its own members.
     */
    jointWith: z
      .array(Id)
      .optional()
      .describe(
        "A joint meeting: the other committees (their ids in council.yaml) holding it with this one; each lists it once, with the same id.",
      ),
    attendance: Attendance.optional(),
    declarations: z.array(Declaration).default([]),
    notes: Text.optional(),
  })
  .meta({ id: "Meeting" });
export type Meeting = z.infer<typeof Meeting>;

/** The item id of an agenda entry, whichever way it was written. */
export function agendaItemId(entry: AgendaEntry): string {
  return typeof entry === "string" ? entry : entry.item;
}

/** Whether the meeting's date is a month only (`2024-01`): its day is still to be confirmed. */
export function monthOnly(meeting: Pick<Meeting, "date">): boolean {
  return meeting.date.length === 7;
}

/** The outcome recorded for an agenda entry, if any. */
export function agendaOutcome(entry: AgendaEntry): AgendaOutcome | undefined {
  return typeof entry === "string" ? undefined : entry.outcome;
}

/**
 * Whether an agenda entry records what became of its item at the meeting (an outcome,
 * resolutions, actions or written answers): a record of that meeting, which the item cannot
 * leave without losing it (the move edit refuses, `item-recorded`).
 */
export function entryRecorded(entry: AgendaEntry): boolean {
  if (typeof entry === "string") return false;
  const { resolutions, actions, writtenAnswers } = entryOutcomes(entry);
  return entry.outcome !== undefined || resolutions.length + actions.length + writtenAnswers.length > 0;
}

/** The resolutions, actions and written answers recorded on an agenda entry (empty for a bare id). */
export function entryOutcomes(entry: AgendaEntry): {
  resolutions: readonly string[];
  actions: readonly MeetingAction[];
  writtenAnswers: readonly WrittenAnswer[];
} {
  if (typeof entry === "string") return { resolutions: [], actions: [], writtenAnswers: [] };
  return {
    resolutions: entry.resolutions ?? [],
    actions: entry.actions ?? [],
    writtenAnswers: entry.writtenAnswers ?? [],
  };
}
