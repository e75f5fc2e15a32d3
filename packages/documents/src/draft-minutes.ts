/**
 * Draft minutes of a meeting, for the officer to finish: the structure of the CYP Scrutiny
 * Commission's minutes of 30 Nov 2022 (seed 003; skeleton in reviews-and-recommendations.md §8)
 * filled from the programme. Header (council, commission, municipal year, date, venue); the
 * attendance table (Chair, councillors in attendance, apologies, co-optees, in attendance,
 * officer contact); "… in the Chair"; then every agenda heading numbered as the front sheet
 * numbers it, with the agenda's planned start in brackets ("4 … (19.05)", as the minutes keep
 * it): apologies (1.1, and 1.2 for those who "connected virtually"), declarations (the public
 * form only: a sensitive interest's nature is never printed, Localism Act 2011 s32), each item's
 * outcome and resolutions as numbered paragraphs ("7.3 Members noted and agreed the letter."),
 * actions as bold "Agreed:" lines (seed 003 lines 99, 107) and questions to be answered in
 * writing; the close ("The meeting closed at 9.15pm", line 287). What the programme cannot know
 * (the discussion) is left as a marked gap, never invented.
 */
import { interestsReport } from "@scrutineer/agenda";
import { itemTime, longDate, meetingTime } from "@scrutineer/dates";
import {
  entryOutcomes,
  listJoin,
  type Meeting,
  type MeetingAction,
  memberRoleLabel,
  type Programme,
  type ProgrammeIndex,
  type WrittenAnswer,
} from "@scrutineer/model";
import { escapeMarkdown as md } from "./escape-markdown.js";
import { frontSheet } from "./front-sheet.js";
import type { DocumentOptions } from "./options.js";
import { attendeeLabel, outcomeLabel } from "./wording.js";

/** Where the officer writes what the programme cannot know. */
export const TO_COMPLETE = "[To complete: the discussion, questions from the Commission and officers' answers.]";

/** One numbered heading of the draft minutes with its numbered paragraphs, bullet lists and "Agreed:" lines. */
export interface DraftMinutesSection {
  number: number;
  /** The heading as the agenda has it, with the planned start: "Child Q Safeguarding Practice Review (21.20)". */
  heading: string;
  /** Numbered paragraphs, in order ("Members noted and agreed the letter."). */
  paragraphs: string[];
  /** Bullet lists following a paragraph (by its index in `paragraphs`). */
  lists: Map<number, string[]>;
  /** Bold "Agreed:" lines: the actions agreed on the item. */
  agreed: string[];
}

/** The draft minutes as data: header, attendance table (label, names), the Chair line, the sections and the close. */
export interface DraftMinutes {
  council: string;
  commission: string;
  municipalYear: string;
  date: string;
  venue: string;
  table: [string, string][];
  /** "Cllr Sophie Conway in the Chair", or undefined when the Chair was not there. */
  chair?: string;
  sections: DraftMinutesSection[];
  /** "The meeting closed at 9.15 pm." when the programme records the end. */
  closed?: string;
  duration: string;
}

function actionLine(a: MeetingAction, name: (id: string) => string): string {
  const who = a.owner ? `owner: ${name(a.owner)}` : undefined;
  const by = a.due ? `by ${longDate(a.due)}` : undefined;
  const note = [who, by].filter(Boolean).join(", ");
  return `Agreed: ${a.text.replace(/\s+/g, " ").trim()}${note ? ` (${note})` : ""}`;
}

function answerLine(w: WrittenAnswer, name: (id: string) => string): string {
  const parts = [w.owedBy ? `from ${name(w.owedBy)}` : undefined, w.due ? `by ${longDate(w.due)}` : undefined];
  const note = parts.filter(Boolean).join(" ");
  return `It was agreed that the following would be answered in writing after the meeting${note ? ` (${note})` : ""}: ${w.question.replace(/\s+/g, " ").trim()}`;
}

