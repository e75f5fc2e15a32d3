import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example } from "../test/example.js";
import { placementFindings } from "./item-placement.js";

describe("placementFindings", () => {
  it("accounts for every item of the real 2022/23 programme", () => {
    expect(placementFindings(indexProgramme(example()))).toEqual([]);
  });

  it("names an item taken off its agenda and not put in the backlog", () => {
    const p = example();
    p.meetings[4]!.agenda = p.meetings[4]!.agenda.filter(
      (e) => e !== "fsm-letter" && (typeof e === "string" || e.item !== "fsm-letter"),
    );
    expect(placementFindings(indexProgramme(p))).toEqual([
      {
        severity: "warning",
        code: "item-unplaced",
        message: '"Free School Meals (Childhood Food Poverty)" is on no agenda and not in the backlog',
        item: "fsm-letter",
      },
    ]);
  });
});
