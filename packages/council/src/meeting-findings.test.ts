import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "./__fixtures__/folder.js";
import { councilFindings } from "./council-findings.js";
import { councilMeetings } from "./council-meetings.js";
import { councilMeetingFindings } from "./meeting-findings.js";

function marksOf(council: string, programmes: Record<string, string>): Record<string, string[]> {
  const folder = folderOf(council, programmes);
  const marks = councilMeetingFindings(councilMeetings(folder), councilFindings(folder));
  return Object.fromEntries(
    [...marks].map(([key, list]) => [key, list.map((f) => `${f.code} ${f.person ?? ""}`.trim())]),
  );
}

describe("councilMeetingFindings", () => {
  it("marks both meetings of a clash, a person's only where they are due, and leaves other meetings unmarked", () => {
    const marks = marksOf(COUNCIL_YAML, {
      // CYP and the Panel both in the Chamber on 16 January, Gordon on both; SEG that evening in Room 102.
      cyp: programmeYaml(
        "cyp",
        "CYP",
        "gordon, conway",
        "  - { id: m1, date: 2023-01-16 }\n  - { id: m2, date: 2023-03-06 }",
      ),
      panel: programmeYaml("panel", "Scrutiny Panel", "gordon", "  - { id: p1, date: 2023-01-16 }"),
      seg: programmeYaml("seg", "SEG", "billington", "  - { id: s1, date: 2023-01-16, venue: Room 102 }"),
    });
    expect(marks).toEqual({
      "cyp/m1": ["venue-clash", "member-clash gordon"],
      "panel/p1": ["venue-clash", "member-clash gordon", "officer-clash anderson"],
      // Anderson supports the Panel and SEG: an officer clash, but SEG's room is free and no member sits on both.
      "seg/s1": ["officer-clash anderson"],
    });
  });

  it("marks every meeting of a support-load run, and one meeting's own finding only on it", () => {
    const council = `${COUNCIL_YAML}avoidDates: [{ from: 2022-09-20, reason: a festival }]\n`;
    const marks = marksOf(council, {
      panel: programmeYaml("panel", "Panel", "", "  - { id: a, date: 2022-07-14 }\n  - { id: b, date: 2022-07-18 }"),
      seg: programmeYaml(
        "seg",
        "SEG",
        "",
        "  - { id: a, date: 2022-07-15 }\n  - { id: b, date: 2022-09-20 }\n  - { id: c, date: 2022-07-25 }",
      ),
    });
    expect(marks).toEqual({
      "panel/a": ["support-load anderson"],
      "seg/a": ["support-load anderson"],
      "panel/b": ["support-load anderson"],
      "seg/b": ["avoid-date"],
    });
  });
});
