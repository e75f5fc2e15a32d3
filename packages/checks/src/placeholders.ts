import { type Finding, findPlaceholders, formatPath, type ProgrammeIndex } from "@scrutineer/model";

/**
 * A value `scrutineer init` left as a placeholder ("TO BE SET: the venue") is valid YAML and a
 * valid programme, so the file can be checked and planned at once; but it must not reach a
 * published front sheet or feed. One `placeholder` warning per value, naming its field (issue 14:
 * init leaves what the officer did not give as a clearly marked placeholder that check notes).
 */
export function placeholderFindings(index: ProgrammeIndex): Finding[] {
  return findPlaceholders(index.programme).map(({ path, value }) => ({
    severity: "warning" as const,
    code: "placeholder" as const,
    message: `${formatPath(path)} is still the placeholder "${value}": write the real value before publishing`,
  }));
}
