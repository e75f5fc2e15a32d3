/**
 * General wording, defined once for every package and the app: counts and plurals, lists, and the
 * labels of the model's enums (item status, interest kind, member role, event kind) and what stands in for a
 * sensitive interest's nature. Dates and times are worded by @scrutineer/dates.
 *
 * Plain English with no Intl and no clock: the same words on every machine.
 */
import type { CommissionKind } from "./commission.js";
import type { ProgrammeEventKind } from "./event.js";
import type { Declaration } from "./interest.js";
import type { ItemStatus } from "./item.js";
import type { Councillor } from "./people.js";

const SMALL_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * A count and its noun in figures: "1 warning", "2 warnings", "0 items". The noun takes the
 * plural unless the count is exactly 1.
 * @param n - the count (any number; written with `String(n)`).
 * @param noun - the singular ("minute", "clear working day").
 * @param pluralNoun - the plural when it is not the noun plus "s".
 * @example plural(45, "minute"); // "45 minutes"
 */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

/**
 * A count and its noun in words up to ten, as findings an officer reads put it: "no days",
 * "one week", "five clear working days"; 11 and above (and negatives) in figures, "11 weeks".
 * @example pluralInWords(5, "clear working day"); // "five clear working days"
 */
export function pluralInWords(n: number, noun: string, pluralNoun = `${noun}s`): string {
  const word = Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : String(n);
  return `${word} ${n === 1 ? noun : pluralNoun}`;
}

/**
 * A list as a sentence says it: "A", "A and B", "A, B and C" (no Oxford comma, as the front
 * sheet lists members); "" for none.
 * @param last - the word before the last part: "and" (default) or "or".
 * @example listJoin(["Cllr Conway", "Cllr Gordon", "Cllr Lynch"]); // "Cllr Conway, Cllr Gordon and Cllr Lynch"
 * @example listJoin(["16 January 2023", "27 February 2023"], "or"); // "16 January 2023 or 27 February 2023"
 */
export function listJoin(parts: readonly string[], last: "and" | "or" = "and"): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} ${last} ${parts[parts.length - 1]}`;
}

const BODY_WORDS: Readonly<Record<CommissionKind, { title: string; plural: string }>> = {
  commission: { title: "Commission", plural: "Commissions" },
  committee: { title: "Committee", plural: "Committees" },
  panel: { title: "Panel", plural: "Panels" },
  board: { title: "Board", plural: "Boards" },
  "sub-committee": { title: "Sub-Committee", plural: "Sub-Committees" },
};

/**
 * What the body is called, as papers print it: "Commission", "Committee", "Panel", "Board",
 * "Sub-Committee" ("the meeting of the Committee"); `{ lower: true }` for running text ("the
 * committee's rule"); `{ plural: true }` for a heading over several.
 * @example bodyWord("committee"); // "Committee"
 * @example bodyWord("sub-committee", { lower: true }); // "sub-committee"
 */
export function bodyWord(kind: CommissionKind, options: { lower?: boolean; plural?: boolean } = {}): string {
  const words = BODY_WORDS[kind];
  const word = options.plural ? words.plural : words.title;
  return options.lower ? word.toLowerCase() : word;
}

/**
 * An item's status in words, as the work-programme legend names them ("Bold = confirmed, Red =
 * confirmed but to be scoped", "TBC", seed 001): "confirmed", "to be scoped", "TBC", "withdrawn".
 */
export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  confirmed: "confirmed",
  "to-be-scoped": "to be scoped",
  tbc: "TBC",
  withdrawn: "withdrawn",
};

/** What each status means, as the legend above the work-programme table spells it out (seed 001). */
export const ITEM_STATUS_MEANINGS: Readonly<Record<ItemStatus, string>> = {
  confirmed: "confirmed",
  "to-be-scoped": "confirmed but to be scoped",
  tbc: "to be confirmed",
  withdrawn: "withdrawn",
};

/** The kind of a declared interest, from `Declaration.kind`. */
export type InterestKind = Declaration["kind"];

const INTEREST_KINDS: Readonly<Record<InterestKind, string>> = {
  "disclosable-pecuniary": "disclosable pecuniary interest",
  "other-non-pecuniary": "other non-pecuniary interest",
  personal: "personal interest",
  prejudicial: "personal and prejudicial interest",
};

/**
 * The kind of interest in the words of "Advice to Members on Declaring Interests" (seed 001):
 * "disclosable pecuniary interest", "other non-pecuniary interest"; in Wales (SI 2008/788, Schedule
 * paras 10-12) "personal interest", "personal and prejudicial interest"; with `{ article: true }`
 * "a disclosable pecuniary interest", "an other non-pecuniary interest".
 * @example interestKindLabel("other-non-pecuniary", { article: true }); // "an other non-pecuniary interest"
 */
export function interestKindLabel(kind: InterestKind, options: { article?: boolean } = {}): string {
  const label = INTEREST_KINDS[kind];
  if (!options.article) return label;
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}

/** A councillor's office on the commission as papers print it: "Chair", "Vice-Chair"; none for a member. */
export function memberRoleLabel(role: Councillor["role"]): string | undefined {
  if (role === "chair") return "Chair";
  if (role === "vice-chair") return "Vice-Chair";
  return undefined;
}

/**
 * What every public output says in place of a sensitive interest's nature: the interest is
 * declared, its nature never published (Localism Act 2011 s32).
 */
export const SENSITIVE_NATURE = "not published (sensitive interest)";

/**
 * The same fact where it stands for the whole interest, as a member's own calendar lists their
 * declarations ("You declared … a sensitive interest (its nature is not published)").
 */
export const SENSITIVE_INTEREST = "a sensitive interest (its nature is not published)";

const EVENT_KINDS: Readonly<Record<ProgrammeEventKind, string>> = {
  briefing: "Briefing",
  "site-visit": "Site visit",
  workshop: "Workshop",
  "evidence-session": "Evidence session",
  "task-and-finish": "Task and finish group",
  other: "Other session",
};

/** An event's kind as a heading says it: "Site visit", "Task and finish group". */
export function eventKindLabel(kind: ProgrammeEventKind): string {
  return EVENT_KINDS[kind];
}
