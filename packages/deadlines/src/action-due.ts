/**
 * Actions agreed at a meeting fall due: in Hackney's minutes a bold "Agreed:" line ("Agreed:
 * That further data on the location of residential placements would be provided to the
 * Commission.", minutes of 30 Nov 2022, seed 003 line 99), reported back under "Actions:" on the
 * next meeting's minutes sheet (seed 001, lines 5827-5835). An action with a due date that has
 * passed and no `done` date is overdue; one with no due date is never overdue (the minutes often
 * set none: the tracker lists it as open).
 */
import { longDate } from "@scrutineer/dates";
import { type Finding, findingAt, type ProgrammeIndex, quoted, recordedOutcomes } from "@scrutineer/model";

/**
 * `action-overdue` (warning) for each action due before `today` (YYYY-MM-DD) and not done, at
 * its meeting and item. A cancelled meeting agreed nothing, so its entries are skipped.
 */
export function actionFindings(index: ProgrammeIndex, options: { today: string }): Finding[] {
  const name = (id: string) => index.people.get(id)?.name ?? id;
  const findings: Finding[] = [];
  for (const { meeting, item, actions } of recordedOutcomes(index))
    for (const action of actions) {
      if (action.done !== undefined || action.due === undefined || options.today <= action.due) continue;
      const owner = action.owner ? ` (${name(action.owner)})` : "";
      findings.push({
        severity: "warning",
        code: "action-overdue",
        message: `the action ${quoted(action.text)}${owner} agreed on ${longDate(meeting.date)} was due by ${longDate(action.due)} and is not recorded as done`,
        ...findingAt(meeting),
        item,
      });
    }
  return findings;
}
