import { readFileSync } from "node:fs";
import { type Programme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { placementFindings } from "./item-placement.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

describe("placementFindings", () => {
  it("accounts for every item of the real 2022/23 programme", () => {
    expect(placementFindings(example())).toEqual([]);
  });

  it("names an item taken off its agenda and not put in the backlog", () => {
    const p = example();
    p.meetings[4]!.agenda = p.meetings[4]!.agenda.filter(
      (e) => e !== "fsm-letter" && (typeof e === "string" || e.item !== "fsm-letter"),
    );
    expect(placementFindings(p)).toEqual([
      {
        severity: "warning",
        code: "item-unplaced",
        message: '"Free School Meals (Childhood Food Poverty)" is on no agenda and not in the backlog',
        item: "fsm-letter",
      },
    ]);
  });
});
