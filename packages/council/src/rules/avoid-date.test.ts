import { describe, expect, it } from "vitest";
import { COUNCIL_YAML, folderOf, programmeYaml } from "../__fixtures__/folder.js";
import { councilContext } from "../council-context.js";
import { avoidDateFindings } from "./avoid-date.js";

const council = `${COUNCIL_YAML}avoidDates:
  - { from: 2023-02-13, until: 2023-02-17, reason: school half term }
  - { from: 2023-04-21, reason: a festival the council lists }
`;

describe("avoid-date", () => {
  it("warns of a meeting on a listed day or inside a listed span (ends included), with the reason", () => {
    const folder = folderOf(council, {
      cyp: programmeYaml(
        "cyp",
        "CYP",
        "",
        ["2023-02-12", "2023-02-13", "2023-02-17", "2023-02-18", "2023-04-21"]
          .map((d, i) => `  - { id: m${i}, date: ${d} }`)
          .join("\n"),
      ),
    });
    const findings = avoidDateFindings(councilContext(folder));
    expect(findings.map((f) => f.meeting)).toEqual(["2023-02-13", "2023-02-17", "2023-04-21"]);
    expect(findings[0]?.message).toBe(
      "CYP meets on Monday 13 February 2023, a date the council avoids: school half term",
    );
  });
});
