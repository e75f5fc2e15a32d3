import { formatProgrammeError } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { COUNCIL_YAML } from "./__fixtures__/folder.js";
import { parseCouncil, registerFor } from "./parse-council.js";

const errors = (text: string) => {
  const result = parseCouncil(text, "council.yaml");
  return result.ok ? [] : result.errors.map(formatProgrammeError);
};

describe("parseCouncil", () => {
  it("reads council.yaml with its defaults", () => {
    const result = parseCouncil(COUNCIL_YAML, "council.yaml");
    if (!result.ok) throw new Error(result.errors.map(formatProgrammeError).join("\n"));
    expect(result.council.jurisdiction).toBe("england");
    expect(result.council.supportLoad.maxMeetingsPerWeek).toBe(2);
    expect(result.council.committees.map((c) => c.id)).toEqual(["cyp", "panel", "seg"]);
    expect(registerFor(result.council, result.council.committees[1] as never).commission).toEqual({
      id: "panel",
      council: "Example Borough Council",
      jurisdiction: "england",
      municipalYear: "2022/23",
      contact: { name: "Tracey Anderson" },
    });
  });

  it("names file, line, column and field of each error: one id per person, officers in the register, spans forward, rules readable", () => {
    const text = `${COUNCIL_YAML.replace(
      "{ id: director, name: Director of Education }",
      "{ id: gordon, name: Director of Education }",
    ).replace(
      "officers: [anderson] }\n  - { id: seg",
      'officers: [andersen], cycle: { rule: "every blue moon", meetings: 6 } }\n  - { id: seg',
    )}avoidDates: [{ from: 2023-02-17, until: 2023-02-13, reason: half term }]
elections: [{ poll: 2023-05-04, periodFrom: 2023-05-05, title: borough }]
`;
    expect(errors(text)).toEqual([
      "council.yaml:14:13: register.officers[2].id: gordon is already in the register (register.councillors[0])",
      expect.stringMatching(
        /^council\.yaml:19:78: committees\[1\]\.cycle\.rule: cannot read the rule "every blue moon"/,
      ),
      "council.yaml:19:52: committees[1].officers[0]: no officer with id andersen in register.officers",
      "council.yaml:21:41: avoidDates[0].until: until 2023-02-13 is before from 2023-02-17",
      "council.yaml:22:45: elections[0].periodFrom: the period starts 2023-05-05, after the poll 2023-05-04",
    ]);
  });

  it("refuses a council with no committees and an unknown field, as the programme loader does", () => {
    expect(errors("council: X\nmunicipalYear: 2022/23\ncommittees: []\ncolour: red\n")).toEqual([
      "council.yaml:3:13: committees: a council folder lists at least one committee",
      'council.yaml:4:1: colour: unknown field "colour" (check the spelling; see docs/file-format.md)',
    ]);
    expect(errors("")).toEqual([
      "council.yaml:1:1: the file is empty: council.yaml starts with council: (see docs/council-wide.md)",
    ]);
  });
});
