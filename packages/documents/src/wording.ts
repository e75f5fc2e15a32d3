import type { InterestAction } from "@scrutineer/agenda";
import type { Declaration, ItemStatus, Person, Preparation } from "@scrutineer/model";
import { dayMonthYear } from "./council-dates.js";

/**
 * The words the published documents use, in the papers' own terms: "Cllr Sophie Conway
 * (Chair)", officers with their titles ("Jim Gamble, Independent Chair, CHSCP"), the
 * work-programme legend ("Bold = confirmed, Red = confirmed but to be scoped", "TBC"), and
 * the actions of "Advice to Members on Declaring Interests" (seed 001 lines ~95-140).
 */

export function roleLabel(role: "chair" | "vice-chair" | "member"): string | undefined {
  if (role === "chair") return "Chair";
  if (role === "vice-chair") return "Vice-Chair";
  return undefined;
}

/** Who attends an item, as the work programme lists them: name, then title and organisation. */
export function attendeeLabel(person: Person): string {
  switch (person.kind) {
    case "officer":
      return [person.name, person.title, person.organisation].filter(Boolean).join(", ");
    case "cabinet-member":
      return person.portfolio ? `${person.name} (${person.portfolio})` : person.name;
    case "co-optee":
      return person.represents ? `${person.name} (${person.represents})` : person.name;
    case "councillor":
      return person.name;
  }
}

export const statusLabels: Record<ItemStatus, string> = {
  confirmed: "confirmed",
  "to-be-scoped": "to be scoped",
  tbc: "TBC",
  withdrawn: "withdrawn",
};

/** The legend printed above the work-programme table (the papers used bold and red; we also say it in words). */
export const statusLegend: readonly { status: ItemStatus; label: string; meaning: string }[] = [
  { status: "confirmed", label: "confirmed", meaning: "confirmed" },
  { status: "to-be-scoped", label: "to be scoped", meaning: "confirmed but to be scoped" },
  { status: "tbc", label: "TBC", meaning: "to be confirmed" },
];

export const interestKindLabels: Record<Declaration["kind"], string> = {
  "disclosable-pecuniary": "disclosable pecuniary interest",
  "other-non-pecuniary": "other non-pecuniary interest",
};

export const interestActionLabels: Record<InterestAction, string> = {
  "take-part-and-vote": "may stay, take part and vote",
  "take-part-no-vote": "may stay and take part but not vote (dispensation)",
  "speak-then-leave": "may speak on the item, then leaves the meeting",
  "representations-then-leave": "may make representations or give evidence, then leaves the meeting (dispensation)",
  "must-leave": "leaves the meeting for the item and does not vote",
};

/** What every public document says in place of a sensitive interest's nature (Localism Act 2011 s32). */
export const SENSITIVE_NATURE = "not published (sensitive interest)";

/** Preparatory work as the table lists it: what, and when if known. */
export function preparationLabel(preparation: Preparation): string {
  return preparation.date ? `${preparation.description} (${dayMonthYear(preparation.date)})` : preparation.description;
}

/** "Pages 9 - 200" on the front sheet; a single page is "Page 5". */
export function pagesLabel(pages: string): string {
  const [first, last] = pages.split("-").map((p) => p.trim());
  return last && last !== first ? `Pages ${first}–${last}` : `Page ${first}`;
}

/** "A, B and C", as the front sheet lists members. */
export function andList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
