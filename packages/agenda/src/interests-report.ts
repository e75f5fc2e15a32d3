/**
 * The interests report of one meeting: who attended and how, the declarations as they may be
 * published, and per item who has an interest and what they may do, who may vote, who must
 * leave and whether the meeting is quorate. Data for `scrutineer interests --json`, and the
 * same in words for the terminal.
 *
 * Every judgement comes from the rules beside it: what a declaration means (interests.ts), who
 * may vote and how attending remotely counts (voting-rights.ts), who must leave
 * (who-must-leave.ts) and the quorum (quorum.ts). Built only from public forms
 * (`publicDeclarations`, reasons), so a sensitive interest's nature never reaches the report.
 */
import { dateOrMonthWords, itemTime, longDate } from "@scrutineer/dates";
import {
  type AgendaOutcome,
  type CoOpteeVoting,
  commissionLaw,
  type Finding,
  interestKindLabel,
  type Meeting,
  type MeetingStatus,
  meetingTimes,
  memberRoleLabel,
  type ProgrammeIndex,
} from "@scrutineer/model";
import {
  INTEREST_ACTION_LABEL,
  type InterestAction,
  type InterestOutcome,
  interestOutcomes,
  type PublicDeclaration,
  publicDeclarations,
} from "./interests.js";
import { meetingAttendance, quorumByItem, quorumRequired } from "./quorum.js";
import { attendanceAllowsVote, interestAllowsVote } from "./voting-rights.js";

/** A member or co-optee on the attendance list. */
export interface ReportAttendee {
  id: string;
  name: string;
  kind: "councillor" | "co-optee";
  /** A councillor's office, when not an ordinary member. */
  role?: "chair" | "vice-chair";
  /** A co-optee's voting scope. */
  voting?: CoOpteeVoting;
}

/** A substitute at the meeting and the member they replaced. */
export interface ReportSubstitute {
  id: string;
  name: string;
  /** The member replaced: their id and name. */
  for: string;
  forName: string;
}

/** An interest on an item as it may be printed: no declaration, so no nature. */
export interface ReportInterest {
  person: string;
  name: string;
  action: InterestAction;
  reason: string;
}

/**
 * One agenda item in the interests report: its number and title, whether it is an education item (the
 * co-optees' vote: Local Government Act 2000 sch. 1; Parent Governor Representatives (England)
 * Regulations 2001), the interests declared in it in public form,
 * and its quorum (`null` with no attendance recorded; ids throughout).
 */
export interface ReportItem {
  /** The number on the front sheet. */
  number: number;
  /** The item's id. */
  item: string;
  title: string;
  /** What became of it at the meeting, when the minutes say (a deferred or withdrawn item needs no quorum). */
  outcome?: AgendaOutcome;
  education: boolean;
  interests: ReportInterest[];
  /** Null when no attendance is recorded. Ids throughout. */
  quorum: {
    quorate: boolean;
    required: number;
    voters: string[];
    present: string[];
    remote: string[];
    mustLeave: string[];
  } | null;
}

/**
 * `interestsReport`'s answer for one meeting: its date (`YYYY-MM-DD`), id and status, the attendance
 * (present, remote, apologies, substitutes), each item with its interests, votes and quorum, and the
 * findings. Public: a sensitive interest's nature is never in it (Localism Act 2011 s32).
 */
export interface InterestsReport {
  meeting: string;
  meetingId: string;
  status: MeetingStatus;
  attendance: {
    recorded: boolean;
    /** In the room: as listed, or with apologies-only minutes everyone else on the membership that day. */
    present: ReportAttendee[];
    remote: ReportAttendee[];
    apologies: ReportAttendee[];
    /** Substitutes, each in the place of a member (absent when there were none). */
    substitutes?: ReportSubstitute[];
    /** True when the minutes list apologies only (`attendance.recorded: apologies-only`). */
    apologiesOnly?: boolean;
  };
  /** The commission's quorum rule and what it requires (quorum.ts). */
  quorumRule: { required: number; minVoting: number; minFraction: number; councillors: number };
  declarations: PublicDeclaration[];
  items: ReportItem[];
  /** The meeting's interest and quorum findings, as the caller passed them. */
  findings: Finding[];
}

