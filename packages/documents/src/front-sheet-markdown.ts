import type { Meeting, Programme } from "@scrutineer/model";
import { listJoin } from "@scrutineer/model";
import { markdownLink, escapeMarkdown as md } from "./escape-markdown.js";
import { type FrontSheet, frontSheet } from "./front-sheet.js";
import type { DocumentOptions } from "./options.js";
import { cabinetQALine, outcomeInBrackets } from "./wording.js";

/** Text that begins a line (a paragraph). */
const para = (text: string) => md(text, { lineStart: true });

/** Continuation lines of a list item are indented to its text (CommonMark §5.2): "10. " needs four spaces. */
function listItem(number: number, first: string, more: string[]): string {
  const marker = `${number}. `;
  const indent = " ".repeat(marker.length);
  return [marker + first, ...more.map((p) => `\n${indent}${p}`)].join("\n");
}

/**
 * The agenda front sheet as Markdown; every piece of programme text is escaped.
 *
 * @example
 * const sheet = frontSheetMarkdown(programme, index.findMeeting("2023-01-16")!, { today: "2023-01-06" });
 * sheet.split("\n")[0]; // "# Children and Young People Scrutiny Commission"
 */
export function frontSheetMarkdown(programme: Programme, meeting: Meeting, options: DocumentOptions): string {
  const sheet = frontSheet(programme, meeting, options);
  const out: string[] = [];
  out.push(`# ${md(sheet.commission)}`, "", para(sheet.council), "");
  for (const note of sheet.statusNotes) out.push(`> **${md(note)}**`, "");
  if (sheet.cancellation) return cancellationMarkdown(sheet, out);
  out.push(
    `All Members of the ${md(sheet.commission)} are requested to attend the meeting of the ${md(sheet.body)} to be held as follows:`,
    "",
    `- **Date:** ${md(sheet.date)}`,
    `- **Time:** ${md(sheet.time)}`,
    `- **Venue:** ${md(sheet.venue)}`,
  );
  if (sheet.livestream) out.push(`- **Livestream:** ${markdownLink(sheet.livestream, sheet.livestream)}`);
  const contact = [md(sheet.contact.name)];
  if (sheet.contact.phone) contact.push(md(sheet.contact.phone));
  if (sheet.contact.email) contact.push(markdownLink(sheet.contact.email, `mailto:${sheet.contact.email}`));
  out.push(`- **Contact:** ${contact.join(", ")}`, "");
  if (sheet.livestream)
    out.push(
      "The press and members of the public are welcome to attend in person or to watch the meeting through the livestream link above.",
      "",
    );

  out.push("## Membership", "");
  out.push(`- **Members:** ${listJoin(sheet.members.map((m) => md(m.role ? `${m.name} (${m.role})` : m.name)))}`);
  if (sheet.coOptees.length > 0)
    out.push(
      `- **Co-optees:** ${listJoin(sheet.coOptees.map((c) => md(c.represents ? `${c.name} (${c.represents})` : c.name)))}`,
    );
  out.push("", "## Agenda", "", "All meetings are open to the public.", "");

  const entries = sheet.items.map((item) => {
    const heading = item.start ? `${md(item.title)} (${md(item.start)})` : md(item.title);
    const first = item.procedural ? heading : `**${heading}**${item.pages ? ` ${md(item.pages)}` : ""}`;
    const more: string[] = [];
    if (item.purpose) more.push(para(item.purpose));
    if (item.cabinetQA) more.push(cabinetQALine(item.cabinetQA, md));
    if (item.attending.length > 0) more.push(`Attending: ${item.attending.map((t) => md(t)).join("; ")}`);
    if (item.timeNote) more.push(`*Note: ${md(item.timeNote)}*`);
    if (item.outcome) more.push(`*${md(item.outcome)}*`);
    return listItem(item.number, first, more);
  });
  out.push(entries.join("\n\n"), "");
  if (sheet.withdrawn.length > 0)
    out.push(`Withdrawn from this agenda: ${listJoin(sheet.withdrawn.map((t) => md(t)))}.`, "");
  if (sheet.timing) out.push(para(sheet.timing), "");

  if (sheet.declarations.length > 0) {
    out.push("## Declarations of interest", "");
    for (const d of sheet.declarations) {
      out.push(
        `- **${md(d.name)}**, ${listJoin(d.items.map((i) => (i.number ? `item ${i.number} (${md(i.title)})` : md(i.title))))}. ${md(capitalise(d.kind))}: ${md(d.nature)}. ${md(capitalise(d.action))}.`,
      );
    }
    out.push("");
  }
  if (sheet.webpage) out.push(`More about the ${md(sheet.body)}: ${markdownLink(sheet.webpage, sheet.webpage)}`, "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** A cancelled meeting's page: the notice of cancellation, the business it was to take, whom to contact. */
function cancellationMarkdown(sheet: FrontSheet, out: string[]): string {
  out.push("## Notice of cancellation", "");
  for (const line of sheet.cancellation ?? []) out.push(para(line), "");
  const business = sheet.items.filter((i) => !i.procedural);
  if (business.length > 0) {
    out.push("The business it was to consider:", "");
    for (const item of business)
      out.push(`- ${md(item.title)}${item.outcome ? ` (${md(outcomeInBrackets(item.outcome))})` : ""}`);
    out.push("");
  }
  const contact = [md(sheet.contact.name)];
  if (sheet.contact.phone) contact.push(md(sheet.contact.phone));
  if (sheet.contact.email) contact.push(markdownLink(sheet.contact.email, `mailto:${sheet.contact.email}`));
  out.push(`Contact: ${contact.join(", ")}`, "");
  if (sheet.webpage) out.push(`More about the ${md(sheet.body)}: ${markdownLink(sheet.webpage, sheet.webpage)}`, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
