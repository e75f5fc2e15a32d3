/**
 * Questions to be answered in writing after a meeting ("Due to time constraints, it was agreed
 * that any outstanding questions on CCTV and public surveillance would be answered in writing
 * after the meeting", Living in Hackney Scrutiny Commission, 9 Dec 2024, seed 004 line 111).
 * No rule sets the period (the seed names neither who owes the answer nor by when): the due date
 * is the one the file records, and an answer past it with no `answered` date is outstanding.
 */
import { longDate } from "@scrutineer/dates";
import { type Finding, findingAt, type ProgrammeIndex, quoted, recordedOutcomes } from "@scrutineer/model";

/**
 * `written-answer-overdue` (warning) for each answer due before `today` (YYYY-MM-DD) and not
 * answered, at its meeting and item.
 */
export function writtenAnswerFindings(index: ProgrammeIndex, options: { today: string }): Finding[] {
  const name = (id: string) => index.people.get(id)?.name ?? id;
  const findings: Finding[] = [];
  for (const { meeting, item, writtenAnswers } of recordedOutcomes(index))
    for (const answer of writtenAnswers) {
      if (answer.answered !== undefined || answer.due === undefined || options.today <= answer.due) continue;
      const owed = answer.owedBy ? ` owed by ${name(answer.owedBy)}` : "";
      findings.push({
        severity: "warning",
        code: "written-answer-overdue",
        message: `the written answer to ${quoted(answer.question)}${owed}, from the meeting of ${longDate(meeting.date)}, was due by ${longDate(answer.due)} and is not recorded as answered`,
        ...findingAt(meeting),
        item,
      });
    }
  return findings;
}
