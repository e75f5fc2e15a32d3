import * as z from "zod";
import { Id, IsoDate, Line, Text } from "./primitives.js";

/**
 * An action agreed at a meeting: in Hackney's minutes a bold "Agreed:" line ("Agreed: That
 * further data on the location of residential placements would be provided to the
 * Commission.", minutes of 30 Nov 2022, seed 003 line 99), reported back under "Actions:" on the
 * next agenda's minutes sheet (seed 001, lines 5827-5835). Owner and due date are optional: the
 * minutes often name neither.
 */
export const MeetingAction = z
  .strictObject({
    /** Stable id, unique in the programme (calendar UIDs and findings name it). */
    id: Id.describe("Stable id, unique in the programme (calendar UIDs and findings name it)."),
    /** The action in the minutes' words. */
    text: Text.min(1).describe("The action in the minutes' words."),
    /** Who must do it: a person's id (officer, member, Cabinet member). */
    owner: Id.optional().describe("Who must do it: a person's id (officer, member, Cabinet member)."),
    /** When it is due (YYYY-MM-DD); absent when the minutes set no date. */
    due: IsoDate.optional().describe("When it is due (YYYY-MM-DD); absent when the minutes set no date."),
    /** When it was done (YYYY-MM-DD). */
    done: IsoDate.optional().describe("When it was done (YYYY-MM-DD)."),
    /** What was done, as reported back ("In response: …"). */
    response: Text.optional().describe('What was done, as reported back ("In response: …").'),
  })
  .meta({ id: "MeetingAction" });
export type MeetingAction = z.infer<typeof MeetingAction>;

/**
 * A question to be answered in writing after the meeting ("Due to time constraints, it was agreed
 * that any outstanding questions on CCTV and public surveillance would be answered in writing
 * after the meeting", Living in Hackney, 9 Dec 2024, seed 004 line 111).
 */
export const WrittenAnswer = z
  .strictObject({
    /** Stable id, unique in the programme. */
    id: Id.describe("Stable id, unique in the programme."),
    /** The question (or the topic of the questions). */
    question: Text.min(1).describe("The question (or the topic of the questions)."),
    /** Who asked: a member's id. */
    askedBy: Id.optional().describe("Who asked: a member's id."),
    /** Who owes the answer: a person's id (a Cabinet member, an officer). */
    owedBy: Id.optional().describe("Who owes the answer: a person's id (a Cabinet member, an officer)."),
    /** When the answer is due (YYYY-MM-DD); absent when nobody set a date. */
    due: IsoDate.optional().describe("When the answer is due (YYYY-MM-DD); absent when nobody set a date."),
    /** When it was answered (YYYY-MM-DD). */
    answered: IsoDate.optional().describe("When it was answered (YYYY-MM-DD)."),
    /** Where the answer was published (a document title or agenda reference). */
    where: Line.optional().describe("Where the answer was published (a document title or agenda reference)."),
  })
  .meta({ id: "WrittenAnswer" });
export type WrittenAnswer = z.infer<typeof WrittenAnswer>;
