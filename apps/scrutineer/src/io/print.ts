import { type Finding, type Programme, plural } from "@scrutineer/model";

/** How each severity is marked in the terminal, by the CLI and the planner alike. */
export const SEVERITY_MARK = { error: "✖", warning: "⚠", info: "ℹ" } as const;

/** One finding as a line: "⚠ warning 2023-01-16 fsm-letter: … [stated-start-differs]". */
export function formatFinding(f: Finding): string {
  const where = [f.meeting, f.item, f.recommendation ?? f.review].filter(Boolean).join(" ");
  return `${SEVERITY_MARK[f.severity]} ${f.severity.padEnd(7)} ${where ? `${where}: ` : ""}${f.message} [${f.code}]`;
}

/** Findings as the terminal shows them: one line each, with a summary line. */
export function formatFindings(file: string, programme: Programme, findings: readonly Finding[]): string {
  const { commission } = programme;
  const lines = [`${commission.name} · ${commission.municipalYear} · ${file}`];
  for (const f of findings) lines.push(formatFinding(f));
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${plural(programme.meetings.length, "meeting")}, ${plural(programme.items.length, "item")}: ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`,
  );
  return `${lines.join("\n")}\n`;
}
