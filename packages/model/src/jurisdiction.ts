import * as z from "zod";

/**
 * The law a commission works under, one row per jurisdiction, each value with its source
 * (research notes: jurisdictions.md and bank-holidays-1971.md). A commission names its
 * jurisdiction (`commission.jurisdiction`, default England, which keeps a Hackney file meaning
 * what it meant); an explicit `deadlines.clearDays` or `remoteAttendance` overrides the row
 * (`commissionLaw`). Every footnote and message that cites the law takes its words from here.
 */

/** Where the council is: it decides notice, remote attendance, bank holidays and the words of the law. */
export const Jurisdiction = z.enum(["england", "wales", "scotland"]);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Whether members attending remotely are present (count towards the quorum and may vote). */
export const RemoteAttendance = z.enum(["present", "not-present"]);
export type RemoteAttendance = z.infer<typeof RemoteAttendance>;

/** The bank-holiday calendars `@scrutineer/deadlines` knows (its `BankHolidayCalendar`). */
export type BankHolidayCalendarName = "england-and-wales" | "scotland";

/**
 * A citation in two lengths: in a sentence of a finding ("LGA 1972 s100B") and in a footnote
 * ("Local Government Act 1972 s100B"). The subsections and amending instruments are in the
 * comment on `JURISDICTIONS` and in the finding catalogue.
 */
export interface Citation {
  /** Short, for messages: "LGA 1972 s100B". */
  short: string;
  /** In full, for footnotes and documents: "Local Government Act 1972 s100B". */
  full: string;
}

/** One jurisdiction's row. */
export interface JurisdictionRules {
  /** "England", "Wales", "Scotland". */
  name: string;
  /** Clear days the agenda must be open to inspection before the meeting. */
  clearDays: number;
  /** The statute that says so. */
  dispatchLaw: Citation;
  /** Late items: taken only as urgent, the Chair's reasons in the minutes. */
  urgentItemsLaw: Citation;
  /** Whether a member attending remotely is present, by default. */
  remoteAttendance: RemoteAttendance;
  /** Why (a judgment or a statute). */
  remoteAttendanceLaw: Citation;
  /** Which days are bank holidays. */
  bankHolidays: BankHolidayCalendarName;
  /** What is provisional in this row: said in the docs and the report, never hidden. */
  provisional: readonly string[];
}

/**
 * The three rows.
 * - England: five clear days, LGA 1972 s100B(3), (4)(a) as amended by SI 2002/715 art 3; urgent
 *   items s100B(4)(b); remote attendees not present (R (Hertfordshire CC) v SSHCLG [2021] EWHC 1093
 *   (Admin) para 89: "being 'present' … involves physical presence").
 * - Wales: three clear days, published electronically, LGA 1972 s100BA(3) (inserted by the Local
 *   Government and Elections (Wales) Act 2021 Sch 4 para 7); remote attendees present at a
 *   multi-location meeting (LG&E(W)A 2021 s47, in force 1 May 2021; its text was not read: the
 *   purpose, Welsh Government's statement of 22 March 2021 and councils' policies, is relied on).
 * - Scotland: three clear days, Local Government (Scotland) Act 1973 s50B (inserted by the Local
 *   Government (Access to Information) Act 1985; enacted text in Hansard HC 17 May 1985, current
 *   subsection numbering not verified); remote participation lawful at the convener's direction
 *   (Local Government in Scotland Act 2003 s43); whether remote members count for the quorum is
 *   for standing orders, so the default is "present" and a commission may say otherwise.
 */
