import { shortDate } from "@scrutineer/dates";
import {
  AGENDA_OUTCOME_LABELS,
  type AgendaEntry,
  type AgendaEntryFields,
  AgendaEntryRecord,
  AgendaOutcome,
  agendaItemId,
  type Meeting,
  MeetingAction,
  newId,
  plural,
  WrittenAnswer,
} from "@scrutineer/model";
import { startingAt } from "./item-form.js";
import type { Choice, FieldSpec, FormContext, FormSpec, FormTarget, FormValues, SubmitResult } from "./types.js";
import { changedFields, choice, same, schemaErrors, textOf, typed, withoutEmpty } from "./values.js";

/**
 * The forms of what a meeting recorded of an item, in the minutes' words (recommendations.md,
 * "What happened at a meeting"): its outcome (and the meeting a deferred item went to), the
 * resolutions, and, each in a list of its own, the actions agreed (owner and due date where the
 * minutes give them) and the questions to be answered in writing. Each saves as one
 * `set-agenda-entry` edit; the model refuses what the loader would (a deferred item with resolutions).
 */

type OutcomeTarget = Extract<FormTarget, { kind: "outcome" }>;
type ActionTarget = Extract<FormTarget, { kind: "action" }>;
type AnswerTarget = Extract<FormTarget, { kind: "written-answer" }>;

/** The meeting and the item's entry on its agenda. */
export function entryOf(
  meetingId: string,
  item: string,
  context: FormContext,
): { meeting: Meeting; entry: AgendaEntry } {
  const meeting = context.index.meetings.get(meetingId);
  const entry = meeting?.agenda.find((e) => agendaItemId(e) === item);
  if (!meeting || entry === undefined) throw new Error(`no entry ${item} at ${meetingId}`);
  return { meeting, entry };
}

/** The entry as a record (a bare id holds nothing yet). */
export function recordOf(entry: AgendaEntry): AgendaEntryRecord {
  return typeof entry === "string" ? { item: entry } : entry;
}

function itemTitle(item: string, context: FormContext): string {
  return context.index.items.get(item)?.title ?? item;
}

