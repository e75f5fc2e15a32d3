import * as z from "zod";
import { Commission } from "./commission.js";
import { ProgrammeEvent } from "./event.js";
import { Item, ItemStatus } from "./item.js";
import { LinkFollowUpEdit } from "./link-follow-up.js";
import { AgendaEntryRecord, AgendaOutcome, Meeting } from "./meeting.js";
import { CabinetMember, CoOptee, Councillor, Officer, Substitute } from "./people.js";
import { Id, IsoDate, Minutes } from "./primitives.js";
import { type EditableFields, editableFields } from "./record-fields.js";
import { Recommendation } from "./review.js";

/** A new record as an edit gives it: the schema's input, fields with a default left out as they may be in the file. */
function newRecord<S extends z.ZodObject>(schema: S): z.ZodType<z.input<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType).optional() : field,
    ]),
  );
  return z.strictObject(shape) as unknown as z.ZodType<z.input<S>>;
}

/** The fields of an item an edit may set: all but its id (`set-item`). */
export const ItemFields = editableFields<Item, "id">(Item, ["id"]);
export type ItemFields = EditableFields<Item, "id">;

/**
 * The fields of a meeting `set-meeting` may set: all but its id, its agenda (items move with
 * `move-item`) and its status and `movedFrom` (`cancel-meeting`, `reinstate-meeting`; a new
 * date follows the move rule of move-meeting.ts).
 */
export const MeetingFields = editableFields<Meeting, "id" | "agenda" | "status" | "movedFrom">(Meeting, [
  "id",
  "agenda",
  "status",
  "movedFrom",
]);
export type MeetingFields = EditableFields<Meeting, "id" | "agenda" | "status" | "movedFrom">;

/**
 * The fields of an agenda entry `set-agenda-entry` may set: all but the item's id. What became
 * of the item at the meeting (`outcome`, `deferredTo`), the resolutions in the minutes' words,
 * the actions agreed (owner and due date where the minutes give them), the questions to be
 * answered in writing, and what the front sheet stated (`statedStart`, `pages`).
 */
export const AgendaEntryFields = editableFields<AgendaEntryRecord, "item">(AgendaEntryRecord, ["item"]);
export type AgendaEntryFields = EditableFields<AgendaEntryRecord, "item">;

/**
 * The fields of a recommendation `set-recommendation` may set: all but its id. The ones an
 * officer records as the work goes on are `response` (date, decision, text), `implementation`
 * (status, evidence, updated), `followUp` (an item or a due date) and `responseDue` (a date agreed).
 */
export const RecommendationFields = editableFields<Recommendation, "id">(Recommendation, ["id"]);
export type RecommendationFields = EditableFields<Recommendation, "id">;

/** The fields of an event `set-event` may set: all but its id. */
export const EventFields = editableFields<ProgrammeEvent, "id">(ProgrammeEvent, ["id"]);
export type EventFields = EditableFields<ProgrammeEvent, "id">;

/** The fields of the commission `set-commission` may set: all but its id. */
export const CommissionFields = editableFields<Commission, "id">(Commission, ["id"]);
export type CommissionFields = EditableFields<Commission, "id">;

const GROUPS = ["members", "coOptees", "substitutes", "officers", "cabinetMembers"] as const;

/** The lists of people in a programme file, by their key. */
export const PeopleGroup = z.enum(GROUPS);
export type PeopleGroup = z.infer<typeof PeopleGroup>;

/** Each list's schema. */
export const PEOPLE_SCHEMAS = {
  members: Councillor,
  coOptees: CoOptee,
  substitutes: Substitute,
  officers: Officer,
  cabinetMembers: CabinetMember,
} as const satisfies Record<PeopleGroup, z.ZodObject>;

/** Where a new or moved item goes: a meeting (by id), optionally at a position on its agenda, or the backlog. */
const Placement = z.union([
  z.strictObject({ meeting: Id, index: z.number().int().nonnegative().optional() }),
  z.literal("backlog"),
]);

/** A new person on one list, typed by the list. */
const addPerson = <G extends PeopleGroup>(group: G) =>
  z.strictObject({ type: z.literal("add-person"), group: z.literal(group), person: newRecord(PEOPLE_SCHEMAS[group]) });

