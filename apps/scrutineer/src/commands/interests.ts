import {
  INTEREST_ACTION_LABEL,
  type InterestOutcome,
  interestFindings,
  interestOutcomes,
  numberedAgenda,
  publicDeclarations,
  quorumByItem,
  quorumFindings,
  quorumRequired,
} from "@scrutineer/agenda";
import { longDate } from "@scrutineer/deadlines";
import { type Meeting, meetingTimes, type Programme, peopleById } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { meetingFlag } from "./agenda.js";
import { catalogue } from "./catalogue.js";

interface Attendee {
  id: string;
  name: string;
  kind: "councillor" | "co-optee";
  role?: "chair" | "vice-chair";
  /** A co-optee's voting scope. */
  voting?: "none" | "education";
}

/** One line per attendee group; a person named in the list who is not on the commission is skipped (the loader reports them). */
function attendees(programme: Programme, ids: readonly string[]): Attendee[] {
  const people = peopleById(programme);
  return ids.flatMap((id): Attendee[] => {
    const p = people.get(id);
    if (p?.kind === "councillor")
      return [{ id, name: p.name, kind: "councillor", ...(p.role === "member" ? {} : { role: p.role }) }];
    if (p?.kind === "co-optee") return [{ id, name: p.name, kind: "co-optee", voting: p.voting }];
    return [];
  });
}

/** Outcomes without the declaration object, which holds the nature: what may be printed. */
const printable = (o: InterestOutcome) => ({ person: o.person, name: o.name, action: o.action, reason: o.reason });

/**
 * Attendance, declarations and quorum as data. Built only from public forms (`publicDeclarations`,
 * reasons), so a sensitive interest's nature can never reach the output.
 */
export function interestsReport(programme: Programme, meeting: Meeting) {
  const att = meeting.attendance;
  const outcomes = interestOutcomes(programme, meeting);
  const quorum = new Map(quorumByItem(programme, meeting).map((q) => [q.item, q]));
  const { minVoting, minFraction } = programme.commission.quorum;
  return {
    meeting: meeting.date,
    meetingId: meeting.id,
    status: meeting.status,
    attendance: {
      recorded: att !== undefined,
      present: attendees(programme, att?.present ?? []),
      remote: attendees(programme, att?.remote ?? []),
      apologies: attendees(programme, att?.apologies ?? []),
    },
    quorumRule: { required: quorumRequired(programme), minVoting, minFraction, councillors: programme.members.length },
    declarations: publicDeclarations(programme, meeting),
    items: numberedAgenda(programme, meeting).map(({ number, item }) => {
      const q = quorum.get(item.id);
      return {
        number,
        item: item.id,
        title: item.title,
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
    findings: [...interestFindings(programme, meeting), ...quorumFindings(programme, meeting)],
  };
}

type Report = ReturnType<typeof interestsReport>;

function formatReport(programme: Programme, meeting: Meeting, r: Report): string {
  const people = peopleById(programme);
  const name = (id: string) => people.get(id)?.name ?? id;
  const names = (ids: readonly string[]) => (ids.length === 0 ? "nobody" : ids.map(name).join(", "));
  const label = (a: Attendee) =>
    a.kind === "co-optee"
      ? `${a.name} (co-optee${a.voting === "education" ? ", votes on education matters" : ""})`
      : a.role
        ? `${a.name} (${a.role === "chair" ? "Chair" : "Vice-Chair"})`
        : a.name;
  const group = (title: string, list: Attendee[], note = "") =>
    `  ${title} (${list.length})${note}: ${list.length === 0 ? "none" : list.map(label).join(", ")}`;
  const { start } = meetingTimes(programme, meeting);

  const out: string[] = [
    `${programme.commission.name} · ${longDate(meeting.date)}, ${start.replace(":", ".")}${meeting.status === "cancelled" ? " · CANCELLED" : ""}`,
    "",
    "Attendance",
  ];
  if (r.attendance.recorded)
    out.push(
      group("Present in the room", r.attendance.present),
      group("Remote", r.attendance.remote, ", connected virtually: not counted for quorum, cannot vote"),
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
    const kind = d.kind === "disclosable-pecuniary" ? "disclosable pecuniary interest" : "other non-pecuniary interest";
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
      : "quorum not evaluated";
    out.push(`  ${item.number} ${item.title}${item.education ? " (education matter)" : ""}: ${state}`);
    if (q) {
      out.push(`      may vote: ${names(q.voters)}`);
      if (q.mustLeave.length > 0) out.push(`      must leave: ${names(q.mustLeave)}`);
    }
    for (const o of item.interests) {
      const away =
        remote.has(o.person) && o.action === "take-part-and-vote" ? ", but attends remotely so cannot vote" : "";
      out.push(`      ${o.name}: ${INTEREST_ACTION_LABEL[o.action]}${away}. ${o.reason}`);
    }
  }

  if (r.findings.length > 0) {
    out.push("", "Findings");
    for (const f of r.findings) out.push(`  ${f.severity}: ${f.message} [${f.code}]`);
  }
  return `${out.join("\n")}\n`;
}

export const interests: Command = {
  ...catalogue.interests,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { meeting: { type: "string" }, json: { type: "boolean", default: false } },
      "interests",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const { programme } = await loadProgramme(file);
    const meeting = meetingFlag(programme, values.meeting, "interests", file);
    const report = interestsReport(programme, meeting);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(programme, meeting, report));
    return report.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