/** The commission's members and co-optees among `ids`, in order; anyone else is skipped (the loader reports them). */
function attendees(index: ProgrammeIndex, ids: readonly string[]): ReportAttendee[] {
  return ids.flatMap((id): ReportAttendee[] => {
    const p = index.people.get(id);
    if (p?.kind === "councillor")
      return [{ id, name: p.name, kind: "councillor", ...(p.role === "member" ? {} : { role: p.role }) }];
    if (p?.kind === "co-optee") return [{ id, name: p.name, kind: "co-optee", voting: p.voting }];
    return [];
  });
}

/** An outcome without the declaration object, which holds the nature: what may be printed. */
const printable = (o: InterestOutcome): ReportInterest => ({
  person: o.person,
  name: o.name,
  action: o.action,
  reason: o.reason,
});

/**
 * One meeting's interests report. `findings` are the meeting's interest and quorum findings
 * (`meetingFindings(index, meeting, { today, only: ["interests", "quorum"] })` from
 * @scrutineer/checks, which assembles every meeting's findings); they end the report as given.
 */
export function interestsReport(
  index: ProgrammeIndex,
  meeting: Meeting,
  findings: readonly Finding[] = [],
): InterestsReport {
  const { programme } = index;
  const att = meeting.attendance;
  // Who was there as the quorum reads it: with apologies-only minutes, everyone else on the membership.
  const there = meetingAttendance(index, meeting);
  const outcomes = interestOutcomes(index, meeting);
  const quorum = new Map(quorumByItem(index, meeting).map((q) => [q.item, q]));
  const { minVoting, minFraction } = programme.commission.quorum;
  return {
    meeting: meeting.date,
    meetingId: meeting.id,
    status: meeting.status,
    attendance: {
      recorded: att !== undefined,
      present: attendees(index, there?.inRoom ?? []),
      remote: attendees(index, att?.remote ?? []),
      apologies: attendees(index, att?.apologies ?? []),
      ...(att && att.substitutes.length > 0
        ? {
            substitutes: att.substitutes.map((s) => ({
              id: s.id,
              name: index.people.get(s.id)?.name ?? s.id,
              for: s.for,
              forName: index.people.get(s.for)?.name ?? s.for,
            })),
          }
        : {}),
      ...(att?.recorded === "apologies-only" ? { apologiesOnly: true } : {}),
    },
    quorumRule: {
      required: quorumRequired(programme, meeting.date),
      minVoting,
      minFraction,
      councillors: index.membershipOn(meeting.date).councillors.length,
    },
    declarations: publicDeclarations(index, meeting),
    items: index.numberedAgenda(meeting).map(({ number, item, outcome }) => {
      const q = quorum.get(item.id);
      return {
        number,
        item: item.id,
        title: item.title,
        ...(outcome ? { outcome } : {}),
        education: item.education,
        interests: outcomes.filter((o) => o.item === item.id).map(printable),
        quorum: q
          ? {
              quorate: q.quorate,
              required: q.required,
              voters: q.voters,
              present: q.present,
              remote: q.remote,
              mustLeave: q.mustLeave,
            }
          : null,
      };
    }),
    findings: [...findings],
  };
}

