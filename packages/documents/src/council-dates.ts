/**
 * Dates and times as Hackney's papers print them (seed 001): the front sheet says
 * "Monday 16 January 2023" and "7.00 pm", and times items "(19.05)"; the work programme says
 * "moved from 8th September 2022". Arithmetic is on the calendar date alone (UTC), so the
 * machine's time zone never shifts a day.
 */

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function parts(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "8 September 2022". */
export function dayMonthYear(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day} ${months[month - 1]} ${year}`;
}

/** "Monday 16 January 2023". */
export function longDate(iso: string): string {
  const { year, month, day } = parts(iso);
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${dayMonthYear(iso)}`;
}

function clock(time: string): { hours: number; minutes: string } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`expected a time written HH:MM, got "${time}"`);
  return { hours: Number(match[1]), minutes: match[2]! };
}

/** The meeting's time on the front sheet, 12-hour: "19:00" → "7.00 pm", "12:00" → "12.00 pm", "00:30" → "12.30 am". */
export function meetingTime(time: string): string {
  const { hours, minutes } = clock(time);
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}.${minutes} ${hours < 12 ? "am" : "pm"}`;
}

/** An item's start time on the front sheet, 24-hour with a point: "19:05" → "19.05". */
export function itemTime(time: string): string {
  const { hours, minutes } = clock(time);
  return `${String(hours).padStart(2, "0")}.${minutes}`;
}
