import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { supportLoadFindings } from "./support-load.js";

// Tracey Anderson supports the Panel and SEG: three meetings from Thursday to Monday.
const programmes = {
  panel: programmeYaml(
    "panel",
    "Scrutiny Panel",
    "",
    "  - { id: a, date: 2022-07-14 }\n  - { id: b, date: 2022-07-18 }",
  ),
  seg: programmeYaml("seg", "SEG", "", "  - { id: a, date: 2022-07-15 }\n  - { id: b, date: 2022-09-20 }"),
};

describe("support-load", () => {
  it("warns when one officer supports more meetings in seven days than allowed (2 by default), once per run", () => {
    const findings = supportLoadFindings(councilContext(folderOf(COUNCIL_YAML, programmes)));
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "support-load",
        message:
          "Tracey Anderson supports 3 meetings from Thursday 14 July 2022 to Monday 18 July 2022 (Scrutiny Panel, SEG and Scrutiny Panel); council.yaml allows 2 in seven days",
        meeting: "2022-07-14",
        meetingId: "a",
        committees: ["panel", "seg"],
        person: "anderson",
      },
    ]);
  });

  it("follows council.yaml's supportLoad, and counts seven days, not the calendar week", () => {
    const three = `${COUNCIL_YAML}supportLoad: { maxMeetingsPerWeek: 3 }\n`;
    expect(supportLoadFindings(councilContext(folderOf(three, programmes)))).toEqual([]);
    const spread = {
      ...programmes,
      panel: programmeYaml("panel", "Panel", "", "  - { id: a, date: 2022-07-14 }\n  - { id: b, date: 2022-07-21 }"),
    };
    // 14, 15 and 21 July: the 21st is seven days after the 14th, so no seven days hold all three.
    expect(supportLoadFindings(councilContext(folderOf(COUNCIL_YAML, spread)))).toEqual([]);
  });
});
