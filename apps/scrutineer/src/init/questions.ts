import { meetingTime, municipalYearOf, nextMunicipalYear, shortDate } from "@scrutineer/dates";
import { generateSlots, isDeadlinesError, type NewProgrammeAnswers, workingCalendar } from "@scrutineer/deadlines";
import {
  CommissionKind,
  Contact,
  commissionLaw,
  Jurisdiction,
  kindFromName,
  Line,
  MunicipalYear,
  plural,
  WallTime,
} from "@scrutineer/model";

/**
 * What `scrutineer init` asks, once for the form and the flags alike: each question's flag, its
 * label and hint in the form, and how an answer is read (the model's own schemas, so an answer
 * the file would refuse is refused here, beside the field or naming the flag).
 */

/** The answers as typed: text by question. */
export type Typed = Partial<Record<QuestionKey, string>>;

export type QuestionKey =
  | "council"
  | "jurisdiction"
  | "name"
  | "kind"
  | "year"
  | "rule"
  | "start"
  | "venue"
  | "contact"
  | "email"
  | "chair"
  | "members";

/** What an answer reads as: an error to show beside the field, or a note confirming it. */
export interface Reading {
  error?: string;
  note?: string;
}

export interface Question {
  key: QuestionKey;
  /** The flag that gives it without the form. */
  flag: string;
  label: string;
  hint: string;
  /** Needed before a file can be written; the others become placeholders. */
  required: boolean;
  /** The answer offered when none is typed. */
  suggested?: (typed: Typed, today: string) => string;
  read: (value: string, typed: Typed) => Reading;
}

const line = (value: string): Reading => {
  const parsed = Line.safeParse(value);
  return parsed.success ? {} : { error: parsed.error.issues[0]?.message ?? "not a line of text" };
};
const needed = (value: string, what: string): Reading => (value.trim() ? line(value) : { error: `give ${what}` });
const optional = (value: string, placeholder: string): Reading =>
  value.trim() ? line(value) : { note: `left as a placeholder: ${placeholder}` };

/** The meeting dates a rule gives in a year, or why it cannot be read. */
export function ruleReading(
  rule: string,
  year: string | undefined,
  start = "19:00",
  jurisdiction: Jurisdiction = "england",
): Reading {
  if (!rule.trim()) return { error: 'give a rule, e.g. "second Monday monthly except August"' };
  if (!year || !MunicipalYear.safeParse(year).success) return {};
  try {
    const calendar = workingCalendar({ bankHolidays: commissionLaw({ jurisdiction }).bankHolidays });
    const plan = generateSlots({ rule, municipalYear: year, start, calendar });
    const first = plan.slots[0];
    const last = plan.slots[plan.slots.length - 1];
    if (!first || !last) return { error: `no meeting dates in ${year}: check the rule` };
    const skipped = plan.skipped.length ? `; ${plural(plan.skipped.length, "bank holiday")} skipped` : "";
    return {
      note: `${plural(plan.slots.length, "meeting")}, ${shortDate(first.date)} to ${shortDate(last.date)}${skipped}`,
    };
  } catch (error) {
    if (isDeadlinesError(error)) return { error: error.message };
    throw error;
  }
}

