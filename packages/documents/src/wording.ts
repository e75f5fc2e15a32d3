import type { InterestAction } from "@scrutineer/agenda";
import { dateOrMonthWords, dayMonthYear, longDate, meetingTime, nextMunicipalYear } from "@scrutineer/dates";
import type { PublicQuestionsDeadline } from "@scrutineer/deadlines";
import {
  type AgendaSlot,
  ITEM_STATUS_LABELS,
  ITEM_STATUS_MEANINGS,
  type ItemStatus,
  type Meeting,
  monthOnly,
  type Person,
  type Preparation,
  type ProgrammeIndex,
  pluralInWords,
} from "@scrutineer/model";

/**
 * The words the published documents use, in the papers' own terms: "Cllr Sophie Conway
 * (Chair)", officers with their titles ("Jim Gamble, Independent Chair, CHSCP"), the
 * work-programme legend ("Bold = confirmed, Red = confirmed but to be scoped", "TBC"), and
 * the actions of "Advice to Members on Declaring Interests" (seed 001 lines ~95-140). Counts,
 * lists and the labels of statuses, roles and interest kinds are the model's (wording.ts there).
 */

/** Who attends an item, as the work programme lists them: name, then title and organisation. */
export function attendeeLabel(person: Person): string {
  switch (person.kind) {
    case "officer":
      return [person.name, person.title, person.organisation].filter(Boolean).join(", ");
    case "cabinet-member":
      return person.portfolio ? `${person.name} (${person.portfolio})` : person.name;
    case "co-optee":
    case "substitute":
      return person.represents ? `${person.name} (${person.represents})` : person.name;
    case "councillor":
      return person.name;
  }
}

/** The legend printed above the work-programme table (the papers used bold and red; we also say it in words). */
export const statusLegend: readonly { status: ItemStatus; label: string; meaning: string }[] = (
  ["confirmed", "to-be-scoped", "tbc"] as const
).map((status) => ({ status, label: ITEM_STATUS_LABELS[status], meaning: ITEM_STATUS_MEANINGS[status] }));

export const interestActionLabels: Record<InterestAction, string> = {
  "take-part-and-vote": "may stay, take part and vote",
  "take-part-no-vote": "may stay and take part but not vote (dispensation)",
  "speak-then-leave": "may speak on the item, then leaves the meeting",
  "representations-then-leave": "may make representations or give evidence, then leaves the meeting (dispensation)",
  "must-leave": "leaves the meeting for the item and does not vote",
};

/** Preparatory work as the table lists it: what, and when if known. */
export function preparationLabel(preparation: Preparation): string {
  return preparation.date ? `${preparation.description} (${dayMonthYear(preparation.date)})` : preparation.description;
}

/** "Pages 9 - 200" on the front sheet; a single page is "Page 5". */
export function pagesLabel(pages: string): string {
  const [first, last] = pages.split("-").map((p) => p.trim());
  return last && last !== first ? `Pages ${first}–${last}` : `Page ${first}`;
}

/** "Possible items noted for 2023/24": the backlog's heading, the year after the programme's (seed 001, line ~5808). */
export function backlogHeading(municipalYear: string): string {
  return `Possible items noted for ${nextMunicipalYear(municipalYear)}`;
}

/**
 * A Cabinet Q&A as the front sheet and the work programme both say it: "Cabinet member: Cllr
 * Bramble (…). Topics: (1) …; (2) …." (seed 001, meeting 6). `esc` makes each part safe for
 * the format (Markdown escapes; HTML is escaped by React).
 */
export function cabinetQALine(
  qa: { cabinetMember: string; topics: readonly string[] },
  esc: (text: string) => string,
): string {
  const topics = qa.topics.length > 0 ? ` Topics: ${qa.topics.map((t, i) => `(${i + 1}) ${esc(t)}`).join("; ")}.` : "";
  return `Cabinet member: ${esc(qa.cabinetMember)}.${topics}`;
}

/**
 * A meeting's date as documents print it: "Friday 16 December 2022", or for a month with no day
 * yet "January 2024 (date to be confirmed)".
 */
export function meetingDateWords(meeting: Pick<Meeting, "date">): string {
  return monthOnly(meeting) ? `${dateOrMonthWords(meeting.date)} (date to be confirmed)` : longDate(meeting.date);
}

/** What became of an item at a meeting, in words, when the minutes say: "Deferred to the meeting of 4 November 2022." */
export function outcomeLabel(index: ProgrammeIndex, slot: AgendaSlot): string | undefined {
  switch (slot.outcome) {
    case undefined:
      return undefined;
    case "deferred": {
      const to = slot.deferredTo ? index.meetings.get(slot.deferredTo) : undefined;
      return to ? `Deferred to the meeting of ${meetingDateWords(to)}.` : "Deferred.";
    }
    case "withdrawn":
      return "Withdrawn at the meeting.";
    case "noted":
      return "Noted.";
    case "taken":
      return "Considered.";
  }
}

/** An outcome sentence as a bracketed note: "Deferred to the meeting of 4 November 2022." → "deferred to the meeting of 4 November 2022". */
export function outcomeInBrackets(outcome: string): string {
  const s = outcome.replace(/\.$/, "");
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The notice of public questions as North Yorkshire's agenda words it: "Members of the public may
 * ask questions or make statements at this meeting if they have given notice to Christine
 * Phillipson … no later than midday on Tuesday 13th December 2022" (second-council.md §1.11).
 */
export function publicQuestionsWords(due: PublicQuestionsDeadline, contact: string): string {
  const when = due.time
    ? `${due.time === "12:00" ? "midday" : meetingTime(due.time)} on ${longDate(due.date)}`
    : `the end of ${longDate(due.date)}`;
  const rule = `${pluralInWords(due.notice.workingDaysBefore, due.notice.clear ? "clear working day" : "working day")} before the meeting`;
  return `Members of the public may ask questions or make statements at this meeting if they have given notice to ${contact} no later than ${when} (${rule}).`;
}
