import type { FindingDoc } from "./finding-doc.js";

/**
 * The finding codes of what happened after a meeting (family "outcomes"): recommendations'
 * responses and follow-ups, actions and answers owed in writing. Part of `FINDING_CATALOGUE`
 * (finding-codes.ts).
 */

const DEADLINES = "packages/deadlines/src";
const S9FE =
  "Local Government Act 2000 s9FE (the executive or authority responds within 2 months of receiving the report or, if later, the notice); for NHS bodies SI 2013/218 reg 22 (28 days)";

export const OUTCOME_FINDINGS = {
  "response-overdue": {
    family: "outcomes",
    severities: ["warning"],
    meaning:
      "A recommendation's response was due (by the rule for its addressee, or a stated date) and none is recorded.",
    fix: "Chase the response, or record it (response: { date, decision, text }).",
    rule: `${DEADLINES}/response-due.ts`,
    source: S9FE,
  },
  "response-late": {
    family: "outcomes",
    severities: ["info"],
    meaning: "A recommendation's response came after the date the rule gives.",
    fix: "Nothing to fix now; for the record (and the annual scrutiny report).",
    rule: `${DEADLINES}/response-due.ts`,
    source: S9FE,
  },
  "response-due-unknown": {
    family: "outcomes",
    severities: ["info"],
    meaning: "A review's recommendations have no date of receipt, so when the response is due cannot be worked out.",
    fix: "Record when the addressee received the report (received: YYYY-MM-DD), or a stated responseDue.",
    rule: `${DEADLINES}/response-due.ts`,
    source: `${S9FE}; the period runs from receipt, which the papers often do not state (reviews-and-recommendations.md §1.1)`,
  },
  "action-overdue": {
    family: "outcomes",
    severities: ["warning"],
    meaning: "An action agreed at a meeting is past its due date and not recorded as done.",
    fix: "Chase the owner, or record it done (done: YYYY-MM-DD).",
    rule: `${DEADLINES}/action-due.ts`,
    source:
      'Minutes of 30 Nov 2022 ("Agreed: That further data … would be provided", seed 003 line 99), reported back under "Actions:" on the next agenda (seed 001 lines 5827-5835)',
  },
  "written-answer-overdue": {
    family: "outcomes",
    severities: ["warning"],
    meaning: "A question to be answered in writing is past its due date and not recorded as answered.",
    fix: "Chase whoever owes the answer, or record it answered (answered: YYYY-MM-DD).",
    rule: `${DEADLINES}/written-answer-due.ts`,
    source:
      'Living in Hackney, 9 Dec 2024: "outstanding questions … would be answered in writing after the meeting" (seed 004 line 111)',
  },
  "follow-up-missing": {
    family: "outcomes",
    severities: ["info"],
    meaning:
      "An accepted (or partly accepted) recommendation has no follow-up: no item follows its review up and no date is set.",
    fix: "Give the recommendation followUp: { item } or { due }, or list the review's update item under items:.",
    rule: "packages/checks/src/recommendation-follow-up.ts",
    source:
      '"The Commission agreed to review progress against the recommendations 9 months after agreement by Cabinet" (seed 001 line 5034)',
  },
} as const satisfies Record<string, FindingDoc>;
