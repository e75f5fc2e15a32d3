import { shortDate } from "@scrutineer/dates";
import type { FormContext } from "../forms/index.js";
import { entryOf, recordOf } from "../forms/outcome-forms.js";
import type { ListSpec } from "./types.js";

/**
 * The actions agreed on an item at a meeting, and the questions to be answered in writing after
 * it, each a list of its own reached from the item's outcome form (`M`).
 */

type EntryTarget<K> = { kind: K; meeting: string; item: string };

const day = (date: string | undefined) => (date ? shortDate(date, { weekday: false }) : undefined);

function heading(what: string, target: EntryTarget<unknown>, context: FormContext): string {
  const { meeting } = entryOf(target.meeting, target.item, context);
  const title = context.index.items.get(target.item)?.title ?? target.item;
  return `${what}: ${title}, ${shortDate(meeting.date)}`;
}

const name = (id: string | undefined, context: FormContext) =>
  id ? (context.index.people.get(id)?.name ?? id) : undefined;

export const actionsList: ListSpec<EntryTarget<"actions">> = {
  title: (target, context) => heading("Actions agreed", target, context),
  header: () => [],
  footer: () => [],
  empty: 'No actions: n adds one agreed at the meeting ("Agreed: That …")',
  create: (target) => ({ kind: "action", meeting: target.meeting, item: target.item }),
  rows(target, context) {
    const list = recordOf(entryOf(target.meeting, target.item, context).entry).actions ?? [];
    return list.map((a, index) => {
      const owner = name(a.owner, context);
      const state = a.done ? `done ${day(a.done)}` : a.due ? `due ${day(a.due)}` : "no due date";
      return {
        text: `${a.text}${owner ? ` · ${owner}` : ""} · ${state}`,
        tone: a.done ? ("dim" as const) : a.due && a.due < context.today ? ("bad" as const) : ("normal" as const),
        edit: { kind: "action", meeting: target.meeting, item: target.item, index },
        remove: {
          edit: {
            type: "set-agenda-entry",
            meeting: target.meeting,
            item: target.item,
            fields: { actions: list.filter((_, i) => i !== index) },
          },
          what: `the action "${a.text}"`,
        },
      };
    });
  },
};

export const writtenAnswersList: ListSpec<EntryTarget<"written-answers">> = {
  title: (target, context) => heading("Answers owed in writing", target, context),
  header: () => [],
  footer: () => [],
  empty: "No questions owed an answer: n adds one to be answered in writing after the meeting",
  create: (target) => ({ kind: "written-answer", meeting: target.meeting, item: target.item }),
  rows(target, context) {
    const list = recordOf(entryOf(target.meeting, target.item, context).entry).writtenAnswers ?? [];
    return list.map((w, index) => {
      const owed = name(w.owedBy, context);
      const state = w.answered ? `answered ${day(w.answered)}` : w.due ? `due ${day(w.due)}` : "no due date";
      return {
        text: `${w.question}${owed ? ` · owed by ${owed}` : ""} · ${state}`,
        tone: w.answered ? ("dim" as const) : w.due && w.due < context.today ? ("bad" as const) : ("normal" as const),
        edit: { kind: "written-answer", meeting: target.meeting, item: target.item, index },
        remove: {
          edit: {
            type: "set-agenda-entry",
            meeting: target.meeting,
            item: target.item,
            fields: { writtenAnswers: list.filter((_, i) => i !== index) },
          },
          what: `the question "${w.question}"`,
        },
      };
    });
  },
};
