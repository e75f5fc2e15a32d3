/** Where a deadline stands against today: days and working days left, or overdue. */

import { daysBetween } from "@scrutineer/dates";
import * as z from "zod";
import type { WorkingCalendar } from "./working-calendar.js";

/**
 * Where a deadline stands against today: its date (`YYYY-MM-DD`), calendar and working days left, and
 * whether it is overdue. `deadlineStatus(date, today, calendar)` makes one.
 */
export const DeadlineStatus = z.object({
  date: z.iso.date(),
  /** Calendar days from today to the deadline; negative once it has passed. */
  daysLeft: z.number().int(),
  /**
   * Working days after today up to and including the deadline; once it has passed, minus the
   * working days after the deadline up to and including today. 0 on the day itself.
   */
  workingDaysLeft: z.number().int(),
  /** The deadline is before today. */
  overdue: z.boolean(),
});
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/** The status of a deadline `date` on `today` (both YYYY-MM-DD, Europe/London). */
export function deadlineStatus(date: string, today: string, calendar: WorkingCalendar): DeadlineStatus {
  const daysLeft = daysBetween(today, date);
  let workingDaysLeft = 0;
  if (daysLeft > 0) {
    workingDaysLeft = calendar.clearWorkingDaysBetween(today, date) + (calendar.isWorkingDay(date) ? 1 : 0);
  } else if (daysLeft < 0) {
    workingDaysLeft = -(calendar.clearWorkingDaysBetween(date, today) + (calendar.isWorkingDay(today) ? 1 : 0));
  }
  return { date, daysLeft, workingDaysLeft, overdue: daysLeft < 0 };
}
