import { addDays } from "@scrutineer/dates";
import { cabinetNoticeDue } from "@scrutineer/deadlines";
import type { Item } from "@scrutineer/model";

/**
 * A Cabinet Q&A needs the Cabinet member told the topics at least `cabinetNoticeWeeks`
 * (six in Hackney) before the meeting (seed 001: "to be notified of topics 6 weeks in
 * advance (3rd January 2023)" for 27 Feb 2023). Counted from the day the plan is made, or
 * from the day they were told when that is recorded (`cabinetQA.notified`): a meeting is
 * possible when the notice is due no earlier than that day.
 */
export function cabinetQaNoticeAllows(item: Item, meetingDate: string, weeks: number, today: string): boolean {
  if (!item.cabinetQA) return true;
  return cabinetNoticeDue(meetingDate, weeks) >= (item.cabinetQA.notified ?? today);
}

/** The first meeting date the notice allows (for messages). */
export function cabinetQaEarliest(item: Item, weeks: number, today: string): string | undefined {
  if (!item.cabinetQA) return undefined;
  const from = item.cabinetQA.notified ?? today;
  // cabinetNoticeDue(d) = d - 7w >= from  <=>  d >= from + 7w
  return addDays(from, 7 * weeks);
}
