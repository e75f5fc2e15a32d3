import { readFileSync } from "node:fs";
import { indexProgramme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { attendeeLabel, backlogHeading, pagesLabel, preparationLabel, statusLegend } from "./wording.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
const parsed = parseProgramme(source);
if (!parsed.ok) throw new Error("the example does not parse");
const programme = parsed.programme;
const { people } = indexProgramme(programme);

describe("wording", () => {
  it("names attendees with their title and organisation, as the work programme does", () => {
    expect(attendeeLabel(people.get("jim-gamble")!)).toBe(
      "Jim Gamble, Independent Chair, City & Hackney Safeguarding Children Partnership",
    );
    expect(attendeeLabel(people.get("family-nurse-partnership")!)).toBe("Family Nurse Partnership");
    expect(attendeeLabel(people.get("caroline-woodley")!)).toBe(
      "Cllr Caroline Woodley (Families, Early Years, Parks and Play)",
    );
    expect(
      attendeeLabel({
        kind: "co-optee",
        id: "x",
        name: "A Governor",
        represents: "Parent governors",
        voting: "education",
      }),
    ).toBe("A Governor (Parent governors)");
  });

  it("says the legend's words", () => {
    expect(statusLegend).toEqual([
      { status: "confirmed", label: "confirmed", meaning: "confirmed" },
      { status: "to-be-scoped", label: "to be scoped", meaning: "confirmed but to be scoped" },
      { status: "tbc", label: "TBC", meaning: "to be confirmed" },
    ]);
  });

  it("heads the backlog with the next municipal year, as the 2022/23 work programme does", () => {
    expect(backlogHeading("2022/23")).toBe("Possible items noted for 2023/24");
  });

  it("dates preparatory work when the programme does", () => {
    const foster = programme.items.find((i) => i.id === "foster-carers")!;
    expect(foster.preparation.map(preparationLabel)).toEqual([
      "Consultation with in-house foster carers (31 August 2022)",
      "Survey to all in-house foster carers",
    ]);
  });

  it("writes page ranges", () => {
    expect(pagesLabel("9-200")).toBe("Pages 9–200");
    expect(pagesLabel("9 - 200")).toBe("Pages 9–200");
    expect(pagesLabel("5")).toBe("Page 5");
    expect(pagesLabel("5-5")).toBe("Page 5");
  });
});
