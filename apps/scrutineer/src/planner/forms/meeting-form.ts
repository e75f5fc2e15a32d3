import { shortDate } from "@scrutineer/dates";
import { calendarFor, generateSlots, isDeadlinesError } from "@scrutineer/deadlines";
import {
  MEETING_FIELD_LABELS,
  Meeting,
  type Meeting as MeetingRecord,
  meetingTimes,
  newId,
  plural,
} from "@scrutineer/model";
import { capital, startingAt } from "./item-form.js";
import type { Choice, FieldSpec, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import { changedFields, choice, schemaErrors, textOf, typed, withoutEmpty } from "./values.js";

/**
 * A meeting's form: its date (a new date moves it by the model's one rule: it remembers the
 * date it was first set for, and its stated deadlines go), times, venue, stated deadlines,
 * livestream and notes; its attendance and declarations in a screen of their own. A new one
 * takes a date typed, or one of the year's free slots by a slot rule ("second Monday monthly
 * except August", as `scrutineer slots` reads it). Cancelling is `x` on the year.
 */

type MeetingTarget = Extract<FormTarget, { kind: "meeting" }>;
const label = (key: keyof typeof MEETING_FIELD_LABELS) => capital(MEETING_FIELD_LABELS[key]);

const TEXT_FIELDS = ["start", "plannedEnd", "venue", "papersDeadline", "dispatch", "livestream", "notes"] as const;

function meetingOf(target: MeetingTarget, context: FormContext): MeetingRecord | undefined {
  return target.meeting === undefined ? undefined : context.index.meetings.get(target.meeting);
}

/** The year's slots by the rule that no meeting takes yet, or what is wrong with the rule. */
export function freeSlots(rule: string, context: FormContext): { slots: Choice[]; problem?: string } {
  const { commission } = context.index.programme;
  try {
    const plan = generateSlots({
      rule,
      municipalYear: commission.municipalYear,
      start: commission.start,
      calendar: calendarFor(commission),
    });
    const taken = new Set(context.index.programme.meetings.map((m) => m.date));
    const slots = plan.slots.filter((s) => !taken.has(s.date)).map((s) => ({ value: s.date, label: s.label }));
    return { slots };
  } catch (error) {
    if (isDeadlinesError(error)) return { slots: [], problem: error.message };
    throw error;
  }
}

/** The new meeting's id: its month, as the example's are (`2023-01`), or its date when the month has one already. */
function idFor(date: string, context: FormContext): string {
  const taken = new Set(context.index.meetings.keys());
  const month = date.slice(0, 7);
  return taken.has(month) ? newId(date, taken, { fallback: "meeting" }) : month;
}

/** The date a new meeting takes: the one typed, else the slot chosen. */
function dateOf(values: FormValues): string | undefined {
  return typed(values.date) ?? choice(values.slot);
}

function recordFrom(values: FormValues, base: MeetingRecord | undefined, id: string): Record<string, unknown> {
  const record: Record<string, unknown> = {
    ...(base ?? {}),
    id,
    date: dateOf(values),
    dateConfirmed: choice(values.dateConfirmed) !== "no",
  };
  for (const key of TEXT_FIELDS) record[key] = typed(values[key]);
  return withoutEmpty(record);
}

export const meetingForm: FormSpec<MeetingTarget> = {
  title(target, context) {
    const meeting = meetingOf(target, context);
    return meeting ? `Edit the meeting of ${shortDate(meeting.date)}` : "New meeting";
  },

  initial(target, context) {
    const meeting = meetingOf(target, context);
    const values: Record<string, string> = {
      date: textOf(meeting?.date),
      dateConfirmed: meeting?.dateConfirmed === false ? "no" : "yes",
    };
    for (const key of TEXT_FIELDS) values[key] = textOf(meeting?.[key]);
    if (!meeting) Object.assign(values, { rule: "", slot: "", dateConfirmed: "no" });
    return values;
  },

  fields(target, values, context) {
    const meeting = meetingOf(target, context);
    const { programme } = context.index;
    const usual = meeting ? meetingTimes(programme, meeting) : programme.commission;
    const fields: FieldSpec[] = [];
    if (meeting) {
      const status =
        meeting.status === "cancelled"
          ? "cancelled (x on the year reinstates it)"
          : meeting.movedFrom
            ? `moved from ${shortDate(meeting.movedFrom)}`
            : "scheduled";
      fields.push({ kind: "note", name: "status", label: "Status", path: [], text: `${meeting.id}: ${status}` });
      fields.push({
        kind: "text",
        name: "date",
        label: label("date"),
        path: ["date"],
        hint: "YYYY-MM-DD, or YYYY-MM while the day is unconfirmed (a new date moves the meeting)",
      });
    } else {
      const rule = typed(values.rule);
      const free = rule ? freeSlots(rule, context) : undefined;
      fields.push({
        kind: "text",
        name: "rule",
        label: "Slot rule",
        path: [],
        hint: "e.g. second Monday monthly except August",
      });
      if (free?.problem)
        fields.push({ kind: "note", name: "ruleProblem", label: "", path: [], text: free.problem, tone: "bad" });
      else if (free)
        fields.push({
          kind: "choice",
          name: "slot",
          label: `Free slots (${free.slots.length})`,
          path: [],
          options: free.slots.length > 0 ? free.slots : [{ value: "", label: "every slot of the year has a meeting" }],
        });
      fields.push({
        kind: "text",
        name: "date",
        label: rule ? "Or a date" : label("date"),
        path: ["date"],
        hint: "YYYY-MM-DD",
      });
      const date = dateOf(values);
      if (date)
        fields.push({
          kind: "note",
          name: "id",
          label: "Id",
          path: [],
          text: `${idFor(date, context)} (it never changes)`,
        });
    }
    fields.push(
      {
        kind: "choice",
        name: "dateConfirmed",
        label: label("dateConfirmed"),
        path: ["dateConfirmed"],
        options: startingAt(
          [
            { value: "yes", label: "confirmed" },
            { value: "no", label: "provisional (feeds show it as tentative)" },
          ],
          this.initial(target, context).dateConfirmed as string,
        ),
      },
      { kind: "text", name: "start", label: label("start"), path: ["start"], hint: `HH:MM (usually ${usual.start})` },
      {
        kind: "text",
        name: "plannedEnd",
        label: label("plannedEnd"),
        path: ["plannedEnd"],
        hint: `HH:MM (usually ${usual.plannedEnd})`,
      },
      { kind: "text", name: "venue", label: label("venue"), path: ["venue"], hint: usual.venue },
      {
        kind: "text",
        name: "papersDeadline",
        label: label("papersDeadline"),
        path: ["papersDeadline"],
        hint: "YYYY-MM-DD, only if stated (else the rule's)",
      },
      {
        kind: "text",
        name: "dispatch",
        label: label("dispatch"),
        path: ["dispatch"],
        hint: "YYYY-MM-DD, only if stated (else the rule's)",
      },
      { kind: "text", name: "livestream", label: label("livestream"), path: ["livestream"], hint: "https://…" },
      { kind: "text", name: "notes", label: label("notes"), path: ["notes"] },
    );
    if (meeting) {
      const att = meeting.attendance;
      const recorded = att
        ? `${att.present.length} present, ${plural(att.apologies.length, "apology", "apologies")}`
        : "not recorded";
      fields.push({
        kind: "open",
        name: "record",
        label: "On the night",
        path: [],
        list: { kind: "declarations", meeting: meeting.id },
        summary: `attendance ${recorded}; ${plural(meeting.declarations.length, "declaration")}: Enter`,
      });
    }
    return fields;
  },

  submit(target, values, _initial, context) {
    const meeting = meetingOf(target, context);
    const fields = this.fields(target, values, context);
    const date = dateOf(values);
    const id = meeting?.id ?? (date ? idFor(date, context) : "meeting");
    const record = recordFrom(values, meeting, id);
    const errors = schemaErrors(Meeting, record, fields);
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (!meeting) return { kind: "edit", edit: { type: "add-meeting", meeting: record as never } };
    const after = Meeting.parse(record);
    const changed = changedFields(meeting as unknown as Record<string, unknown>, after, [
      "date",
      "dateConfirmed",
      ...TEXT_FIELDS,
    ]);
    if (Object.keys(changed).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-meeting", meeting: meeting.id, fields: changed } };
  },
};
