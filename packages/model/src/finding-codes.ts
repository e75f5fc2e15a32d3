import { AUTO_PLANNER_FINDINGS } from "./finding-codes-auto-planner.js";
import { COUNCIL_FINDINGS } from "./finding-codes-council.js";
import { OUTCOME_FINDINGS } from "./finding-codes-outcomes.js";
import type { FindingDoc } from "./finding-doc.js";

const TIMING_SOURCE = "Front sheet of the CYP Scrutiny Commission, 16 Jan 2023 (seed 001, lines 30-50)";
const AGENDA = "packages/agenda/src";
const DEADLINES = "packages/deadlines/src";

/**
 * Every finding code, listed once: what it means, how to fix it, the rule file that decides it
 * and says it, and where the rule comes from. `docs/findings.md` is generated from this list
 * (`pnpm generate:reference`), and a test fails when it is stale.
 * Each entry: `family`, `severities`, `meaning`, `fix`, `rule` (file path) and `source`.
 */
export const FINDING_CATALOGUE = {
  placeholder: {
    family: "set-up",
    severities: ["warning"],
    meaning: 'A value is still the placeholder `scrutineer init` wrote ("TO BE SET: the venue").',
    fix: "Replace it with the real value (the venue, the contact, the chair's name and id) before publishing.",
    rule: "packages/checks/src/placeholders.ts",
    source: "Issue 14: `scrutineer init` leaves what the officer did not give as a marked placeholder",
  },
  "item-unplaced": {
    family: "placement",
    severities: ["warning"],
    meaning: "An item is on no agenda and not in the backlog (and not withdrawn).",
    fix: "Put it on a meeting's agenda, in the backlog, or mark it withdrawn.",
    rule: "packages/checks/src/item-placement.ts",
    source: 'Seed 001, the 2022/23 work programme (lines 5735-5845): every item has a meeting or is a "possible item"',
  },
  "deferred-item-unplaced": {
    family: "placement",
    severities: ["warning"],
    meaning: "An item was deferred at a meeting and is on no later agenda and not in the backlog.",
    fix: "Put it on the agenda of the meeting it was deferred to (deferredTo), or in the backlog.",
    rule: "packages/checks/src/deferred-items.ts",
    source:
      'North Yorkshire CC Scrutiny of Health Committee, 16 Dec 2022: "agenda item 10 will not be presented today and will be rescheduled to the 10th March 2023 meeting"',
  },
  "planned-end-assumed": {
    family: "timing",
    severities: ["info"],
    meaning:
      "Nothing gives the meeting's planned end (no plannedEnd, no usualLength), so it is timed against start + 3 hours.",
    fix: "Set commission.plannedEnd or usualLength (or the meeting's plannedEnd) from the standing orders.",
    rule: `${AGENDA}/planned-length.ts`,
    source:
      "County committees meet at 10.00 with no stated end (North Yorkshire, Gloucestershire: second-council.md); Hackney's standing orders close at 22.00",
  },
  "planned-length-implausible": {
    family: "timing",
    severities: ["warning"],
    meaning: "The meeting's planned length is not over nothing and at most 6 hours (a 10.00 meeting planned to 22.00).",
    fix: "Check the start and planned end (or usualLength): a daytime committee has its own end.",
    rule: `${AGENDA}/planned-length.ts`,
    source:
      "Issue 13: a 10.00 committee timed against Hackney's 22.00 end gets no overrun warning; meetings in the papers run 2 to 3 hours (Fife 10.00 a.m. – 1.00 p.m.; Powys 10.00 – 12.00)",
  },
  "meetings-same-date": {
    family: "placement",
    severities: ["warning"],
    meaning: "Two or more meetings are on the same date, so the date alone no longer names one meeting.",
    fix: "Move one of them, or name them by id (--meeting ID) if the commission really meets twice that day.",
    rule: "packages/checks/src/meetings-same-date.ts",
    source:
      "Issue 12: a date named one meeting on every front sheet and calendar; agenda --meeting DATE took the first of two",
  },
  "agenda-overrun": {
    family: "timing",
    severities: ["error"],
    meaning: "Even the shortest reading of the agenda finishes after the meeting's planned end.",
    fix: "Shorten or move items, or set a later plannedEnd if the meeting will agree to go on.",
    rule: `${AGENDA}/agenda-overrun.ts`,
    source:
      "Hackney's standing orders (meetings close at 22.00 unless they agree to go on); seed 004, questions not reached answered in writing",
  },
  "agenda-may-overrun": {
    family: "timing",
    severities: ["warning"],
    meaning: "Only the upper ends of the items' minute ranges take the agenda past the planned end.",
    fix: "Narrow the ranges, shorten an item, or move one to another meeting.",
    rule: `${AGENDA}/agenda-overrun.ts`,
    source: "Hackney's standing orders (meetings close at 22.00 unless they agree to go on)",
  },
  "agenda-little-slack": {
    family: "timing",
    severities: ["warning"],
    meaning: "Less than the slack threshold (10 minutes unless set) is left before the planned end at worst.",
    fix: "Leave more time: shorten or move an item (or set slackWarningMinutes lower).",
    rule: `${AGENDA}/agenda-slack.ts`,
    source: "Seed 004: meetings that run long push questions to answers in writing",
  },
  "item-no-minutes": {
    family: "timing",
    severities: ["warning", "info"],
    meaning: "An item on the agenda has no minutes allotted, so the timing counts it as 0 (info for procedural items).",
    fix: "Allot it minutes (a figure or a range such as 30-45).",
    rule: `${AGENDA}/item-minutes.ts`,
    source: 'Seed 001, the 2022/23 work programme (lines 5750-5790): every item is allotted minutes, e.g. "CHSCP (45)"',
  },
  "item-zero-minutes": {
    family: "timing",
    severities: ["warning", "info"],
    meaning: "An item is allotted 0 minutes (info for procedural items).",
    fix: "Allot it the minutes it needs, or take it off the agenda.",
    rule: `${AGENDA}/item-minutes.ts`,
    source: "Seed 001, the 2022/23 work programme (lines 5750-5790)",
  },
  "stated-starts-out-of-order": {
    family: "timing",
    severities: ["warning"],
    meaning: "A stated start is earlier than the stated start of the item before it.",
    fix: "Correct the stated starts (statedStart) or the order of the agenda.",
    rule: `${AGENDA}/stated-start.ts`,
    source: "Minutes of 30 Nov 2022 (seed 003, lines 248-271): items timed 21.20, 21.25, then 21.20 again",
  },
  "stated-start-differs": {
    family: "timing",
    severities: ["warning"],
    meaning: "The start the front sheet states is outside the start the allotted minutes give.",
    fix: "Change the stated start to the computed one, or the minutes to match the front sheet.",
    rule: `${AGENDA}/stated-start.ts`,
    source: TIMING_SOURCE,
  },
  "item-given-more-time": {
    family: "timing",
    severities: ["warning"],
    meaning: "The gap to the next stated start is longer than the item is allotted.",
    fix: "Allot the item the time the front sheet gives it, or correct the stated starts.",
    rule: `${AGENDA}/item-time-given.ts`,
    source: `${TIMING_SOURCE}: item 6 is allotted 45 minutes and given 50 (20.20 to 21.10)`,
  },
  "item-given-less-time": {
    family: "timing",
    severities: ["warning"],
    meaning: "The gap to the next stated start is shorter than the item is allotted.",
    fix: "Allot the item the time the front sheet gives it, or correct the stated starts.",
    rule: `${AGENDA}/item-time-given.ts`,
    source: TIMING_SOURCE,
  },
  "member-must-leave": {
    family: "interests",
    severities: ["info"],
    meaning: "A member must leave the meeting for an item (or speak, then leave) because of a declared interest.",
    fix: "Nothing to fix: plan the room and the quorum; a dispensation changes what the member may do.",
    rule: `${AGENDA}/who-must-leave.ts`,
    source:
      '"Advice to Members on Declaring Interests", Hackney Council\'s Code of Conduct (seed 001, lines 86-140); Localism Act 2011 s31',
  },
  "remote-not-counted": {
    family: "quorum",
    severities: ["info"],
    meaning: "Members attended remotely (in England): they are not counted towards the quorum and cannot vote.",
    fix: "Nothing to fix; to vote a member must be in the room.",
    rule: `${AGENDA}/quorum.ts`,
    source:
      "R (Hertfordshire CC) v SSHCLG [2021] EWHC 1093 (Admin); minutes of 30 Nov 2022 (seed 003, line 38: connected virtually)",
  },
  "remote-counted": {
    family: "quorum",
    severities: ["info"],
    meaning:
      "Members attended remotely where remote attendees are present (Wales, Scotland, or the commission says so): counted and may vote.",
    fix: "Nothing to fix; set commission.remoteAttendance: not-present if the standing orders say otherwise.",
    rule: `${AGENDA}/quorum.ts`,
    source:
      "Local Government and Elections (Wales) Act 2021 s47 (multi-location meetings); Local Government in Scotland Act 2003 s43",
  },
  "item-inquorate": {
    family: "quorum",
    severities: ["error"],
    meaning: "Too few members in the room may vote on an item for the commission's quorum.",
    fix: "Check the attendance and declarations, or move the item to a meeting that will be quorate.",
    rule: `${AGENDA}/quorum.ts`,
    source: "The council's constitution, as the commission's quorum rule (commission.quorum)",
  },
  "meeting-on-non-working-day": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The meeting is on a weekend, bank holiday or closure day.",
    fix: "Check the date: almost always a typing slip.",
    rule: `${DEADLINES}/meeting-day.ts`,
    source: "Banking and Financial Dealings Act 1971 (bank holidays); the clear-days count assumes officers at work",
  },
  "date-to-be-confirmed": {
    family: "deadlines",
    severities: ["info"],
    meaning: "The meeting has a month but no day yet (dateConfirmed: false): its deadlines cannot be worked out.",
    fix: "Set the day when it is fixed (date: YYYY-MM-DD) and dateConfirmed: true.",
    rule: `${DEADLINES}/date-to-be-confirmed.ts`,
    source: 'Work programmes list meetings "date to be confirmed" (issue 13; Hackney\'s "TBC")',
  },
  "beyond-municipal-year": {
    family: "deadlines",
    severities: ["info"],
    meaning: "The meeting falls after the municipal year's end (30 April): it is kept as a forward plan.",
    fix: "Nothing to fix; move it to next year's programme when that is made.",
    rule: `${DEADLINES}/beyond-municipal-year.ts`,
    source:
      "The municipal year runs 1 May to 30 April (@scrutineer/dates); forward plans run past it (North Yorkshire's work programme covers 18-24 months)",
  },
  "dispatch-too-late": {
    family: "deadlines",
    severities: ["error"],
    meaning: "The stated dispatch leaves fewer clear working days before the meeting than the law requires.",
    fix: "Dispatch the agenda by the latest lawful date, or move the meeting.",
    rule: `${DEADLINES}/clear-days.ts`,
    source:
      "Local Government Act 1972 s100B(3), (4)(a) (England, five clear days); s100BA(3) (Wales, three); Local Government (Scotland) Act 1973 s50B (three)",
  },
  "dispatch-on-non-working-day": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The stated dispatch date is a weekend, bank holiday or closure day.",
    fix: "Set the dispatch to a working day.",
    rule: `${DEADLINES}/clear-days.ts`,
    source: "R v Swansea City Council ex p Elitestone (CA 1993): days the offices are shut do not count",
  },
  "dispatch-overdue": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The meeting is still to come, no dispatch is recorded and the latest lawful dispatch date has passed.",
    fix: "Record the dispatch date, or move the meeting.",
    rule: `${DEADLINES}/clear-days.ts`,
    source:
      "Local Government Act 1972 s100B(3), (4)(a) (England); s100BA(3) (Wales); Local Government (Scotland) Act 1973 s50B",
  },
  "papers-deadline-after-dispatch": {
    family: "deadlines",
    severities: ["error"],
    meaning: "The stated papers deadline is after the agenda's dispatch.",
    fix: "Set the papers deadline before dispatch.",
    rule: `${DEADLINES}/papers-deadline.ts`,
    source: 'Local rule: seed 001, the 2022/23 work programme ("usually three working days before dispatch")',
  },
  "papers-deadline-override": {
    family: "deadlines",
    severities: ["info"],
    meaning: "The stated papers deadline differs from the commission's rule.",
    fix: "Nothing to fix when intended; remove papersDeadline to follow the rule.",
    rule: `${DEADLINES}/papers-deadline.ts`,
    source: "Seed 001, the 2022/23 work programme: September, November and January state their own",
  },
  "papers-deadline-on-non-working-day": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The stated papers deadline is a weekend, bank holiday or closure day.",
    fix: "Set the papers deadline to a working day.",
    rule: `${DEADLINES}/papers-deadline.ts`,
    source: "Local rule: seed 001, the 2022/23 work programme",
  },
  "late-item-urgent": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "An item was added after dispatch, with reasons for urgency: it can be taken only as urgent business.",
    fix: "Record the Chair's reasons in the minutes.",
    rule: `${DEADLINES}/late-items.ts`,
    source:
      "Local Government Act 1972 s100B(4)(b) (England); s100BA(6) (Wales); Local Government (Scotland) Act 1973 s50B",
  },
  "late-item-no-urgent-reasons": {
    family: "deadlines",
    severities: ["error"],
    meaning: "An item was added after dispatch and no reasons for urgency are recorded.",
    fix: "Add urgentReasons (the Chair's ruling) or move it to a later meeting.",
    rule: `${DEADLINES}/late-items.ts`,
    source:
      "Local Government Act 1972 s100B(4)(b) (England); s100BA(6) (Wales); Local Government (Scotland) Act 1973 s50B",
  },
  "cabinet-notice-late": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The Cabinet member was told the Q&A topics after the notice was due.",
    fix: "Nothing to fix now; give the notice on time next year.",
    rule: `${DEADLINES}/cabinet-notice.ts`,
    source: 'Seed 001, the 2022/23 work programme: "to be notified of topics 6 weeks in advance"',
  },
  "cabinet-notice-overdue": {
    family: "deadlines",
    severities: ["warning"],
    meaning: "The Cabinet Q&A notice was due and no notice is recorded.",
    fix: "Tell the Cabinet member the topics and record cabinetQA.notified.",
    rule: `${DEADLINES}/cabinet-notice.ts`,
    source: 'Seed 001, the 2022/23 work programme: "to be notified of topics 6 weeks in advance"',
  },
  "cabinet-notice-due": {
    family: "deadlines",
    severities: ["info"],
    meaning: "The Cabinet Q&A notice is still to give: the due date and the days left.",
    fix: "Tell the Cabinet member the topics by the due date and record cabinetQA.notified.",
    rule: `${DEADLINES}/cabinet-notice.ts`,
    source: 'Seed 001, the 2022/23 work programme: "to be notified of topics 6 weeks in advance"',
  },
  ...OUTCOME_FINDINGS,
  ...AUTO_PLANNER_FINDINGS,
  ...COUNCIL_FINDINGS,
} as const satisfies Record<string, FindingDoc>;

type Code = keyof typeof FINDING_CATALOGUE;

/** Every finding code, in the catalogue's order (`FindingCode` is the union of them). */
export const FINDING_CODES = Object.keys(FINDING_CATALOGUE) as [Code, ...Code[]];

/** The documentation of a finding code. */
export function findingDoc(code: Code): FindingDoc {
  return FINDING_CATALOGUE[code];
}