export const QUESTIONS: readonly Question[] = [
  {
    key: "council",
    flag: "--council",
    label: "Council",
    hint: "as on the agenda, e.g. London Borough of Hackney",
    required: true,
    read: (v) => needed(v, "the council's name"),
  },
  {
    key: "name",
    flag: "--name",
    label: "Committee",
    hint: "its full name, e.g. Health Scrutiny Committee",
    required: true,
    read: (v) => needed(v, "the committee's name"),
  },
  {
    key: "kind",
    flag: "--kind",
    label: "It is a",
    hint: "commission, committee, panel, board or sub-committee: the word every document uses",
    required: false,
    suggested: (typed) => kindFromName(typed.name ?? ""),
    read: (v) =>
      !v.trim() || CommissionKind.safeParse(v.trim().toLowerCase()).success
        ? {}
        : { error: "expected commission, committee, panel, board or sub-committee" },
  },
  {
    key: "jurisdiction",
    flag: "--jurisdiction",
    label: "Law",
    hint: "england, wales or scotland: sets the clear days and the bank holidays",
    required: false,
    suggested: () => "england",
    read: (v) => {
      if (!v.trim()) return {};
      const parsed = Jurisdiction.safeParse(v.trim().toLowerCase());
      if (!parsed.success) return { error: "expected england, wales or scotland" };
      const law = commissionLaw({ jurisdiction: parsed.data });
      return { note: `${plural(law.clearDays, "clear working day")} (${law.dispatchLaw.short})` };
    },
  },
  {
    key: "year",
    flag: "--year",
    label: "Municipal year",
    hint: "May to April, e.g. 2025/26",
    required: true,
    suggested: (_typed, today) => nextMunicipalYear(municipalYearOf(today)),
    read: (v) => {
      const parsed = MunicipalYear.safeParse(v.trim());
      return parsed.success ? {} : { error: parsed.error.issues[0]?.message ?? "expected 2025/26" };
    },
  },
  {
    key: "rule",
    flag: "--rule",
    label: "Meeting days",
    hint: 'in words or an RRULE, e.g. "second Monday monthly except August"',
    required: true,
    suggested: () => "second Monday monthly except August",
    // The start is asked after the rule: a start not yet valid is left to its own question.
    read: (v, typed) =>
      ruleReading(
        v,
        typed.year,
        typed.start && WallTime.safeParse(typed.start).success ? typed.start : undefined,
        jurisdictionOf(typed),
      ),
  },
  {
    key: "start",
    flag: "--start",
    label: "Usual start",
    hint: "24-hour London time, HH:MM",
    required: false,
    suggested: () => "19:00",
    read: (v) => {
      const parsed = WallTime.safeParse(v.trim());
      return parsed.success
        ? { note: meetingTime(parsed.data) }
        : { error: parsed.error.issues[0]?.message ?? "expected HH:MM" };
    },
  },
  {
    key: "venue",
    flag: "--venue",
    label: "Venue",
    hint: "room and address, as on the agenda",
    required: false,
    read: (v) => optional(v, "the venue"),
  },
  {
    key: "contact",
    flag: "--contact",
    label: "Contact",
    hint: "the scrutiny officer named on agendas",
    required: false,
    read: (v) => optional(v, "the contact"),
  },
  {
    key: "email",
    flag: "--email",
    label: "Contact's email",
    hint: "optional",
    required: false,
    read: (v) => {
      if (!v.trim()) return {};
      const parsed = Contact.shape.email.safeParse(v.trim());
      return parsed.success ? {} : { error: parsed.error.issues[0]?.message ?? "expected an email address" };
    },
  },
  {
    key: "chair",
    flag: "--chair",
    label: "Chair",
    hint: "e.g. Cllr Jo Bloggs",
    required: false,
    read: (v) => optional(v, "the chair"),
  },
  {
    key: "members",
    flag: "--member",
    label: "Other members",
    hint: "names separated by commas (more can be added later)",
    required: false,
    read: (v) => {
      for (const name of membersOf(v)) {
        const r = line(name);
        if (r.error) return { error: `${name}: ${r.error}` };
      }
      return {};
    },
  },
];

/** The jurisdiction answered, England when none (or none readable) is. */
function jurisdictionOf(typed: Typed): Jurisdiction {
  const parsed = Jurisdiction.safeParse(typed.jurisdiction?.trim().toLowerCase());
  return parsed.success ? parsed.data : "england";
}

/** Member names from a comma-separated answer. */
export function membersOf(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The answers `newProgramme` takes, from answers already read (each `read` without an error). */
export function toAnswers(typed: Typed): NewProgrammeAnswers {
  const text = (k: QuestionKey) => typed[k]?.trim() || undefined;
  const contactName = text("contact");
  const email = text("email");
  return {
    council: text("council") ?? "",
    name: text("name") ?? "",
    municipalYear: text("year") ?? "",
    rule: text("rule") ?? "",
    ...(text("kind") ? { kind: CommissionKind.parse(text("kind")?.toLowerCase()) } : {}),
    ...(text("jurisdiction") ? { jurisdiction: jurisdictionOf(typed) } : {}),
    ...(text("start") ? { start: text("start") } : {}),
    ...(text("venue") ? { venue: text("venue") } : {}),
    ...(contactName || email
      ? { contact: { ...(contactName ? { name: contactName } : {}), ...(email ? { email } : {}) } }
      : {}),
    ...(text("chair") ? { chair: text("chair") } : {}),
    members: membersOf(typed.members),
  };
}
