import { type Finding, meetingsInOrder, type Programme } from "@scrutineer/model";
import { type TimingOptions, timeAgenda } from "./agenda-timing.js";
import { interestFindings } from "./interests.js";
import { quorumFindings } from "./quorum.js";

export interface AgendaFindingsOptions extends TimingOptions {
  /**
   * Today's date (YYYY-MM-DD, Europe/London). Accepted for the same signature as every other
   * check; the agenda's findings are facts of the programme and do not depend on it.
   */
  today: string;
}

/** Every timing, interest and quorum finding for every meeting, in meeting order. */
export function agendaFindings(programme: Programme, options: AgendaFindingsOptions): Finding[] {
  const timing: TimingOptions =
    options.slackWarningMinutes === undefined ? {} : { slackWarningMinutes: options.slackWarningMinutes };
  return meetingsInOrder(programme).flatMap((meeting) => [
    ...timeAgenda(programme, meeting, timing).findings,
    ...interestFindings(programme, meeting),
    ...quorumFindings(programme, meeting),
  ]);
}
