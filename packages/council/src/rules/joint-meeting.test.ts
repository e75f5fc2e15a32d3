import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { jointMeetingFindings } from "./joint-meeting.js";

const joint = (others: string, extra = "") => `  - { id: child-q, date: 2022-06-13, jointWith: [${others}]${extra} }`;

function findings(cyp: string, panel: string) {
  const folder = folderOf(COUNCIL_YAML, {
    cyp: programmeYaml("cyp", "CYP", "gordon", cyp),
    panel: programmeYaml("panel", "Panel", "gordon", panel),
  });
  return jointMeetingFindings(councilContext(folder)).map((f) => f.message);
}

describe("joint-meeting-mismatch", () => {
  it("accepts a joint meeting listed alike by both committees", () => {
    expect(findings(joint("panel"), joint("cyp"))).toEqual([]);
  });

  it("reports a committee that is not in council.yaml, a missing listing, and one that does not name the other back", () => {
    expect(findings(joint("lih"), "  []")).toEqual([
      "joint meeting child-q of CYP (13 June 2022): jointWith names lih, which is not another committee in council.yaml",
    ]);
    expect(findings(joint("panel"), "  []")).toEqual([
      "joint meeting child-q of CYP (13 June 2022): Panel's programme has no meeting with id child-q",
    ]);
    expect(findings(joint("panel"), "  - { id: child-q, date: 2022-06-13 }")).toEqual([
      "joint meeting child-q of CYP (13 June 2022): Panel's meeting child-q does not name CYP in its jointWith",
    ]);
  });

  it("reports the two listings' differences once", () => {
    expect(findings(joint("panel"), joint("cyp", ', start: "18:00", venue: Room 102'))).toEqual([
      "joint meeting child-q of CYP (13 June 2022): listed differently by the two programmes: start 19:00 here, 18:00 in Panel's; venue Council Chamber here, Room 102 in Panel's",
    ]);
  });
});
