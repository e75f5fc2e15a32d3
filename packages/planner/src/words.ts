import { dayMonthYear, monthName } from "@scrutineer/deadlines";

export { monthName };

/** Plain-English pieces for messages an officer reads. No Intl, no clock: the same words in every time zone. */

/** "31 October 2022" from "2022-10-31"; "October 2022" from "2022-10". */
export function longDate(isoDateOrMonth: string): string {
  return isoDateOrMonth.length === 7
    ? `${monthName(isoDateOrMonth)} ${isoDateOrMonth.slice(0, 4)}`
    : dayMonthYear(isoDateOrMonth);
}

/** "A", "A and B", "A, B and C". */
export function listJoin(parts: readonly string[], last = "and"): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} ${last} ${parts[parts.length - 1]}`;
}

/** "1 minute", "45 minutes". */
export function minutesWord(n: number): string {
  return `${n} minute${n === 1 ? "" : "s"}`;
}

/** "one week", "six weeks". */
export function weeksWord(n: number): string {
  const small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return `${n >= 0 && n < small.length ? small[n] : n} week${n === 1 ? "" : "s"}`;
}
