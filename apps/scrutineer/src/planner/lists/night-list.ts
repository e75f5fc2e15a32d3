import { INTEREST_ACTION_LABEL, interestsReport } from "@scrutineer/agenda";
import { shortDate } from "@scrutineer/dates";
import type { Meeting } from "@scrutineer/model";
import { declarationText, type FormContext } from "../forms/index.js";
import type { ListLine, ListSpec } from "./types.js";

/**
 * A meeting's record of the night: the attendance (a to record it), the declarations of
 * interest, and below them what the interest rules of @scrutineer/agenda make of them, item by
 * item: who must leave, who may vote, whether the meeting stays quorate. The report is built from
 * public forms only, so a sensitive interest's nature never shows here either.
 */

type NightTarget = { kind: "declarations"; meeting: string };

function meetingOf(target: NightTarget, context: FormContext): Meeting {
  const meeting = context.index.meetings.get(target.meeting);
  if (!meeting) throw new Error(`no meeting ${target.meeting}`);
  return meeting;
}

export const nightList: ListSpec<NightTarget> = {
  title: (target, context) =>
    `The meeting of ${shortDate(meetingOf(target, context).date)}: attendance and declarations`,
  empty: "No declarations of interest recorded: n records one",
  create: (target) => ({ kind: "declaration", meeting: target.meeting }),

  header(target, context) {
    const att = meetingOf(target, context).attendance;
    if (!att) return [{ text: "Attendance: not recorded yet (a records it)", tone: "warn" }];
    const names = (ids: string[]) => ids.map((id) => context.index.people.get(id)?.name ?? id).join(", ") || "none";
    const name = (id: string) => context.index.people.get(id)?.name ?? id;
    const subs = att.substitutes.map((sub) => `${name(sub.id)} for ${name(sub.for)}`).join(", ");
    return [
      att.recorded === "apologies-only"
        ? { text: "Present: everyone else on the membership (the minutes list apologies only)" }
        : { text: `Present (${att.present.length}): ${names(att.present)}` },
      ...(att.remote.length
        ? [{ text: `Remote (${att.remote.length}): ${names(att.remote)}`, tone: "dim" as const }]
        : []),
      { text: `Apologies (${att.apologies.length}): ${names(att.apologies)}`, tone: "dim" },
      ...(subs ? [{ text: `Substitutes (${att.substitutes.length}): ${subs}`, tone: "dim" as const }] : []),
      { text: "Declarations of interest", tone: "accent" },
    ];
  },

  rows(target, context) {
    const meeting = meetingOf(target, context);
    return meeting.declarations.map((d, index) => ({
      text: declarationText(d, meeting, context),
      edit: { kind: "declaration", meeting: meeting.id, index },
      remove: {
        edit: {
          type: "set-meeting",
          meeting: meeting.id,
          fields: { declarations: meeting.declarations.filter((_, i) => i !== index) },
        },
        what: `${context.index.people.get(d.person)?.name ?? d.person}'s declaration`,
      },
    }));
  },

  footer(target, context) {
    const meeting = meetingOf(target, context);
    const report = interestsReport(context.index, meeting);
    const lines: ListLine[] = [{ text: "How the interest rules apply, item by item", tone: "accent" }];
    for (const item of report.items) {
      const quorum = item.quorum
        ? item.quorum.quorate
          ? `quorate: ${item.quorum.voters.length} may vote (${item.quorum.required} needed)`
          : `NOT quorate: ${item.quorum.voters.length} may vote, ${item.quorum.required} needed`
        : "quorum not known until the attendance is recorded";
      const tone = item.quorum && !item.quorum.quorate ? "bad" : item.interests.length ? "warn" : "dim";
      lines.push({ text: `${item.number} ${item.title}: ${quorum}`, tone });
      for (const i of item.interests)
        lines.push({
          text: `    ${i.name} ${INTEREST_ACTION_LABEL[i.action]}: ${i.reason}`,
          tone: i.action === "take-part-and-vote" ? "good" : "warn",
        });
    }
    return lines;
  },
};
