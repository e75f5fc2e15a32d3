import { formatProgrammeError } from "@scrutineer/model";
import { type CouncilFolder, councilFolder, parseCommittee } from "../council-committees.js";
import { parseCouncil } from "../parse-council.js";

/**
 * A small council for the rules' tests: two commissions and a panel, with cross-membership
 * (Gordon on CYP and the Panel), one officer supporting two bodies (Anderson: Panel and SEG),
 * and a Cabinet member. `extra` is appended to council.yaml.
 */
export const COUNCIL_YAML = `council: Example Borough Council
municipalYear: 2022/23
venues:
  - { id: chamber, name: Council Chamber }
  - { id: room-102, name: Room 102 }
register:
  councillors:
    - { id: gordon, name: Cllr Margaret Gordon }
    - { id: conway, name: Cllr Sophie Conway }
    - { id: billington, name: Cllr Polly Billington }
  officers:
    - { id: bradford, name: Martin Bradford }
    - { id: anderson, name: Tracey Anderson }
    - { id: director, name: Director of Education }
  cabinetMembers:
    - { id: bramble, name: Cllr Anntoinette Bramble, portfolio: Education }
committees:
  - { id: cyp, programme: cyp.yaml, officers: [bradford] }
  - { id: panel, programme: panel.yaml, officers: [anderson] }
  - { id: seg, programme: seg.yaml, officers: [anderson] }
`;

/** A programme of the example council: `meetings` and `items` are YAML list bodies (indented two spaces). */
export function programmeYaml(id: string, name: string, members: string, meetings: string, items = ""): string {
  return `commission:
  name: ${name}
  shortName: ${name}
  venue: Council Chamber
members: [${members}]
officers: [director]
cabinetMembers: [bramble]
${items ? `items:\n${items}` : ""}
meetings:
${meetings}
`.replace(/^commission:\n/, `commission:\n  id: ${id}\n`);
}

/** Parse a council and its programmes, failing loudly (with file:line:column) on any error. */
export function folderOf(councilYaml: string, programmes: Record<string, string>): CouncilFolder {
  const parsed = parseCouncil(councilYaml, "council.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProgrammeError).join("\n"));
  const committees = parsed.council.committees.map((entry) => {
    const text = programmes[entry.id] ?? programmeYaml(entry.id, entry.id.toUpperCase(), "", "  []");
    const programme = parseCommittee(parsed.council, entry, text, entry.programme);
    if (!programme.ok) throw new Error(programme.errors.map(formatProgrammeError).join("\n"));
    return { entry, file: entry.programme, programme };
  });
  return councilFolder(parsed.council, committees);
}
