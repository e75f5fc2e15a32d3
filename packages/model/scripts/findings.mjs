// Renders docs/findings.md from the finding catalogue (FINDING_CATALOGUE in src/finding-codes.ts),
// so the list of codes is never written twice by hand.
// Run: pnpm generate:reference

const FAMILIES = [
  ["set-up", "Setting up a programme"],
  ["placement", "Placement of items"],
  ["timing", "Agenda timing"],
  ["interests", "Declarations of interest"],
  ["quorum", "Voting and quorum"],
  ["deadlines", "Deadlines"],
  ["outcomes", "Responses, actions and written answers"],
  ["auto-planner", "The auto-planner"],
  ["council", "Across a council's committees (council folder)"],
];

const cell = (t) =>
  String(t ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

/** @param {Record<string, { family: string, severities: string[], meaning: string, fix: string, rule: string, source: string }>} catalogue */
export function renderFindings(catalogue) {
  const entries = Object.entries(catalogue);
  const out = [
    "# Finding codes",
    "",
    "<!-- Generated from FINDING_CATALOGUE in packages/model/src/finding-codes.ts by `pnpm generate:reference`. Do not edit by hand. -->",
    "",
    "Every check reports findings: `{ severity, code, message, meeting?, meetingId?, item?, review?, recommendation? }` (`scrutineer check",
    "--json` prints them). The code is stable: a program branches on it, never on the message, whose words may",
    "change. `meeting` is the meeting's date and `meetingId` its id (kept when the meeting moves); `item` is the",
    "item's id; `review` and `recommendation` name a review and one of its recommendations. An error means the meeting cannot lawfully or sensibly go ahead as planned; a warning asks for a",
    "look; a note (`info`) is for the record.",
    "",
    `${entries.length} codes. Each names the file that decides it (and says it) and where the rule comes from.`,
    "",
  ];
  for (const [family, title] of FAMILIES) {
    const rows = entries.filter(([, doc]) => doc.family === family);
    if (rows.length === 0) continue;
    out.push(`## ${title}`, "", "| code | severity | when | what to do | rule | source |", "|---|---|---|---|---|---|");
    for (const [code, doc] of rows) {
      const rule = `[${doc.rule.split("/").pop()}](../${doc.rule})`;
      out.push(
        `| \`${code}\` | ${doc.severities.join(", ")} | ${cell(doc.meaning)} | ${cell(doc.fix)} | ${rule} | ${cell(doc.source)} |`,
      );
    }
    out.push("");
  }
  const unknown = entries.filter(([, doc]) => !FAMILIES.some(([f]) => f === doc.family));
  if (unknown.length > 0) throw new Error(`no section for the family of ${unknown.map(([c]) => c).join(", ")}`);
  return `${out.join("\n").trimEnd()}\n`;
}
