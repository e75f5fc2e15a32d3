import type { FindingDoc } from "./finding-doc.js";

/**
 * The council-wide finding codes (family "council"): clashes and limits across a council's
 * committees, found by `@scrutineer/council` on a council folder (council.yaml and each
 * committee's programme). Part of `FINDING_CATALOGUE` (finding-codes.ts).
 */

const RULES = "packages/council/src/rules";
const ISSUE = "Issue 15 (council-wide planning): democratic services' calendar of meetings for the whole council";

export const COUNCIL_FINDINGS = {
  "venue-clash": {
    family: "council",
    severities: ["error"],
    meaning: "Two meetings are booked into the same room at overlapping times.",
    fix: "Move one meeting to another room or another day.",
    rule: `${RULES}/venue-clash.ts`,
    source: `${ISSUE}: "two meetings booked into the Council Chamber"`,
  },
  "member-clash": {
    family: "council",
    severities: ["warning"],
    meaning: "A councillor or co-optee sits on two bodies whose meetings overlap: they can attend only one.",
    fix: "Move one meeting, or agree that the member sends apologies (or a substitute) to one of them.",
    rule: `${RULES}/member-clash.ts`,
    source: `${ISSUE}: "the same councillor on two committees meeting the same evening"; Hackney cross-membership in research/hackney-council-wide.md §7`,
  },
  "cabinet-member-clash": {
    family: "council",
    severities: ["error"],
    meaning: "A Cabinet member is due at two meetings that overlap (a Cabinet Q&A, or an item they attend).",
    fix: "Move one item or meeting: a Cabinet member questioned by a commission must be there.",
    rule: `${RULES}/cabinet-member-clash.ts`,
    source:
      'Hackney\'s protocol: "Cabinet members attend annually for Q&A with respective scrutiny commissions" (CYP 13 Jan 2025); seed 001, Cabinet Q&A notified six weeks ahead',
  },
  "officer-clash": {
    family: "council",
    severities: ["warning"],
    meaning: "An officer is due at two meetings that overlap (attending an item, or supporting the committee).",
    fix: "Move one item or meeting, or name another officer for one of them.",
    rule: `${RULES}/officer-clash.ts`,
    source: `${ISSUE}: officers attend items (programme officers:) and each commission has one scrutiny officer (front sheets' "Contact")`,
  },
  "support-load": {
    family: "council",
    severities: ["warning"],
    meaning:
      "One scrutiny officer supports more meetings in seven days than council.yaml's supportLoad.maxMeetingsPerWeek (2 unless set).",
    fix: "Spread the meetings, or share the support with another officer.",
    rule: `${RULES}/support-load.ts`,
    source: `${ISSUE}: "one scrutiny officer supporting three meetings in four days"`,
  },
  "pre-election-period": {
    family: "council",
    severities: ["warning"],
    meaning: "A meeting with substantive items falls in a pre-election period council.yaml states.",
    fix: "Move the meeting, defer sensitive items, or have the Chair remind members of the rules on publicity.",
    rule: `${RULES}/pre-election-period.ts`,
    source:
      "Code of Recommended Practice on Local Authority Publicity (2011), under Local Government Act 1986 s4: care in periods of heightened sensitivity; Hackney LiH moved its Nov 2023 meeting for the mayoral election's purdah",
  },
  "avoid-date": {
    family: "council",
    severities: ["warning"],
    meaning: "A meeting falls on a date council.yaml lists to avoid (a school holiday, a festival).",
    fix: "Move the meeting to another date.",
    rule: `${RULES}/avoid-date.ts`,
    source: `${ISSUE}: dates the council avoids (school holidays, religious festivals it lists)`,
  },
  "joint-meeting-mismatch": {
    family: "council",
    severities: ["error"],
    meaning:
      "A joint meeting (jointWith) is not listed the same way by each committee: missing, on another date, time or venue, or not naming the other back.",
    fix: "List the meeting in each committee's programme with the same id, date, start and venue, each naming the others in jointWith.",
    rule: `${RULES}/joint-meeting.ts`,
    source:
      "Hackney: Child Q special joint scrutiny of LiH and CYP, 13 Jun 2022 (ModernGov CId=603); LiH held jointly with CYP, 24 Feb 2022 (CId=119 MId=5203)",
  },
} as const satisfies Record<string, FindingDoc>;
