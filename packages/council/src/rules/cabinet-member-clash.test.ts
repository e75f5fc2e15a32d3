import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { cabinetMemberClashFindings } from "./cabinet-member-clash.js";

const qa = `  - { id: qa, title: Cabinet Question Time, cabinetQA: { cabinetMember: bramble } }
  - { id: other, title: School places }
`;

describe("cabinet-member-clash", () => {
  it("reports a Cabinet member questioned at one meeting and attending an item at another at the same time", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "", "  - { id: m1, date: 2023-01-16, agenda: [qa] }", qa),
      seg: programmeYaml(
        "seg",
        "SEG",
        "",
        "  - { id: m1, date: 2023-01-16, venue: Room 102, agenda: [other] }",
        qa.replace("{ id: other, title: School places }", "{ id: other, title: Skills, officers: [bramble] }"),
      ),
    });
    const findings = cabinetMemberClashFindings(councilContext(folder));
    expect(findings.map((f) => [f.severity, f.person, f.committees, f.message])).toEqual([
      [
        "error",
        "bramble",
        ["cyp", "seg"],
        "Cllr Anntoinette Bramble is due at CYP and SEG, which meet at the same time: Monday 16 January 2023 at 7.00 pm",
      ],
    ]);
  });

  it("says nothing when the Cabinet member is due at only one, or the Q&A item was withdrawn", () => {
    const withdrawn = qa.replace(
      "cabinetQA: { cabinetMember: bramble }",
      "cabinetQA: { cabinetMember: bramble }, status: withdrawn",
    );
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "", "  - { id: m1, date: 2023-01-16, agenda: [qa] }", withdrawn),
      seg: programmeYaml("seg", "SEG", "", "  - { id: m1, date: 2023-01-16, venue: Room 102, agenda: [qa] }", qa),
    });
    expect(cabinetMemberClashFindings(councilContext(folder))).toEqual([]);
  });
});
