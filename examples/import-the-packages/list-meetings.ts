// A council developer's first script: load a programme file and list its meetings
// through the packages' public API. Run: pnpm --filter import-the-packages start
import { readFileSync } from "node:fs";
import { checkProgramme } from "@scrutineer/checks";
import { formatMinutes, formatProgrammeError, indexProgramme, parseProgramme } from "@scrutineer/model";

const file = process.argv[2] ?? "../hackney-cyp-2022-23/programme.yaml";
const result = parseProgramme(readFileSync(file, "utf8"), file);
if (!result.ok) {
  // Every error names the file, line, column and field.
  for (const error of result.errors) console.error(formatProgrammeError(error));
  process.exit(2);
}

const { programme } = result;
console.log(`${programme.commission.name} (${programme.commission.municipalYear})`);
// The programme's lookups (people, items, meetings in date order, agendas), built once.
const index = indexProgramme(programme);
for (const meeting of index.meetingsInOrder) {
  const moved = meeting.movedFrom ? ` (moved from ${meeting.movedFrom})` : "";
  console.log(`\n${meeting.date}${moved} · ${meeting.status}`);
  for (const { item } of index.agenda(meeting)) {
    console.log(`  ${formatMinutes(item.minutes).padStart(5)}  ${item.title}`);
  }
}

// Findings are plain data: { severity, code, message, meeting?, meetingId?, item? }; branch on the code.
const findings = checkProgramme(programme, { today: "2023-01-09" });
console.log(`\n${findings.length} findings, ${findings.filter((f) => f.severity === "error").length} errors`);
