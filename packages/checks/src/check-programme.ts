import { agendaFindings } from "@scrutineer/agenda";
import { deadlineFindings } from "@scrutineer/deadlines";
import { type Finding, type Programme, sortFindings } from "@scrutineer/model";
import { placementFindings } from "./item-placement.js";

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD, Europe/London): the only notion of "now" the checks use. */
  today: string;
}

/**
 * Every finding on a programme, from every package, sorted errors first. The CLI's `check`,
 * the planner's checks panel and CI all call this one function.
 */
export function checkProgramme(programme: Programme, options: CheckOptions): Finding[] {
  return sortFindings([
    ...placementFindings(programme),
    ...agendaFindings(programme, { today: options.today }),
    ...deadlineFindings(programme, { today: options.today }),
  ]);
}
