import type { Finding, Programme } from "@scrutineer/model";

const mark = { error: "✖", warning: "⚠", info: "ℹ" } as const;

/** Findings as the terminal shows them: one line each, with a summary line. */
export function formatFindings(file: string, programme: Programme, findings: readonly Finding[]): string {
  const { commission } = programme;
  const lines = [`${commission.name} · ${commission.municipalYear} · ${file}`];
  for (const f of findings) {
    const where = [f.meeting, f.item].filter(Boolean).join(" ");
    lines.push(`${mark[f.severity]} ${f.severity.padEnd(7)} ${where ? `${where}: ` : ""}${f.message} [${f.code}]`);
  }
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${programme.meetings.length} meetings, ${programme.items.length} items: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`,
  );
  return `${lines.join("\n")}\n`;
}
