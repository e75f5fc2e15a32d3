import type { Programme } from "@scrutineer/model";
import { listJoin } from "@scrutineer/model";
import { escapeMarkdown as md } from "./escape-markdown.js";
import type { DocumentOptions } from "./options.js";
import { cabinetQALine } from "./wording.js";
import {
  type DeadlineCell,
  type WorkProgrammeItem,
  type WorkProgrammeMeeting,
  workProgramme,
} from "./work-programme.js";

function deadline(cell: DeadlineCell): string {
  if (cell.basis === "to-be-confirmed") return md(cell.date);
  return `${md(cell.date)} (${cell.basis}${cell.rule ? `; ${md(cell.rule)}` : ""})`;
}

/** The meeting's heading text: date, move, cancellation. */
export function meetingHeadline(m: WorkProgrammeMeeting): string {
  const parts = [m.date];
  if (m.movedFrom) parts.push(`(${m.movedFrom})`);
  if (m.cancelled) parts.push(m.postponedTo ? `(cancelled: ${m.postponedTo})` : "(cancelled)");
  else if (m.provisional) parts.push("(provisional date)");
  return parts.join(" ");
}

/** Status shown by emphasis as the papers did (bold = confirmed, to be scoped marked) and always in words. */
function styledTitle(item: WorkProgrammeItem): string {
  const title = md(item.title);
  if (item.status === "confirmed") return `**${title}**`;
  if (item.status === "to-be-scoped") return `*${title}*`;
  if (item.status === "withdrawn") return `~~${title}~~`;
  return title;
}

function itemCell(item: WorkProgrammeItem): string {
  const parts = [styledTitle(item)];
  if (item.objective) parts.push(`— ${md(item.objective)}`);
  if (item.outcome) parts.push(md(item.outcome));
  if (item.standing) parts.push("Standing item.");
  if (item.alongside.length > 0) parts.push(`Taken alongside ${listJoin(item.alongside.map((t) => md(t)))}.`);
  const qa = item.cabinetQA;
  if (qa) {
    parts.push(cabinetQALine(qa, md));
    if (qa.notified)
      parts.push(
        `Topics notified ${md(qa.notified)}${qa.due ? ` (due by ${md(qa.due)}${qa.late ? ": late" : ""})` : ""}.`,
      );
    else if (qa.due) parts.push(`Topics to be notified by ${md(qa.due)}.`);
  }
  return parts.join(" ");
}

function officersCell(item: WorkProgrammeItem): string {
  return [...(item.directorate ? [item.directorate] : []), ...item.officers].map((t) => md(t)).join("; ");
}

function itemTable(items: readonly WorkProgrammeItem[]): string[] {
  return [
    "| Item and scrutiny objective | Minutes | Officers | Preparatory work | Status |",
    "| --- | --- | --- | --- | --- |",
    ...items.map(
      (item) =>
        `| ${itemCell(item)} | ${md(item.minutes) || "not set"} | ${officersCell(item)} | ${item.preparation.map((t) => md(t)).join("; ")} | ${md(item.statusLabel)} |`,
    ),
  ];
}

/**
 * The year's work programme as Markdown tables; every piece of programme text is escaped.
 *
 * @example
 * workProgrammeMarkdown(programme, { today: "2023-01-06" }).split("\n")[0]; // "# Children and Young People Scrutiny Commission: work programme 2022/23"
 */
export function workProgrammeMarkdown(programme: Programme, options: DocumentOptions): string {
  const wp = workProgramme(programme, options);
  const out: string[] = [`# ${md(wp.title)}`, "", `${md(wp.council, { lineStart: true })}. As at ${md(wp.asAt)}.`, ""];
  out.push(
    `**Key:** **confirmed** · *to be scoped* (confirmed but to be scoped) · TBC (to be confirmed). The status column says the same in words. ${md(wp.datesKey)}`,
    "",
  );

  out.push("## Meetings at a glance", "");
  out.push("| Meeting | Papers deadline | Agenda dispatch | Items (minutes) |", "| --- | --- | --- | --- |");
  for (const m of wp.meetings) {
    const items = m.items.map((i) => (i.minutes ? `${md(i.title)} (${md(i.minutes)})` : md(i.title))).join("; ");
    out.push(`| ${md(meetingHeadline(m))} | ${deadline(m.papersDeadline)} | ${deadline(m.dispatch)} | ${items} |`);
  }
  out.push("");

  for (const m of wp.meetings) {
    out.push(`## Meeting ${m.number}: ${md(meetingHeadline(m))}`, "");
    if (m.cancelled) out.push("> **This meeting has been cancelled.**", "");
    if (m.time) out.push(`- **Time:** ${md(m.time)}`);
    if (m.venue) out.push(`- **Venue:** ${md(m.venue)}`);
    out.push(`- **Papers deadline:** ${deadline(m.papersDeadline)}`);
    out.push(`- **Agenda dispatch:** ${deadline(m.dispatch)}`);
    out.push(`- **Time allotted:** ${md(m.allotted)}${m.overAllotted ? " (more than the meeting has)" : ""}`, "");
    if (m.items.length > 0) out.push(...itemTable(m.items), "");
    else out.push("No items yet.", "");
  }

  if (wp.events.length > 0) {
    out.push("## Visits and other sessions", "", "| Date | Session | Where | Items |", "| --- | --- | --- | --- |");
    for (const e of wp.events)
      out.push(
        `| ${md(e.date)}${e.time ? `, ${md(e.time)}` : ""} | ${md(e.kind)}: ${md(e.title)} | ${md(e.venue ?? "")} | ${e.items.map((t) => md(t)).join("; ")} |`,
      );
    out.push("");
  }
  if (wp.unscheduled.length > 0) out.push("## Items not yet scheduled", "", ...itemTable(wp.unscheduled), "");
  out.push(`## ${md(wp.backlogHeading)}`, "");
  if (wp.backlog.length > 0) {
    out.push("| No. | Item | Scrutiny objective | Status |", "| --: | --- | --- | --- |");
    wp.backlog.forEach((item, i) => {
      out.push(`| ${i + 1} | ${md(item.title)} | ${md(item.objective ?? "")} | ${md(item.statusLabel)} |`);
    });
  } else out.push("None noted yet.");
  return `${out.join("\n").trimEnd()}\n`;
}
