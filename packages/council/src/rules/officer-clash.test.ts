import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { officerClashFindings } from "./officer-clash.js";

describe("officer-clash", () => {
  it("reports the scrutiny officer supporting two bodies that meet at the same time", () => {
    const folder = folderOf(COUNCIL_YAML, {
      panel: programmeYaml("panel", "Scrutiny Panel", "", "  - { id: m1, date: 2023-04-24, venue: Room 102 }"),
      seg: programmeYaml("seg", "SEG", "", "  - { id: m1, date: 2023-04-24 }"),
    });
    const findings = officerClashFindings(councilContext(folder));
    expect(findings.map((f) => [f.code, f.person, f.committees])).toEqual([
      ["officer-clash", "anderson", ["panel", "seg"]],
    ]);
    expect(findings[0]?.message).toBe(
      "Tracey Anderson is due at Scrutiny Panel and SEG, which meet at the same time: Monday 24 April 2023 at 7.00 pm",
    );
  });

  it("reports an officer attending items at two overlapping meetings, and not one attending at different times", () => {
    const item = "  - { id: report, title: Attainment, officers: [director] }\n";
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "", "  - { id: m1, date: 2023-01-16, agenda: [report] }", item),
      seg: programmeYaml(
        "seg",
        "SEG",
        "",
        '  - { id: m1, date: 2023-01-16, venue: Room 102, start: "20:00", agenda: [report] }',
        item,
      ),
      panel: programmeYaml(
        "panel",
        "Panel",
        "",
        '  - { id: m1, date: 2023-01-16, venue: Room 102, start: "10:00", plannedEnd: "12:00", agenda: [report] }',
        item,
      ),
    });
    const findings = officerClashFindings(councilContext(folder));
    expect(findings.map((f) => [f.person, f.committees])).toEqual([["director", ["cyp", "seg"]]]);
    expect(findings[0]?.message).toContain("Monday 16 January 2023 at 7.00 pm and Monday 16 January 2023 at 8.00 pm");
  });
});