/** Resolutions as typed: one per line, or `|` between two (a text field edits one line). */
function resolutionsFrom(value: FormValues[string] | undefined): string[] {
  return (typed(value) ?? "")
    .split(/\n|\s\|\s/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** Everyone on the programme, to own an action or owe an answer. */
function people(context: FormContext): Choice[] {
  return [
    { value: "", label: "not named" },
    ...[...context.index.people.values()].map((p) => ({ value: p.id, label: p.name })),
  ];
}

/** The ids of every action and written answer in the programme (they are unique across it). */
function outcomeIds(context: FormContext): Set<string> {
  const ids = new Set<string>();
  for (const m of context.index.programme.meetings)
    for (const e of m.agenda) {
      if (typeof e === "string") continue;
      for (const a of e.actions ?? []) ids.add(a.id);
      for (const w of e.writtenAnswers ?? []) ids.add(w.id);
    }
  return ids;
}

const NONE: Choice = { value: "", label: "not recorded" };

// --- The item's outcome --------------------------------------------------------------------------

export const outcomeForm: FormSpec<OutcomeTarget> = {
  title(target, context) {
    const { meeting } = entryOf(target.meeting, target.item, context);
    return `At the meeting of ${shortDate(meeting.date)}: ${itemTitle(target.item, context)}`;
  },

  initial(target, context) {
    const record = recordOf(entryOf(target.meeting, target.item, context).entry);
    return {
      outcome: record.outcome ?? "",
      deferredTo: record.deferredTo ?? "",
      resolutions: textOf((record.resolutions ?? []).join("\n")),
    };
  },

  fields(target, values, context) {
    const { meeting, entry } = entryOf(target.meeting, target.item, context);
    const record = recordOf(entry);
    const initial = this.initial(target, context);
    const fields: FieldSpec[] = [
      {
        kind: "choice",
        name: "outcome",
        label: "Outcome",
        path: ["outcome"],
        options: startingAt(
          [NONE, ...AgendaOutcome.options.map((o) => ({ value: o, label: AGENDA_OUTCOME_LABELS[o] }))],
          choice(initial.outcome),
        ),
      },
    ];
    if (choice(values.outcome) === "deferred") {
      const later = context.index.meetingsInOrder.filter((m) => m.date > meeting.date && m.status !== "cancelled");
      fields.push({
        kind: "choice",
        name: "deferredTo",
        label: "Deferred to",
        path: ["deferredTo"],
        options: startingAt(
          [{ value: "", label: "not yet known" }, ...later.map((m) => ({ value: m.id, label: shortDate(m.date) }))],
          choice(initial.deferredTo),
        ),
      });
    }
    const actions = record.actions ?? [];
    const answers = record.writtenAnswers ?? [];
    fields.push(
      {
        kind: "text",
        name: "resolutions",
        label: "Resolutions",
        path: ["resolutions"],
        hint: "in the minutes' words; one per line, or | between two",
      },
      {
        kind: "open",
        name: "actions",
        label: "Actions",
        path: ["actions"],
        list: { kind: "actions", meeting: target.meeting, item: target.item },
        summary: actions.length === 0 ? "none: Enter to add one" : `${plural(actions.length, "action")}: Enter`,
      },
      {
        kind: "open",
        name: "writtenAnswers",
        label: "Written answers",
        path: ["writtenAnswers"],
        list: { kind: "written-answers", meeting: target.meeting, item: target.item },
        summary:
          answers.length === 0
            ? "none: Enter to add a question to be answered in writing"
            : `${plural(answers.length, "question")} owed in writing: Enter`,
      },
    );
    return fields;
  },

  submit(target, values, initial, context) {
    const record = recordOf(entryOf(target.meeting, target.item, context).entry);
    const outcome = choice(values.outcome);
    const after = withoutEmpty({
      item: target.item,
      outcome,
      deferredTo: outcome === "deferred" ? choice(values.deferredTo) : undefined,
      resolutions: resolutionsFrom(values.resolutions),
    });
    const errors = schemaErrors(AgendaEntryRecord, after, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (same(values, initial)) return { kind: "unchanged" };
    const fields = changedFields(record, after, ["outcome", "deferredTo", "resolutions"]);
    if (Object.keys(fields).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-agenda-entry", meeting: target.meeting, item: target.item, fields } };
  },
};

/** An action or a question owed in writing: a record in a list on the entry, with an id made from its words. */
interface Listed {
  key: "actions" | "writtenAnswers";
  schema: typeof MeetingAction | typeof WrittenAnswer;
  /** The field whose words make a new record's id. */
  words: string;
  fallback: string;
}

const ACTIONS: Listed = { key: "actions", schema: MeetingAction, words: "text", fallback: "action" };
const ANSWERS: Listed = { key: "writtenAnswers", schema: WrittenAnswer, words: "question", fallback: "question" };

function listedOf(spec: Listed, target: ActionTarget | AnswerTarget, context: FormContext): { id: string }[] {
  return [...(recordOf(entryOf(target.meeting, target.item, context).entry)[spec.key] ?? [])];
}

function newListedId(spec: Listed, values: FormValues, context: FormContext): string {
  return newId(typed(values[spec.words]) ?? "", outcomeIds(context), { fallback: spec.fallback });
}

/** The id a new record will get, shown as it is typed. */
function idNote(
  spec: Listed,
  target: ActionTarget | AnswerTarget,
  values: FormValues,
  context: FormContext,
): FieldSpec[] {
  if (target.index !== undefined) return [];
  const id = newListedId(spec, values, context);
  return [{ kind: "note", name: "id", label: "Id", path: [], text: `${id} (made from the words; never changes)` }];
}

/** The list with the record as typed (new, or in its place), as one `set-agenda-entry` edit. */
function submitListed(
  spec: Listed,
  target: ActionTarget | AnswerTarget,
  values: FormValues,
  initial: FormValues,
  context: FormContext,
  fields: FieldSpec[],
  typedRecord: Record<string, unknown>,
): SubmitResult {
  const list = listedOf(spec, target, context);
  const old = target.index === undefined ? undefined : list[target.index];
  const record = withoutEmpty({ id: old?.id ?? newListedId(spec, values, context), ...typedRecord });
  const errors = schemaErrors(spec.schema, record, fields);
  if (Object.keys(errors).length > 0) return { kind: "errors", errors };
  if (old && same(values, initial)) return { kind: "unchanged" };
  const parsed = spec.schema.parse(record);
  if (target.index === undefined) list.push(parsed);
  else list[target.index] = parsed;
  return {
    kind: "edit",
    edit: {
      type: "set-agenda-entry",
      meeting: target.meeting,
      item: target.item,
      fields: { [spec.key]: list } as AgendaEntryFields,
    },
  };
}

// --- An action agreed ----------------------------------------------------------------------------

export const actionForm: FormSpec<ActionTarget> = {
  title(target, context) {
    const what = target.index === undefined ? "New action" : "Action";
    return `${what} on ${itemTitle(target.item, context)}`;
  },

  initial(target, context) {
    const a =
      target.index === undefined
        ? undefined
        : recordOf(entryOf(target.meeting, target.item, context).entry).actions?.[target.index];
    return {
      text: textOf(a?.text),
      owner: a?.owner ?? "",
      due: textOf(a?.due),
      done: textOf(a?.done),
      response: textOf(a?.response),
    };
  },

  fields(target, values, context) {
    const initial = this.initial(target, context);
    const fields: FieldSpec[] = [
      { kind: "text", name: "text", label: "Agreed", path: ["text"], hint: "in the minutes' words" },
      {
        kind: "choice",
        name: "owner",
        label: "Owner",
        path: ["owner"],
        options: startingAt(people(context), choice(initial.owner)),
      },
      { kind: "text", name: "due", label: "Due", path: ["due"], hint: "YYYY-MM-DD, if the minutes set one" },
      { kind: "text", name: "done", label: "Done", path: ["done"], hint: "YYYY-MM-DD" },
      { kind: "text", name: "response", label: "Reported back", path: ["response"] },
    ];
    fields.push(...idNote(ACTIONS, target, values, context));
    return fields;
  },

  submit(target, values, initial, context) {
    return submitListed(ACTIONS, target, values, initial, context, this.fields(target, values, context), {
      text: typed(values.text),
      owner: choice(values.owner),
      due: typed(values.due),
      done: typed(values.done),
      response: typed(values.response),
    });
  },
};

// --- A question to be answered in writing --------------------------------------------------------

export const writtenAnswerForm: FormSpec<AnswerTarget> = {
  title(target, context) {
    const what = target.index === undefined ? "New question to answer in writing" : "Question to answer in writing";
    return `${what}: ${itemTitle(target.item, context)}`;
  },

  initial(target, context) {
    const w =
      target.index === undefined
        ? undefined
        : recordOf(entryOf(target.meeting, target.item, context).entry).writtenAnswers?.[target.index];
    return {
      question: textOf(w?.question),
      askedBy: w?.askedBy ?? "",
      owedBy: w?.owedBy ?? "",
      due: textOf(w?.due),
      answered: textOf(w?.answered),
      where: textOf(w?.where),
    };
  },

  fields(target, values, context) {
    const initial = this.initial(target, context);
    const fields: FieldSpec[] = [
      { kind: "text", name: "question", label: "Question", path: ["question"], hint: "or the topic of the questions" },
      {
        kind: "choice",
        name: "askedBy",
        label: "Asked by",
        path: ["askedBy"],
        options: startingAt(people(context), choice(initial.askedBy)),
      },
      {
        kind: "choice",
        name: "owedBy",
        label: "Answer owed by",
        path: ["owedBy"],
        options: startingAt(people(context), choice(initial.owedBy)),
      },
      { kind: "text", name: "due", label: "Due", path: ["due"], hint: "YYYY-MM-DD, if a date was set" },
      { kind: "text", name: "answered", label: "Answered", path: ["answered"], hint: "YYYY-MM-DD" },
      { kind: "text", name: "where", label: "Published in", path: ["where"] },
    ];
    fields.push(...idNote(ANSWERS, target, values, context));
    return fields;
  },

  submit(target, values, initial, context) {
    return submitListed(ANSWERS, target, values, initial, context, this.fields(target, values, context), {
      question: typed(values.question),
      askedBy: choice(values.askedBy),
      owedBy: choice(values.owedBy),
      due: typed(values.due),
      answered: typed(values.answered),
      where: typed(values.where),
    });
  },
};