/** The draft minutes of `meeting` as data (`draftMinutesMarkdown` renders them). */
export function draftMinutes(index: ProgrammeIndex, meeting: Meeting, options: DocumentOptions): DraftMinutes {
  const programme: Programme = index.programme;
  const { commission } = programme;
  const sheet = frontSheet(programme, meeting, options);
  const report = interestsReport(index, meeting);
  const name = (id: string) => index.people.get(id)?.name ?? id;
  const att = report.attendance;
  const body = sheet.body;

  const councillors = att.present.filter((p) => p.kind === "councillor");
  const chair = councillors.find((p) => p.role === "chair");
  const withRole = (p: (typeof councillors)[number]) => {
    const role = p.role ? memberRoleLabel(p.role) : undefined;
    return role ? `${p.name} (${role})` : p.name;
  };
  const substitutes = (att.substitutes ?? []).map((s) => `${s.name} (substitute for ${s.forName})`);
  const officers = new Set<string>();
  for (const slot of index.agenda(meeting))
    for (const id of slot.item.officers) {
      const person = index.people.get(id);
      if (person) officers.add(attendeeLabel(person));
    }
  const table: [string, string][] = [];
  if (chair) table.push(["Chair", chair.name]);
  const inAttendance = [...councillors.filter((p) => p !== chair).map(withRole), ...substitutes];
  if (!meeting.attendance) table.push(["Councillors in Attendance", "[To complete: attendance is not recorded]"]);
  else table.push(["Councillors in Attendance", listJoin(inAttendance)]);
  if (att.apologies.length > 0) table.push(["Apologies", listJoin(att.apologies.map((p) => p.name))]);
  const coOptees = att.present.filter((p) => p.kind === "co-optee");
  if (coOptees.length > 0) table.push(["Co-optees", listJoin(coOptees.map((p) => p.name))]);
  if (officers.size > 0) table.push(["In Attendance", [...officers].join("; ")]);
  const contact = commission.contact;
  table.push(["Officer Contact", [contact.name, contact.phone, contact.email].filter(Boolean).join(", ")]);

  const entries = new Map(meeting.agenda.map((e) => [typeof e === "string" ? e : e.item, e]));
  const slots = new Map(index.numberedAgenda(meeting).map((s) => [s.item.id, s]));
  const sections: DraftMinutesSection[] = [];
  const coOptee = (kind: string) => (kind === "co-optee" ? " (Co-opted member)" : "");
  const numbered = new Map([...slots.values()].map((s) => [s.number, s]));
  for (const item of sheet.items) {
    // The minutes keep the start the agenda printed ("(19.55)"), else the one the minutes give.
    const slot = numbered.get(item.number);
    const start = slot?.statedStart ? itemTime(slot.statedStart) : item.start?.includes("–") ? undefined : item.start;
    const heading = start && !item.procedural ? `${item.title} (${start})` : item.title;
    const section: DraftMinutesSection = { number: item.number, heading, paragraphs: [], lists: new Map(), agreed: [] };
    const lower = item.title.toLowerCase();
    if (item.procedural && lower.startsWith("apologies")) {
      if (att.apologies.length > 0) {
        section.paragraphs.push(`Apologies for absence were received from the following members of the ${body}:`);
        section.lists.set(
          0,
          att.apologies.map((p) => `${p.name}${coOptee(p.kind)}`),
        );
      } else
        section.paragraphs.push(
          meeting.attendance ? "There were no apologies for absence." : "[To complete: apologies.]",
        );
      if (att.remote.length > 0) {
        section.paragraphs.push("The following members connected virtually:");
        section.lists.set(
          section.paragraphs.length - 1,
          att.remote.map((p) => `${p.name}${coOptee(p.kind)}`),
        );
      }
    } else if (item.procedural && lower.startsWith("declarations")) {
      if (sheet.declarations.length === 0) section.paragraphs.push("There were no declarations of interest.");
      else {
        section.paragraphs.push(`The following declarations were received by members of the ${body}:`);
        section.lists.set(
          0,
          sheet.declarations.map(
            (d) =>
              `${d.name}: ${d.kind}, ${d.nature} (${listJoin(d.items.map((i) => (i.number ? `item ${i.number}, ${i.title}` : i.title)))}).`,
          ),
        );
      }
    } else if (item.procedural && lower.startsWith("urgent")) {
      section.paragraphs.push("[To complete: urgent items and any change to the order of business.]");
    } else if (item.procedural && lower.startsWith("any other business")) {
      section.paragraphs.push("[To complete: any other business.]");
    } else {
      const entry = slot ? entries.get(slot.item.id) : undefined;
      const outcome = slot ? outcomeLabel(index, slot) : undefined;
      if (slot?.outcome === "deferred" || slot?.outcome === "withdrawn") {
        section.paragraphs.push(
          outcome === "Withdrawn at the meeting."
            ? "This item was withdrawn."
            : `This item was ${outcome?.charAt(0).toLowerCase()}${outcome?.slice(1)}`,
        );
      } else {
        section.paragraphs.push(TO_COMPLETE);
        if (entry !== undefined) {
          const { resolutions, actions, writtenAnswers } = entryOutcomes(entry);
          for (const a of actions) section.agreed.push(actionLine(a, name));
          for (const w of writtenAnswers) section.paragraphs.push(answerLine(w, name));
          for (const r of resolutions) section.paragraphs.push(r.replace(/\s+/g, " ").trim());
        }
      }
    }
    sections.push(section);
  }

  const minutes: DraftMinutes = {
    council: commission.council,
    commission: commission.name,
    municipalYear: commission.municipalYear,
    date: sheet.date,
    venue: sheet.venue,
    table,
    sections,
    duration:
      meeting.started && meeting.ended
        ? `${meetingTime(meeting.started)} – ${meetingTime(meeting.ended)}`
        : "Times Not Specified",
  };
  if (chair) minutes.chair = `${chair.name} in the Chair`;
  if (meeting.ended) minutes.closed = `The meeting closed at ${meetingTime(meeting.ended)}.`;
  return minutes;
}

