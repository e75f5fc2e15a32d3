import { addDays, longDate } from "@scrutineer/dates";
import { responseDue } from "@scrutineer/deadlines";
import {
  addresseeLabel,
  type ProgrammeIndex,
  RESPONSE_DECISION_LABELS,
  recommendationAddressee,
  recordedOutcomes,
} from "@scrutineer/model";
import { deadlineDraft } from "./deadline-events.js";
import { eventKey, eventUid } from "./event-uid.js";
import type { EventDraft } from "./feed-event.js";
import { feedOrganizer } from "./organizer.js";
import { oneLine, webAddress } from "./text.js";

/**
 * What is owed after the meetings, as all-day events of the officers' deadlines feed: each
 * recommendation's response due (by Local Government Act 2000 s9FE or SI 2013/218 reg 22, or a
 * stated date; `responseDue` of @scrutineer/deadlines), each action's due date and each written
 * answer's. Only those with a date: the papers often set none. Like the other deadlines they are
 * transparent, and an action or answer is linked to its meeting (RELATED-TO); a response belongs
 * to its review. Public information (from the published reports and minutes), but the feed they
 * go in is the officers'.
 */
export function outcomeDeadlineEvents(index: ProgrammeIndex): EventDraft[] {
  const { programme } = index;
  const c = programme.commission;
  const short = oneLine(c.shortName);
  const names = new Map([...index.people].map(([id, p]) => [id, p.name]));
  const drafts: EventDraft[] = [];
  for (const review of programme.reviews ?? []) {
    for (const rec of review.recommendations) {
      const due = responseDue(review, rec);
      if (due.kind === "unknown") continue;
      const to = oneLine(addresseeLabel(recommendationAddressee(review, rec), names));
      const owner = { commission: c.id, municipalYear: c.municipalYear, meeting: review.id };
      const rule =
        due.kind === "computed"
          ? `${due.rule.law}: ${due.rule.period} (from ${longDate(due.from)}).`
          : "The date stated in the work programme.";
      const lines = [
        `Response from ${to} to recommendation ${oneLine(rec.number)} of the review "${oneLine(review.title)}".`,
        rule,
        rec.response
          ? `Responded on ${longDate(rec.response.date)}: ${RESPONSE_DECISION_LABELS[rec.response.decision]}.`
          : "No response recorded yet.",
      ];
      const event: EventDraft = {
        key: eventKey(owner, "response-due", rec.id),
        uid: eventUid(owner, "response-due", rec.id),
        kind: "response-due",
        owner,
        summary: `${short} response due: recommendation ${oneLine(rec.number)} of ${oneLine(review.title)} (${to})`,
        start: due.due,
        end: addDays(due.due, 1),
        allDay: true,
        description: lines.join("\n"),
        status: "CONFIRMED",
        transparent: true,
        declarations: [],
      };
      const url = webAddress(c.webpage);
      if (url) event.url = url;
      const organizer = feedOrganizer(programme);
      if (organizer) event.organizer = organizer;
      drafts.push(event);
    }
  }
  for (const { meeting, item, actions, writtenAnswers } of recordedOutcomes(index)) {
    const title = oneLine(index.items.get(item)?.title ?? item);
    for (const action of actions) {
      if (action.due === undefined) continue;
      const who = action.owner ? oneLine(names.get(action.owner) ?? action.owner) : undefined;
      drafts.push(
        deadlineDraft(
          programme,
          meeting,
          "action-due",
          action.due,
          `${short} action due${who ? ` (${who})` : ""}: ${title}`,
          [
            `Agreed on "${title}": ${oneLine(action.text)}`,
            action.done ? `Done on ${longDate(action.done)}.` : "Not yet recorded as done.",
          ],
          action.id,
        ),
      );
    }
    for (const answer of writtenAnswers) {
      if (answer.due === undefined) continue;
      const who = answer.owedBy ? oneLine(names.get(answer.owedBy) ?? answer.owedBy) : undefined;
      drafts.push(
        deadlineDraft(
          programme,
          meeting,
          "written-answer-due",
          answer.due,
          `${short} written answer due${who ? ` from ${who}` : ""}: ${title}`,
          [
            `To be answered in writing after the meeting: ${oneLine(answer.question)}`,
            answer.answered ? `Answered on ${longDate(answer.answered)}.` : "Not yet recorded as answered.",
          ],
          answer.id,
        ),
      );
    }
  }
  return drafts;
}
