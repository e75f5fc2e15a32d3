import type { CouncilFolder } from "@scrutineer/council";
import { plural } from "@scrutineer/model";
import { type CouncilOverviewMeeting, type CouncilOverviewOptions, councilOverview } from "./council-overview.js";
import { escapeMarkdown as md } from "./escape-markdown.js";

/** What the overview notes beside a meeting: cancelled, moved, provisional, joint, its clashes. */
export function overviewMeetingNotes(m: CouncilOverviewMeeting): string[] {
  const notes: string[] = [];
  if (m.cancelled) notes.push("cancelled");
  if (m.movedFrom) notes.push(`moved from ${m.movedFrom}`);
  if (m.provisional) notes.push("date provisional");
  if (m.jointWith.length > 0) notes.push(`joint meeting with ${m.jointWith.join(", ")}`);
  if (m.clashes.length > 0) notes.push(`clash: ${m.clashes.join(", ")}`);
  return notes;
}

/** The severity in words, as `scrutineer check` names it. */
export const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Note" } as const;

/**
 * The council overview (`councilOverview`) as Markdown: a table of the committees (Chair,
 * meetings, items, clashes), then each committee's meetings (date, time, venue, items, notes),
 * then the clashes found across committees. Every piece of programme text is escaped.
 *
 * @example
 * import { Council, councilFolder } from "@scrutineer/council";
 * const council = Council.parse({ council: "London Borough of Hackney", municipalYear: "2022/23", committees: [{ id: "cyp", programme: "programme.yaml" }] });
 * const folder = councilFolder(council, [{ entry: council.committees[0]!, file: "programme.yaml", programme: __parsed }]);
 * const text = councilOverviewMarkdown(folder, { today: "2023-01-09" });
 * text.split("\n")[0]; // "# Council overview 2022/23: London Borough of Hackney"
 */
export function councilOverviewMarkdown(folder: CouncilFolder, options: CouncilOverviewOptions): string {
  const o = councilOverview(folder, options);
  const cell = (text: string) => md(text).replace(/\s+/g, " ");
  const meetings = o.committees.reduce((n, c) => n + c.meetings.length, 0);
  const lines = [
    `# ${md(o.title)}: ${md(o.council)}`,
    "",
    `As at ${o.asAt}. ${plural(o.committees.length, "committee")}, ${plural(meetings, "meeting")}; ${o.clashes.length === 0 ? "no clash found across committees" : `${plural(o.clashes.length, "clash", "clashes")} found across committees (below)`}.`,
    "",
    "| Committee | Chair | Meetings | Items | Clashes |",
    "|---|---|---|---|---|",
    ...o.committees.map(
      (c) =>
        `| ${cell(c.name)} | ${c.chair ? cell(c.chair) : "not known"} | ${c.meetings.length} | ${c.items} | ${c.clashes} |`,
    ),
    "",
  ];
  for (const c of o.committees) {
    lines.push(
      `## ${md(c.name)}`,
      "",
      `Chair: ${c.chair ? md(c.chair) : "not known"}. ${plural(c.meetings.length, "meeting")}, ${plural(c.items, "item")}.`,
      "",
    );
    if (c.meetings.length === 0) {
      lines.push("No meetings in the programme yet.", "");
      continue;
    }
    lines.push("| Date | Time | Venue | Items | Notes |", "|---|---|---|---|---|");
    for (const m of c.meetings)
      lines.push(
        `| ${m.cancelled ? `~~${m.date}~~` : m.date} | ${m.time} | ${cell(m.venue)} | ${m.items} | ${cell(overviewMeetingNotes(m).join("; "))} |`,
      );
    lines.push("");
  }
  lines.push("## Clashes found across committees", "");
  if (o.clashes.length === 0) lines.push("None: the council's checks (`scrutineer check`) find no clash.", "");
  else {
    for (const f of o.clashes)
      lines.push(
        `- **${SEVERITY_WORD[f.severity]}**${f.date ? `, ${f.date}` : ""} (${md(f.committees.join(", "))}): ${md(f.message)} [${f.code}]`,
      );
    lines.push("");
  }
  return lines.join("\n");
}
