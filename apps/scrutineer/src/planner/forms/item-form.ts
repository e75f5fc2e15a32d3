import { shortDate } from "@scrutineer/dates";
import {
  agendaItemId,
  ITEM_FIELD_LABELS,
  ITEM_STATUS_LABELS,
  Item,
  type Item as ItemRecord,
  ItemStatus,
  newId,
  plural,
  Topicc,
} from "@scrutineer/model";
import type { Choice, FieldSpec, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import {
  changedFields,
  choice,
  choices,
  chosen,
  schemaErrors,
  textOf,
  typed,
  typedMinutes,
  typedNumber,
  withoutEmpty,
} from "./values.js";

/**
 * An item's form: every field of the `Item` schema (its preparation in a list of its own), the
 * Cabinet Q&A (the Cabinet member, up to three topics, the date they were told), the planning
 * hints. A new one gets an id made from its title.
 */

type ItemTarget = Extract<FormTarget, { kind: "item" }>;

/** "Objective" from "objective": the model's field labels, as a form's. */
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const label = (key: keyof typeof ITEM_FIELD_LABELS) => capital(ITEM_FIELD_LABELS[key]);

/** The yes/no fields of an item, ticked together in one list. */
const MARKS = ["education", "standing", "procedural", "must"] as const;
/** The six TOPICC scores, typed in this order on one line. */
const TOPICC = Object.keys(Topicc.shape) as (keyof ItemRecord["topicc"] & string)[];

/** A list of choices starting at `first` and going round in their order (what Enter picks when nothing is moved). */
export function startingAt(options: readonly Choice[], first: string | undefined): Choice[] {
  const at = options.findIndex((o) => o.value === (first ?? ""));
  return at <= 0 ? [...options] : [...options.slice(at), ...options.slice(0, at)];
}

function itemOf(target: ItemTarget, context: FormContext): ItemRecord | undefined {
  return target.item === undefined ? undefined : context.index.items.get(target.item);
}

/** The item as the form's values say, over what it held (its preparation and id kept). */
function recordFrom(values: FormValues, base: ItemRecord | undefined, id: string): Record<string, unknown> {
  const marks = chosen(values.marks);
  const member = choice(values.cqaMember);
  const topics = [values.cqaTopic1, values.cqaTopic2, values.cqaTopic3].map(typed).filter((t) => t !== undefined);
  const scores = (typed(values.topicc) ?? "").split(/[\s,]+/).filter(Boolean);
  return withoutEmpty({
    id,
    title: typed(values.title),
    objective: typed(values.objective),
    minutes: typedMinutes(values.minutes),
    directorate: typed(values.directorate),
    officers: chosen(values.officers),
    preparation: base?.preparation ?? [],
    status: choice(values.status) ?? "confirmed",
    standing: marks.includes("standing"),
    alongside: chosen(values.alongside),
    education: marks.includes("education"),
    cabinetQA: member
      ? withoutEmpty({ cabinetMember: member, topics, notified: typed(values.cqaNotified) })
      : undefined,
    procedural: marks.includes("procedural"),
    added: typed(values.added),
    urgentReasons: typed(values.urgentReasons),
    priority: typedNumber(values.priority),
    topicc:
      scores.length > 0
        ? Object.fromEntries(TOPICC.map((k, i) => [k, typedNumber(scores[i]) ?? scores[i]]))
        : undefined,
    must: marks.includes("must"),
    earliest: typed(values.earliest),
    latest: typed(values.latest),
    pinned: choice(values.pinned),
    notes: typed(values.notes),
  });
}

/** The items it may be taken alongside: those on the same agenda (or, in the backlog, the backlog's), and those it already is. */
function alongsideChoices(item: ItemRecord | undefined, target: ItemTarget, context: FormContext): Choice[] {
  const { index } = context;
  const meeting = item
    ? index.meetingOfItem(item.id)
    : target.at && target.at !== "backlog"
      ? index.meetings.get(target.at.meeting)
      : undefined;
  const near = meeting ? meeting.agenda.map(agendaItemId) : [...index.backlog];
  const ids = [...new Set([...near, ...(item?.alongside ?? [])])].filter((id) => id !== item?.id);
  return ids.flatMap((id) => {
    const other = index.items.get(id);
    return other ? [{ value: id, label: other.title }] : [];
  });
}

export const itemForm: FormSpec<ItemTarget> = {
  title(target, context) {
    const item = itemOf(target, context);
    if (item) return `Edit item: ${item.title}`;
    const at = target.at;
    if (!at || at === "backlog") return "New item in the backlog";
    const meeting = context.index.meetings.get(at.meeting);
    return `New item on ${meeting ? shortDate(meeting.date) : at.meeting}`;
  },

  initial(target, context) {
    const item = itemOf(target, context);
    const qa = item?.cabinetQA;
    return {
      title: textOf(item?.title),
      objective: textOf(item?.objective),
      minutes: textOf(item?.minutes),
      status: item?.status ?? "confirmed",
      directorate: textOf(item?.directorate),
      officers: [...(item?.officers ?? [])],
      marks: MARKS.filter((k) => item?.[k] === true),
      alongside: [...(item?.alongside ?? [])],
      cqaMember: qa?.cabinetMember ?? "",
      cqaTopic1: textOf(qa?.topics[0]),
      cqaTopic2: textOf(qa?.topics[1]),
      cqaTopic3: textOf(qa?.topics[2]),
      cqaNotified: textOf(qa?.notified),
      added: textOf(item?.added),
      urgentReasons: textOf(item?.urgentReasons),
      priority: textOf(item?.priority),
      topicc: item?.topicc ? TOPICC.map((k) => item.topicc![k]).join(" ") : "",
      earliest: textOf(item?.earliest),
      latest: textOf(item?.latest),
      pinned: item?.pinned ?? "",
      notes: textOf(item?.notes),
    };
  },

  fields(target, values, context) {
    const { index } = context;
    const { programme } = index;
    const item = itemOf(target, context);
    const initial = this.initial(target, context);
    const people = [
      ...choices(programme.officers, (o) => (o.title ? `${o.name}, ${o.title}` : o.name)),
      ...choices(programme.cabinetMembers, (c) => (c.portfolio ? `${c.name}, ${c.portfolio}` : c.name)),
    ];
    const id = item?.id ?? newId(typed(values.title) ?? "", new Set(index.items.keys()));
    const fields: FieldSpec[] = [
      {
        kind: "note",
        name: "id",
        label: "Id",
        path: [],
        text: item ? item.id : `${id} (made from the title; it never changes)`,
      },
      { kind: "text", name: "title", label: label("title"), path: ["title"] },
      { kind: "text", name: "objective", label: label("objective"), path: ["objective"] },
      { kind: "text", name: "minutes", label: label("minutes"), path: ["minutes"], hint: "45, or a range 30-45" },
      {
        kind: "choice",
        name: "status",
        label: label("status"),
        path: ["status"],
        options: startingAt(
          ItemStatus.options.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] })),
          choice(initial.status),
        ),
      },
      { kind: "text", name: "directorate", label: label("directorate"), path: ["directorate"] },
      { kind: "multi", name: "officers", label: label("officers"), path: ["officers"], options: people },
      {
        kind: "multi",
        name: "marks",
        label: "Marks",
        path: ["education"],
        options: MARKS.map((k) => ({ value: k, label: ITEM_FIELD_LABELS[k] })),
      },
      {
        kind: "multi",
        name: "alongside",
        label: label("alongside"),
        path: ["alongside"],
        options: alongsideChoices(item, target, context),
      },
    ];
    if (item)
      fields.push({
        kind: "open",
        name: "preparation",
        label: label("preparation"),
        path: ["preparation"],
        list: { kind: "preparation", item: item.id },
        summary:
          item.preparation.length === 0
            ? "none yet: Enter to add site visits, focus groups, surveys…"
            : `${plural(item.preparation.length, "entry", "entries")}: Enter to see and edit`,
      });
    fields.push(
      {
        kind: "choice",
        name: "cqaMember",
        label: "Cabinet Q&A with",
        path: ["cabinetQA", "cabinetMember"],
        options: startingAt(
          [{ value: "", label: "no Cabinet Q&A" }, ...choices(programme.cabinetMembers, (c) => c.name)],
          choice(initial.cqaMember),
        ),
      },
      { kind: "text", name: "cqaTopic1", label: "  Topic 1", path: ["cabinetQA", "topics", 0] },
      { kind: "text", name: "cqaTopic2", label: "  Topic 2", path: ["cabinetQA", "topics", 1] },
      { kind: "text", name: "cqaTopic3", label: "  Topic 3", path: ["cabinetQA", "topics", 2] },
      {
        kind: "text",
        name: "cqaNotified",
        label: "  Told the topics",
        path: ["cabinetQA", "notified"],
        hint: "YYYY-MM-DD",
      },
      { kind: "text", name: "added", label: label("added"), path: ["added"], hint: "YYYY-MM-DD (a late item)" },
      { kind: "text", name: "urgentReasons", label: label("urgentReasons"), path: ["urgentReasons"] },
      { kind: "text", name: "priority", label: label("priority"), path: ["priority"], hint: "0-100" },
      {
        kind: "text",
        name: "topicc",
        label: label("topicc"),
        path: ["topicc"],
        hint: "six scores: timely organisational public impact performance cabinet",
      },
      { kind: "text", name: "earliest", label: label("earliest"), path: ["earliest"], hint: "YYYY-MM or YYYY-MM-DD" },
      { kind: "text", name: "latest", label: label("latest"), path: ["latest"], hint: "YYYY-MM or YYYY-MM-DD" },
      {
        kind: "choice",
        name: "pinned",
        label: label("pinned"),
        path: ["pinned"],
        options: startingAt(
          [{ value: "", label: "not pinned" }, ...choices(index.meetingsInOrder, (m) => shortDate(m.date))],
          choice(initial.pinned),
        ),
      },
      { kind: "text", name: "notes", label: label("notes"), path: ["notes"] },
    );
    return fields;
  },

  submit(target, values, _initial, context) {
    const { index } = context;
    const item = itemOf(target, context);
    const fields = this.fields(target, values, context);
    const id = item?.id ?? newId(typed(values.title) ?? "", new Set(index.items.keys()));
    const record = recordFrom(values, item, id);
    const errors = schemaErrors(Item, record, fields);
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (!item) return { kind: "edit", edit: { type: "add-item", item: record as never, to: target.at ?? "backlog" } };
    const after = Item.parse(record);
    const keys = Object.keys(ITEM_FIELD_LABELS);
    const changed = changedFields(item as unknown as Record<string, unknown>, after, keys);
    if (Object.keys(changed).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-item", item: item.id, fields: changed } };
  },
};
