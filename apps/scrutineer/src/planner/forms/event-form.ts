import { shortDate } from "@scrutineer/dates";
import { EVENT_FIELD_LABELS, eventKindLabel, newId, ProgrammeEvent } from "@scrutineer/model";
import { capital, startingAt } from "./item-form.js";
import type { FieldSpec, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import { changedFields, choice, choices, chosen, schemaErrors, textOf, typed, withoutEmpty, YES_NO } from "./values.js";

/**
 * An event's form: a briefing, a site visit, a workshop or another session that is not a formal
 * meeting (`events:`): its title, kind, date and times, venue, who attends (none ticked: the
 * whole commission), the items it is for, whether it is public, notes. A new event gets an id
 * made from its title.
 */

type EventTarget = Extract<FormTarget, { kind: "event" }>;

function eventOf(target: EventTarget, context: FormContext): ProgrammeEvent | undefined {
  return target.event === undefined ? undefined : context.index.programme.events.find((e) => e.id === target.event);
}

function idFor(values: FormValues, context: FormContext): string {
  const taken = new Set(context.index.programme.events.map((e) => e.id));
  return newId(typed(values.title) ?? "", taken, { fallback: "event" });
}

function recordFrom(values: FormValues, id: string): Record<string, unknown> {
  return withoutEmpty({
    id,
    title: typed(values.title),
    kind: choice(values.kind),
    date: typed(values.date),
    start: typed(values.start),
    end: typed(values.end),
    venue: typed(values.venue),
    attendees: chosen(values.attendees),
    items: chosen(values.items),
    public: choice(values.public) === "yes",
    notes: typed(values.notes),
  });
}

const label = (key: keyof typeof EVENT_FIELD_LABELS) => capital(EVENT_FIELD_LABELS[key]);

export const eventForm: FormSpec<EventTarget> = {
  title(target, context) {
    const event = eventOf(target, context);
    return event ? `Edit ${eventKindLabel(event.kind).toLowerCase()}: ${event.title}` : "New event";
  },

  initial(target, context) {
    const e = eventOf(target, context);
    return {
      title: textOf(e?.title),
      kind: e?.kind ?? "briefing",
      date: textOf(e?.date),
      start: textOf(e?.start),
      end: textOf(e?.end),
      venue: textOf(e?.venue),
      attendees: [...(e?.attendees ?? [])],
      items: [...(e?.items ?? [])],
      public: e?.public ? "yes" : "no",
      notes: textOf(e?.notes),
    };
  },

  fields(target, values, context) {
    const { programme } = context.index;
    const initial = this.initial(target, context);
    const fields: FieldSpec[] = [
      {
        kind: "text",
        name: "title",
        label: label("title"),
        path: ["title"],
        hint: "e.g. Visit to the Family Nurse Partnership",
      },
      {
        kind: "choice",
        name: "kind",
        label: label("kind"),
        path: ["kind"],
        options: startingAt(
          ProgrammeEvent.shape.kind.options.map((k) => ({ value: k, label: eventKindLabel(k) })),
          choice(initial.kind),
        ),
      },
      { kind: "text", name: "date", label: label("date"), path: ["date"], hint: "YYYY-MM-DD" },
      { kind: "text", name: "start", label: label("start"), path: ["start"], hint: "HH:MM; empty: all day" },
      { kind: "text", name: "end", label: label("end"), path: ["end"], hint: "HH:MM" },
      { kind: "text", name: "venue", label: label("venue"), path: ["venue"] },
      {
        kind: "multi",
        name: "attendees",
        label: label("attendees"),
        path: ["attendees"],
        options: [
          ...choices(programme.members, (m) => m.name),
          ...choices(programme.coOptees, (c) => `${c.name} (co-optee)`),
          ...choices(programme.officers, (o) => (o.title ? `${o.name}, ${o.title}` : o.name)),
          ...choices(programme.cabinetMembers, (c) => `${c.name} (Cabinet)`),
        ],
      },
      {
        kind: "multi",
        name: "items",
        label: label("items"),
        path: ["items"],
        options: choices(programme.items, (i) => i.title),
      },
      {
        kind: "choice",
        name: "public",
        label: label("public"),
        path: ["public"],
        options: startingAt(
          YES_NO.map((o) => ({
            ...o,
            label: o.value === "yes" ? "yes: in public feeds and documents" : "no: private (briefings usually are)",
          })),
          choice(initial.public),
        ),
      },
      { kind: "text", name: "notes", label: label("notes"), path: ["notes"] },
    ];
    if (chosen(values.attendees).length === 0)
      fields.splice(7, 0, {
        kind: "note",
        name: "everyone",
        label: "",
        path: [],
        text: "none ticked: everyone on the commission that day",
        tone: "normal",
      });
    if (!eventOf(target, context) && typed(values.title)) {
      const date = typed(values.date);
      fields.push({
        kind: "note",
        name: "id",
        label: "Id",
        path: [],
        text: `${idFor(values, context)} (made from the title; it never changes)${date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? ` · ${shortDate(date)}` : ""}`,
      });
    }
    return fields;
  },

  submit(target, values, _initial, context) {
    const event = eventOf(target, context);
    const record = recordFrom(values, event?.id ?? idFor(values, context));
    const errors = schemaErrors(ProgrammeEvent, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    const after = ProgrammeEvent.parse(record);
    if (!event) return { kind: "edit", edit: { type: "add-event", event: after } };
    const changed = changedFields(
      event as unknown as Record<string, unknown>,
      after as unknown as Record<string, unknown>,
      Object.keys(EVENT_FIELD_LABELS),
    );
    if (Object.keys(changed).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-event", event: event.id, fields: changed } };
  },
};
