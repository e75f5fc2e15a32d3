import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { memberClashFindings } from "./member-clash.js";

describe("member-clash", () => {
  it("reports a councillor on two bodies meeting at the same time, once per person", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "gordon, conway", "  - { id: m1, date: 2023-01-16 }"),
      panel: programmeYaml("panel", "Scrutiny Panel", "gordon", "  - { id: m1, date: 2023-01-16, venue: Room 102 }"),
    });
    expect(memberClashFindings(councilContext(folder))).toEqual([
      {
        severity: "warning",
        code: "member-clash",
        message:
          "Cllr Margaret Gordon sits on CYP and Scrutiny Panel, which meet at the same time: Monday 16 January 2023 at 7.00 pm",
        meeting: "2023-01-16",
        meetingId: "m1",
        committees: ["cyp", "panel"],
        person: "gordon",
      },
    ]);
  });

  it("counts the membership on the meeting's date: a member who left before it is not due", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "{ id: gordon, until: 2022-12-31 }", "  - { id: m1, date: 2023-01-16 }"),
      panel: programmeYaml("panel", "Panel", "gordon", "  - { id: m1, date: 2023-01-16, venue: Room 102 }"),
    });
    expect(memberClashFindings(councilContext(folder))).toEqual([]);
  });

  it("a joint meeting is one meeting: sitting on both its committees is no clash", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "gordon", "  - { id: child-q, date: 2022-06-13, jointWith: [panel] }"),
      panel: programmeYaml("panel", "Panel", "gordon", "  - { id: child-q, date: 2022-06-13, jointWith: [cyp] }"),
    });
    const context = councilContext(folder);
    expect(context.meetings.map((m) => m.key)).toEqual(["cyp+panel/child-q"]);
    expect(memberClashFindings(context)).toEqual([]);
  });
});
