import { readFileSync } from "node:fs";
import { type Programme, parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { checkProgramme } from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

describe("checkProgramme on the real 2022/23 programme", () => {
  const findings = checkProgramme(example(), { today: "2023-01-09" });
  const codes = (meeting: string) => findings.filter((f) => f.meeting === meeting).map((f) => f.code);

  it("finds no errors: the real programme was lawful", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gathers the findings of every package", () => {
    // agenda timing: the 16 Jan 2023 item allotted 45 minutes and given 50
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "item-given-more-time",
        meeting: "2023-01-16",
        item: "exclusions-review-update",
      }),
    );
    // deadlines: the three papers deadlines the programme sets differently from the rule
    expect(findings.filter((f) => f.code === "papers-deadline-override").map((f) => f.meeting)).toEqual([
      "2022-09-29",
      "2022-11-30",
      "2023-01-16",
    ]);
    // interests and quorum: Jo Macleod connected virtually on 30 Nov 2022
    expect(codes("2022-11-30")).toContain("remote-not-counted");
  });

  it("sorts errors first, then warnings, then notes", () => {
    const p = example();
    p.meetings[4]!.dispatch = "2023-01-10"; // later than the latest lawful dispatch, 6 Jan
    const sorted = checkProgramme(p, { today: "2023-01-09" });
    const ranks = sorted.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sorted[0]).toMatchObject({ severity: "error", code: "dispatch-too-late", meeting: "2023-01-16" });
  });

  it("warns about an item on no agenda and not in the backlog", () => {
    const p = example();
    p.backlog = p.backlog.filter((id) => id !== "residential-placements");
    expect(checkProgramme(p, { today: "2023-01-09" })).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "item-unplaced", item: "residential-placements" }),
    );
  });

  it("never counts a withdrawn item as unplaced", () => {
    const p = example();
    p.backlog = p.backlog.filter((id) => id !== "residential-placements");
    p.items.find((i) => i.id === "residential-placements")!.status = "withdrawn";
    expect(checkProgramme(p, { today: "2023-01-09" }).some((f) => f.code === "item-unplaced")).toBe(false);
  });
});
