/**
 * A new programme file for a committee's year, from a few answers (what `scrutineer init` asks):
 * the meetings from the slot rule (bank holidays and closure days skipped, `generateSlots`), with
 * stable ids (`slotsToMeetings`: `2025-06`), each meeting's papers deadline and agenda dispatch
 * computed by the commission's rules and shown in a comment above it (not stated in the data, so
 * they follow the rules when a meeting moves), an empty backlog, and what was not given left as a
 * marked placeholder ("TO BE SET: the venue") that `scrutineer check` notes. Pure: the caller
 * writes the text.
 */
import { longDate, shortDate } from "@scrutineer/dates";
import {
  type CommissionKind,
  type Councillor,
  commissionLaw,
  idFromName,
  type Jurisdiction,
  kindFromName,
  listJoin,
  type PathComment,
  PLACEHOLDER_MARK,
  Programme,
  type ProgrammeInput,
  placeholder,
  plural,
  pluralInWords,
  programmeText,
} from "@scrutineer/model";
import { latestDispatch } from "./clear-days.js";
import { papersDeadline } from "./papers-deadline.js";
import { type DateRange, generateSlots, type SlotPlan, slotsToMeetings } from "./slots.js";
import { type WorkingCalendar, workingCalendar } from "./working-calendar.js";

/** What the officer tells `scrutineer init`; only the first four are needed. */
export interface NewProgrammeAnswers {
  /** "London Borough of Hackney". */
  council: string;
  /** The committee's full name: "Children and Young People Scrutiny Commission". */
  name: string;
  /** A municipal year, "2025/26". */
  municipalYear: string;
  /** The slot rule, in words or as an RRULE: "second Monday monthly except August". */
  rule: string;
  /** Short name for calendars and headings; absent: from the name ("CYP", "Health"). */
  shortName?: string;
  /** Usual start, "HH:MM" London wall clock; absent: 19:00. */
  start?: string;
  venue?: string;
  contact?: { name?: string; email?: string; phone?: string };
  chair?: string;
  viceChair?: string;
  /** The other members' names. */
  members?: readonly string[];
  /** Ranges with no meeting (a recess), as `generateSlots` takes them. */
  skip?: readonly DateRange[];
  /** Council closure days that are not bank holidays. */
  closed?: readonly string[];
  /** What the body is called; absent: from its name ("… Scrutiny Committee" is a committee). */
  kind?: CommissionKind;
  /** Whose law: England (absent), Wales or Scotland; sets the clear days and the bank holidays. */
  jurisdiction?: Jurisdiction;
}

/** Options of `newProgramme`. */
export interface NewProgrammeOptions {
  /** The `$schema` reference written on the first line (a path beside the file, or a web address). */
  schema?: string;
}

/** The new programme: its data, the file's text and the slots it came from. */
export interface NewProgramme {
  programme: Programme;
  text: string;
  plan: SlotPlan;
  /** Fields left as placeholders ("commission.venue"), for the caller to mention. */
  placeholders: string[];
}

/** Words a short name leaves out: the kind of body and the small words. */
const NOT_SHORT = new Set([
  "and",
  "of",
  "the",
  "for",
  "on",
  "in",
  "scrutiny",
  "overview",
  "committee",
  "commission",
  "panel",
  "board",
  "sub-committee",
]);

/**
 * A short name from a committee's name, for calendars and headings: its one significant word
 * ("Health Scrutiny Committee" → "Health") or the initials of several ("Children and Young People
 * Scrutiny Commission" → "CYP").
 */
export function shortNameOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !NOT_SHORT.has(w.toLowerCase()));
  if (words.length === 0) return name.trim();
  if (words.length === 1) return words[0] as string;
  return words.map((w) => w[0]?.toUpperCase() ?? "").join("");
}

