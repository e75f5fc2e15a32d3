/**
 * A meeting known only by its month ("January 2024, date to be confirmed": `date: 2024-01` with
 * `dateConfirmed: false`): none of its deadlines can be worked out until the day is fixed, so
 * the checks say so instead of inventing a day (issue 13: a month-only date "needs an invented
 * day"). Feeds leave it out; documents print the month with "date to be confirmed".
 */
import { dateOrMonthWords } from "@scrutineer/dates";
import { type Finding, findingAt, type Meeting, monthOnly } from "@scrutineer/model";

/** `date-to-be-confirmed` (info) for a month-only meeting that is not cancelled. */
export function dateToBeConfirmedFinding(meeting: Meeting): Finding | undefined {
  if (!monthOnly(meeting) || meeting.status === "cancelled") return undefined;
  return {
    severity: "info",
    code: "date-to-be-confirmed",
    message: `the meeting in ${dateOrMonthWords(meeting.date)} has no day yet: its papers deadline and agenda dispatch are worked out once the date is set`,
    ...findingAt(meeting),
  };
}
