import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { preElectionPeriodFindings } from "./pre-election-period.js";

const council = `${COUNCIL_YAML}elections:
  - { poll: 2023-11-09, periodFrom: 2023-10-02, title: Mayor of Example }
`;
const items = `  - { id: housing, title: Housing allocations }
  - { id: wp, title: Work programme, procedural: true }
`;

describe("pre-election-period", () => {
  it("warns of a meeting with substantive items between the period's start and polling day, inclusive", () => {
    const folder = folderOf(council, {
      cyp: programmeYaml(
        "cyp",
        "CYP",
        "",
        "  - { id: a, date: 2023-10-02, agenda: [housing] }\n  - { id: b, date: 2023-11-13, agenda: [wp] }",
        items,
      ),
    });
    expect(preElectionPeriodFindings(councilContext(folder))).toEqual([
      {
        severity: "warning",
        code: "pre-election-period",
        message:
          "CYP meets on Monday 2 October 2023, in the pre-election period (from Monday 2 October 2023) before the Mayor of Example poll on Thursday 9 November 2023: move it, or take care with sensitive items and publicity",
        meeting: "2023-10-02",
        meetingId: "a",
        committees: ["cyp"],
      },
    ]);
  });

  it("says nothing of a meeting with only procedural items, or none", () => {
    const folder = folderOf(council, {
      cyp: programmeYaml(
        "cyp",
        "CYP",
        "",
        "  - { id: a, date: 2023-10-16, agenda: [wp] }\n  - { id: b, date: 2023-11-09 }",
        items,
      ),
    });
    expect(preElectionPeriodFindings(councilContext(folder))).toEqual([]);
  });
});
