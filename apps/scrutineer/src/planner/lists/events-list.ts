import { shortDate } from "@scrutineer/dates";
import { eventKindLabel } from "@scrutineer/model";
import type { ListSpec } from "./types.js";

/** The programme's events (`events:`): briefings, site visits, workshops, in date order. */
export const eventsList: ListSpec<{ kind: "events" }> = {
  title: (_target, context) =>
    `Events: briefings, site visits and other sessions (${context.index.programme.events.length})`,
  header: () => [],
  footer: () => [
    { text: "n new event · e or Enter edit · d delete (only one no item's preparation names)", tone: "dim" },
  ],
  empty: "No events yet: n adds a briefing, a site visit, a workshop or another session",
  create: () => ({ kind: "event" }),
  rows(_target, context) {
    return context.index.programme.events.map((e) => ({
      text: `${shortDate(e.date)}${e.start ? ` ${e.start}` : ""}  ${eventKindLabel(e.kind)}: ${e.title}${e.public ? "" : " (private)"}`,
      edit: { kind: "event", event: e.id },
      remove: {
        edit: { type: "delete-event", event: e.id },
        what: `the ${eventKindLabel(e.kind).toLowerCase()} "${e.title}"`,
      },
    }));
  },
};
