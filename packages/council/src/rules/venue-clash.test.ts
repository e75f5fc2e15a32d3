import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { venueClashFindings } from "./venue-clash.js";

const meeting = (id: string, date: string, extra = "") => `  - { id: ${id}, date: ${date}${extra} }`;

describe("venue-clash", () => {
  it("reports two bodies booked into one room at overlapping times, naming the room as the council lists it", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "gordon", meeting("2023-01", "2023-01-16")),
      // The Panel writes the room by its id: the same room as CYP's "Council Chamber".
      panel: programmeYaml("panel", "Scrutiny Panel", "", meeting("2023-01", "2023-01-16", ", venue: chamber")),
    });
    const findings = venueClashFindings(councilContext(folder));
    expect(findings).toEqual([
      {
        severity: "error",
        code: "venue-clash",
        message: "CYP and Scrutiny Panel are both booked into Council Chamber on Monday 16 January 2023 at 7.00 pm",
        meeting: "2023-01-16",
        meetingId: "2023-01",
        committees: ["cyp", "panel"],
      },
    ]);
  });

  it("says nothing for another room, another day, or times that only touch (one ends as the other starts)", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml(
        "cyp",
        "CYP",
        "",
        [meeting("a", "2023-01-16"), meeting("b", "2023-02-06", ', plannedEnd: "19:00", start: "17:00"')].join("\n"),
      ),
      panel: programmeYaml(
        "panel",
        "Panel",
        "",
        [meeting("a", "2023-01-16", ", venue: Room 102"), meeting("b", "2023-02-06")].join("\n"),
      ),
      seg: programmeYaml("seg", "SEG", "", meeting("a", "2023-01-17")),
    });
    expect(venueClashFindings(councilContext(folder))).toEqual([]);
  });

  it("leaves out cancelled meetings", () => {
    const folder = folderOf(COUNCIL_YAML, {
      cyp: programmeYaml("cyp", "CYP", "", meeting("a", "2023-01-16", ", status: cancelled")),
      panel: programmeYaml("panel", "Panel", "", meeting("a", "2023-01-16")),
    });
    expect(venueClashFindings(councilContext(folder))).toEqual([]);
  });
});
