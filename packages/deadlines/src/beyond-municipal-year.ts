/**
 * A meeting after the municipal year's end: a forward plan kept in this year's file, not an
 * error (issue 13: "a forward programme running into June is refused"). The municipal year runs
 * from 1 May to 30 April (`municipalYearBounds` of @scrutineer/dates, one definition); a meeting
 * before it is still refused by the loader.
 */
import { dateOrMonthWords, municipalYearBounds, municipalYearOf } from "@scrutineer/dates";
import { type Finding, findingAt, type Meeting } from "@scrutineer/model";

/** `beyond-municipal-year` (info) for a meeting after 30 April of the programme's year. */
export function beyondMunicipalYearFinding(
  meeting: Pick<Meeting, "id" | "date">,
  municipalYear: string,
): Finding | undefined {
  const { to } = municipalYearBounds(municipalYear);
  if (meeting.date.slice(0, to.length) <= to.slice(0, meeting.date.length)) return undefined;
  const day = meeting.date.length === 7 ? `${meeting.date}-01` : meeting.date;
  return {
    severity: "info",
    code: "beyond-municipal-year",
    message: `the meeting of ${dateOrMonthWords(meeting.date)} is after the municipal year ${municipalYear} (it ends on ${dateOrMonthWords(to)}): kept as a forward plan (it falls in ${municipalYearOf(day)})`,
    ...findingAt(meeting),
  };
}
