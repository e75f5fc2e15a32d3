/** Plain-English pieces for messages an officer reads. No Intl, no clock: the same words in every time zone. */

const MONTHS = [
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

/** "October" from "2022-10-31" or "2022-10". */
export function monthName(isoDateOrMonth: string): string {
  return MONTHS[Number(isoDateOrMonth.slice(5, 7)) - 1] ?? isoDateOrMonth;
}

/** "31 October 2022" from "2022-10-31"; "October 2022" from "2022-10". */
export function longDate(isoDateOrMonth: string): string {
  const month = `${monthName(isoDateOrMonth)} ${isoDateOrMonth.slice(0, 4)}`;
  return isoDateOrMonth.length === 7 ? month : `${Number(isoDateOrMonth.slice(8, 10))} ${month}`;
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