/** Some fields of a person on one list, typed by the list. */
const setPerson = <G extends PeopleGroup>(group: G) =>
  z.strictObject({
    type: z.literal("set-person"),
    group: z.literal(group),
    person: Id,
    fields: editableFields<z.infer<(typeof PEOPLE_SCHEMAS)[G]>, "id">(PEOPLE_SCHEMAS[group], ["id"]),
  });

/**
 * One change an officer (or the auto-planner) makes to a work programme. Edits name items,
 * meetings and people by their stable ids, so a list of them can be journalled and replayed.
 * Records are created whole (`add-…`, checked by their schema), changed field by field
 * (`set-…`: a field given as null is removed) and deleted (`delete-…`, refused while something
 * else names them).
 */
export const ProgrammeEdit = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("move-item"),
    item: Id,
    /** A meeting (by id), optionally at a position on its agenda, or the backlog. */
    to: Placement,
  }),
  z.strictObject({ type: z.literal("set-minutes"), item: Id, minutes: Minutes.nullable() }),
  z.strictObject({ type: z.literal("set-status"), item: Id, status: ItemStatus }),
  z.strictObject({ type: z.literal("reorder-item"), item: Id, delta: z.number().int() }),
  z.strictObject({ type: z.literal("set-alongside"), item: Id, with: z.array(Id) }),
  z.strictObject({ type: z.literal("move-meeting"), meeting: Id, date: IsoDate }),
  z.strictObject({ type: z.literal("cancel-meeting"), meeting: Id }),
  z.strictObject({ type: z.literal("reinstate-meeting"), meeting: Id }),
  /** What became of an item at a meeting (from the minutes, or on the night); null clears it. */
  z.strictObject({ type: z.literal("set-outcome"), meeting: Id, item: Id, outcome: AgendaOutcome.nullable() }),
  /**
   * The record of an item at a meeting, field by field: its outcome, resolutions, actions and
   * answers owed in writing (null or an empty list removes one).
   */
  z.strictObject({ type: z.literal("set-agenda-entry"), meeting: Id, item: Id, fields: AgendaEntryFields }),
  /** A recommendation of a review, field by field: its response, implementation and follow-up. */
  z.strictObject({
    type: z.literal("set-recommendation"),
    review: Id,
    recommendation: Id,
    fields: RecommendationFields,
  }),
  /** A new item, placed on a meeting's agenda (after the item before `index`) or in the backlog. */
  z.strictObject({ type: z.literal("add-item"), item: newRecord(Item), to: Placement }),
  z.strictObject({ type: z.literal("set-item"), item: Id, fields: ItemFields }),
  z.strictObject({ type: z.literal("delete-item"), item: Id }),
  /** A new meeting, kept in date order among the meetings. */
  z.strictObject({ type: z.literal("add-meeting"), meeting: newRecord(Meeting) }),
  z.strictObject({ type: z.literal("set-meeting"), meeting: Id, fields: MeetingFields }),
  z.strictObject({ type: z.literal("delete-meeting"), meeting: Id }),
  z.discriminatedUnion("group", [
    addPerson("members"),
    addPerson("coOptees"),
    addPerson("substitutes"),
    addPerson("officers"),
    addPerson("cabinetMembers"),
  ]),
  z.discriminatedUnion("group", [
    setPerson("members"),
    setPerson("coOptees"),
    setPerson("substitutes"),
    setPerson("officers"),
    setPerson("cabinetMembers"),
  ]),
  z.strictObject({ type: z.literal("delete-person"), group: PeopleGroup, person: Id }),
  z.strictObject({ type: z.literal("set-commission"), fields: CommissionFields }),
  /** A new event (a briefing, a site visit), kept in date order among the events. */
  z.strictObject({ type: z.literal("add-event"), event: newRecord(ProgrammeEvent) }),
  z.strictObject({ type: z.literal("set-event"), event: Id, fields: EventFields }),
  z.strictObject({ type: z.literal("delete-event"), event: Id }),
  LinkFollowUpEdit,
]);
export type ProgrammeEdit = z.infer<typeof ProgrammeEdit>;