export const JURISDICTIONS: Readonly<Record<Jurisdiction, JurisdictionRules>> = {
  england: {
    name: "England",
    clearDays: 5,
    dispatchLaw: { short: "LGA 1972 s100B", full: "Local Government Act 1972 s100B" },
    urgentItemsLaw: { short: "LGA 1972 s100B(4)(b)", full: "Local Government Act 1972 s100B(4)(b)" },
    remoteAttendance: "not-present",
    remoteAttendanceLaw: {
      short: "R (Hertfordshire CC) v SSHCLG [2021] EWHC 1093 (Admin)",
      full: "R (Hertfordshire CC) v Secretary of State for Housing, Communities and Local Government [2021] EWHC 1093 (Admin)",
    },
    bankHolidays: "england-and-wales",
    provisional: [],
  },
  wales: {
    name: "Wales",
    clearDays: 3,
    dispatchLaw: {
      short: "LGA 1972 s100BA",
      full: "Local Government Act 1972 s100BA, as inserted by the Local Government and Elections (Wales) Act 2021",
    },
    urgentItemsLaw: { short: "LGA 1972 s100BA(6)", full: "Local Government Act 1972 s100BA(6)" },
    remoteAttendance: "present",
    remoteAttendanceLaw: {
      short: "LG&E(W)A 2021 s47",
      full: "Local Government and Elections (Wales) Act 2021 s47 (multi-location meetings)",
    },
    bankHolidays: "england-and-wales",
    provisional: [
      "the urgency limb of s100BA(6) was not read verbatim (it is taken to be the English s100B(4)(b) formula)",
      "the text of s47 was not read: remote members are taken as present, as Welsh councils' multi-location policies treat them",
    ],
  },
  scotland: {
    name: "Scotland",
    clearDays: 3,
    dispatchLaw: { short: "LG(S)A 1973 s50B", full: "Local Government (Scotland) Act 1973 s50B" },
    urgentItemsLaw: { short: "LG(S)A 1973 s50B", full: "Local Government (Scotland) Act 1973 s50B (urgent items)" },
    remoteAttendance: "present",
    remoteAttendanceLaw: {
      short: "LG in Scotland Act 2003 s43",
      full: "Local Government in Scotland Act 2003 s43 (meetings at the convener's direction); counting per standing orders",
    },
    bankHolidays: "scotland",
    provisional: [
      "the current subsection numbering of s50B was not verified (the 1985 enacted text is in Hansard)",
      "whether remote members count for the quorum is for each council's standing orders: set remoteAttendance",
      "whether Scottish bank holidays are non-working days for clear days: the sources are silent; council closure days go in deadlines.nonWorkingDays",
    ],
  },
};

/** The law as it applies to one commission: its jurisdiction's row with the commission's overrides. */
export interface CommissionLaw extends JurisdictionRules {
  jurisdiction: Jurisdiction;
  /** True when `deadlines.clearDays` is set in the file (overriding the jurisdiction's). */
  clearDaysOverridden: boolean;
  /** True when `remoteAttendance` is set in the file. */
  remoteAttendanceOverridden: boolean;
  /** Members attending remotely count towards the quorum and may vote. */
  remotePresent: boolean;
}

/** The fields of a commission the law depends on (so a commission still being written can be asked). */
export interface LawInput {
  jurisdiction?: Jurisdiction | undefined;
  remoteAttendance?: RemoteAttendance | undefined;
  deadlines?: { clearDays?: number | undefined } | undefined;
}

/**
 * The law a commission works under: its jurisdiction's row, with an explicit `deadlines.clearDays`
 * or `remoteAttendance` in the file taking precedence (a council whose standing orders say more).
 * @example commissionLaw({ jurisdiction: "wales" }).clearDays; // 3
 */
export function commissionLaw(commission: LawInput): CommissionLaw {
  const jurisdiction = commission.jurisdiction ?? "england";
  const row = JURISDICTIONS[jurisdiction];
  const clearDays = commission.deadlines?.clearDays;
  const remote = commission.remoteAttendance;
  const remoteAttendance = remote ?? row.remoteAttendance;
  return {
    ...row,
    jurisdiction,
    clearDays: clearDays ?? row.clearDays,
    clearDaysOverridden: clearDays !== undefined,
    remoteAttendance,
    remoteAttendanceOverridden: remote !== undefined,
    remotePresent: remoteAttendance === "present",
  };
}