/** Members in the file's order, chair and vice-chair first, ids from their names (made unique). */
function membersOf(answers: NewProgrammeAnswers): Councillor[] {
  const used = new Set<string>();
  const idFor = (name: string, fallback: string) => {
    const base = idFromName(name, fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const out: Councillor[] = [];
  const chair = answers.chair?.trim() || placeholder("the chair's name (and an id from it)");
  out.push({ id: answers.chair?.trim() ? idFor(chair, "chair") : idFor("chair", "chair"), name: chair, role: "chair" });
  if (answers.viceChair?.trim())
    out.push({ id: idFor(answers.viceChair, "vice-chair"), name: answers.viceChair.trim(), role: "vice-chair" });
  for (const name of answers.members ?? [])
    if (name.trim()) out.push({ id: idFor(name, "member"), name: name.trim(), role: "member" });
  return out;
}

/** The meetings of a slot plan as a new file holds them: stable ids, provisional dates, empty agendas. */
function slotMeetings(plan: SlotPlan) {
  return slotsToMeetings(plan).map(({ id, date, dateConfirmed }) => ({ id, date, dateConfirmed, agenda: [] }));
}

/** The deadline rules the comments above new meetings are computed with. */
export interface SlotDeadlineRules {
  calendar: WorkingCalendar;
  clearDays: number;
  papersWorkingDaysBeforeDispatch: number;
}

/**
 * A comment above each meeting of the plan: its date in words, the papers deadline and the
 * latest lawful agenda publication by the rules (clear-days.ts, papers-deadline.ts).
 */
function slotComments(plan: SlotPlan, rules: SlotDeadlineRules): PathComment[] {
  return plan.slots.map((slot, i) => {
    const dispatch = latestDispatch(slot.date, rules);
    const papers = papersDeadline(dispatch, {
      workingDaysBeforeDispatch: rules.papersWorkingDaysBeforeDispatch,
      calendar: rules.calendar,
    });
    return {
      path: ["meetings", i],
      lines: [`${longDate(slot.date)}: papers due ${shortDate(papers)}, agenda published by ${shortDate(dispatch)}`],
    };
  });
}

/**
 * A `meetings:` block for a slot plan, ready to paste into a programme (`scrutineer slots
 * --format yaml`): each meeting with its id, date and empty agenda, its deadlines by `rules` in
 * a comment above it.
 */
export function meetingsBlock(plan: SlotPlan, rules: SlotDeadlineRules): string {
  return programmeText({ meetings: slotMeetings(plan) }, { comments: slotComments(plan, rules) });
}

/**
 * The programme `scrutineer init` writes. Throws `SlotRuleError` for a rule, year or start the
 * slots cannot read, and zod's error for an answer the file format refuses (the caller checks
 * each answer first, to name the flag).
 */
export function newProgramme(answers: NewProgrammeAnswers, options: NewProgrammeOptions = {}): NewProgramme {
  const start = answers.start ?? "19:00";
  const jurisdiction = answers.jurisdiction ?? "england";
  const calendar = workingCalendar({
    extraNonWorkingDays: [...(answers.closed ?? [])],
    bankHolidays: commissionLaw({ jurisdiction }).bankHolidays,
  });
  const plan = generateSlots({
    rule: answers.rule,
    municipalYear: answers.municipalYear,
    start,
    skip: [...(answers.skip ?? [])],
    calendar,
  });
  const shortName = answers.shortName?.trim() || shortNameOf(answers.name);
  const contact = answers.contact ?? {};
  const input: ProgrammeInput = {
    version: 1,
    commission: {
      id: idFromName(shortName, "committee"),
      name: answers.name.trim(),
      kind: answers.kind ?? kindFromName(answers.name),
      shortName,
      council: answers.council.trim(),
      jurisdiction,
      municipalYear: answers.municipalYear,
      venue: answers.venue?.trim() || placeholder("the meeting room and address"),
      start,
      contact: {
        name: contact.name?.trim() || placeholder("the scrutiny officer named on agendas"),
        ...(contact.phone?.trim() ? { phone: contact.phone.trim() } : {}),
        ...(contact.email?.trim() ? { email: contact.email.trim() } : {}),
      },
      deadlines: {
        papersWorkingDaysBeforeDispatch: 3,
        cabinetNoticeWeeks: 6,
        nonWorkingDays: [...(answers.closed ?? [])],
      },
    },
    members: membersOf(answers),
    coOptees: [],
    officers: [],
    cabinetMembers: [],
    items: [],
    meetings: slotMeetings(plan),
    backlog: [],
  };
  const programme = Programme.parse(input);
  const rules = programme.commission.deadlines;
  const law = commissionLaw(programme.commission);
  const comments = slotComments(plan, { calendar, ...rules, clearDays: law.clearDays });
  const skipped = plan.skipped.map((s) => `${shortDate(s.date)} (${s.reason})`);
  comments.push(
    {
      path: ["commission", "deadlines"],
      lines: [
        `Agenda published ${pluralInWords(law.clearDays, "clear working day")} before the meeting (${law.dispatchLaw.full});`,
        `papers due ${pluralInWords(rules.papersWorkingDaysBeforeDispatch, "working day")} before that (your council's rule: change it here).`,
      ],
    },
    {
      path: ["members"],
      lines: [
        "Councillors: { id: jo-bloggs, name: Cllr Jo Bloggs, role: member } (roles: chair, vice-chair, member).",
        "Add co-optees, officers and Cabinet members below in the same way (docs/file-format.md).",
      ],
    },
    {
      path: ["items"],
      lines: ["The work programme's items: `scrutineer plan` adds them, or see docs/file-format.md."],
    },
    {
      path: ["meetings"],
      lines: [
        `${plural(programme.meetings.length, "meeting")} from the rule "${plan.rule}" (RRULE:${plan.rrule}), bank holidays skipped${skipped.length ? `: not ${listJoin(skipped)}` : ""}.`,
        "Dates are provisional (dateConfirmed: false) until the council confirms them. Each meeting's papers",
        "deadline and agenda publication follow the rules above (shown above each meeting, not stated):",
        "write papersDeadline: or dispatch: in a meeting only to state a different date.",
      ],
    },
    { path: ["backlog"], lines: ["Possible items noted for later: their ids."] },
  );

  const header = [
    ...(options.schema ? [`yaml-language-server: $schema=${options.schema}`, ""] : []),
    `${programme.commission.name}, ${programme.commission.council}, ${programme.commission.municipalYear}.`,
    "Started by `scrutineer init`. Check it with `scrutineer check`, plan it with `scrutineer plan`.",
    'Every field is described in Scrutineer\'s docs/file-format.md; dates are YYYY-MM-DD, times "HH:MM".',
    `Values that start "${PLACEHOLDER_MARK}" are placeholders: \`scrutineer check\` lists them until they are filled in.`,
  ];
  const placeholders = [
    ...(answers.venue?.trim() ? [] : ["commission.venue"]),
    ...(contact.name?.trim() ? [] : ["commission.contact.name"]),
    ...(answers.chair?.trim() ? [] : ["members[0].name"]),
  ];
  return { programme, text: programmeText(input, { header, comments }), plan, placeholders };
}