/** The draft minutes as Markdown, in the council's style; text from the file is escaped. */
export function draftMinutesMarkdown(index: ProgrammeIndex, meeting: Meeting, options: DocumentOptions): string {
  const m = draftMinutes(index, meeting, options);
  const out = [
    `# ${md(m.council)}`,
    "",
    `## ${md(m.commission)}`,
    "",
    `Municipal Year ${md(m.municipalYear)}`,
    "",
    `Date of Meeting ${md(m.date)}`,
    "",
    `Minutes of the proceedings of the ${md(m.commission)} held at ${md(m.venue)}`,
    "",
    "> DRAFT: generated from the work programme for the officer to complete. Not the approved minutes.",
    "",
    "| | |",
    "|---|---|",
    ...m.table.map(([label, value]) => `| ${md(label)} | ${md(value)} |`),
    "",
  ];
  if (m.chair) out.push(`**${md(m.chair)}**`, "");
  m.sections.forEach((s, i) => {
    out.push(`## ${s.number} ${md(s.heading)}`, "");
    s.paragraphs.forEach((p, j) => {
      out.push(`${s.number}.${j + 1} ${md(p)}`, "");
      const list = s.lists.get(j);
      if (list) out.push(...list.map((x) => `- ${md(x)}`), "");
    });
    for (const a of s.agreed) out.push(`**${md(a)}**`, "");
    if (i === m.sections.length - 1 && m.closed) out.push(`${s.number}.${s.paragraphs.length + 1} ${md(m.closed)}`, "");
  });
  out.push(`Duration of the meeting: ${md(m.duration)}`);
  return `${out.join("\n")}\n`;
}