/** The report in words, for the terminal: attendance, declarations, each item's quorum, voters and interests, findings. */
export function interestsReportText(index: ProgrammeIndex, meeting: Meeting, r: InterestsReport): string {
  const { programme, people } = index;
  const name = (id: string) => people.get(id)?.name ?? id;
  const names = (ids: readonly string[]) => (ids.length === 0 ? "nobody" : ids.map(name).join(", "));
  const label = (a: ReportAttendee) =>
    a.kind === "co-optee"
      ? `${a.name} (co-optee${a.voting === "education" ? ", votes on education matters" : a.voting === "full" ? ", votes on every item" : ""})`
      : a.role
        ? `${a.name} (${memberRoleLabel(a.role)})`
        : a.name;
  const group = (title: string, list: ReportAttendee[], note = "") =>
    `  ${title} (${list.length})${note}: ${list.length === 0 ? "none" : list.map(label).join(", ")}`;
  const { start } = meetingTimes(programme, meeting);
  const law = commissionLaw(programme.commission);
  const remoteVotes = attendanceAllowsVote("remote", law.remotePresent);

  const out: string[] = [
    `${programme.commission.name} · ${meeting.date.length === 7 ? dateOrMonthWords(meeting.date) : longDate(meeting.date)}, ${itemTime(start)}${meeting.status === "cancelled" ? " · CANCELLED" : ""}`,
    "",
    "Attendance",
  ];
  if (r.attendance.recorded)
    out.push(
      group(
        // Where remote members are present too (Wales, Scotland), minutes of a hybrid meeting often do
        // not say who was where (Neath Port Talbot's of 2022/23): say no more than the file says.
        law.remotePresent ? "Present (not recorded as remote)" : "Present in the room",
        r.attendance.present,
        r.attendance.apologiesOnly
          ? ", everyone on the membership not sending apologies (the minutes list apologies only)"
          : "",
      ),
      ...(r.attendance.substitutes
        ? [
            `  Substitutes (${r.attendance.substitutes.length}), each in a member's place: ${r.attendance.substitutes.map((s) => `${s.name} for ${s.forName}`).join(", ")}`,
          ]
        : []),
      group(
        "Remote",
        r.attendance.remote,
        remoteVotes
          ? `, present: counted for quorum and may vote (${law.remoteAttendanceLaw.short})`
          : ", connected virtually: not counted for quorum, cannot vote",
      ),
      group("Apologies", r.attendance.apologies),
    );
  else out.push("  No attendance recorded for this meeting: quorum cannot be evaluated.");

  out.push("", "Declarations of interest");
  if (r.declarations.length === 0) out.push("  None recorded.");
  for (const d of r.declarations) {
    const items = d.items.map((id) => {
      const row = r.items.find((i) => i.item === id);
      return row ? `item ${row.number} ${row.title}` : id;
    });
    const kind = interestKindLabel(d.kind);
    out.push(`  ${d.name}: ${kind} in ${items.join("; ")}: ${d.nature} → ${INTEREST_ACTION_LABEL[d.action]}`);
  }

  const rule = r.quorumRule;
  out.push(
    "",
    `Items (quorum ${rule.required}: at least ${rule.minVoting} voting members and ${Math.round(rule.minFraction * 100)}% of the ${rule.councillors} councillors)`,
  );
  const remote = new Set(r.attendance.remote.map((a) => a.id));
  for (const item of r.items) {
    const q = item.quorum;
    const state = q
      ? q.quorate
        ? `quorate, ${q.voters.length} may vote`
        : `INQUORATE: ${q.voters.length} may vote, ${q.required} needed`
      : item.outcome === "deferred" || item.outcome === "withdrawn"
        ? `${item.outcome} at the meeting: not considered, no quorum needed`
        : "quorum not evaluated";
    out.push(`  ${item.number} ${item.title}${item.education ? " (education matter)" : ""}: ${state}`);
    if (q) {
      out.push(`      may vote: ${names(q.voters)}`);
      if (q.mustLeave.length > 0) out.push(`      must leave: ${names(q.mustLeave)}`);
    }
    for (const o of item.interests) {
      const away =
        !remoteVotes && remote.has(o.person) && interestAllowsVote(o.action)
          ? ", but attends remotely so cannot vote"
          : "";
      out.push(`      ${o.name}: ${INTEREST_ACTION_LABEL[o.action]}${away}. ${o.reason}`);
    }
  }

  if (r.findings.length > 0) {
    out.push("", "Findings");
    for (const f of r.findings) out.push(`  ${f.severity}: ${f.message} [${f.code}]`);
  }
  return `${out.join("\n")}\n`;
}
