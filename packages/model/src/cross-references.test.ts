import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossReferenceProblems, type Programme, parseProgramme } from "./index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}
const codes = (p: Programme) => crossReferenceProblems(p).map((x) => [x.code, x.path.join(".")]);

describe("crossReferenceProblems", () => {
  it("finds nothing wrong in the real 2022/23 programme", () => {
    expect(crossReferenceProblems(example())).toEqual([]);
  });

  it("refuses a meeting before the municipal year (1 May) and keeps one after it as a forward plan", () => {
    const p = example();
    p.meetings[0]!.date = "2022-05-01";
    p.meetings[6]!.date = "2023-04-30";
    expect(codes(p)).toEqual([]);
    p.meetings[6]!.date = "2023-06-15"; // after 30 April: a forward plan into 2023/24, kept (the checks note it)
    expect(codes(p)).toEqual([]);
    p.meetings[0]!.date = "2022-04-30";
    expect(crossReferenceProblems(p).map((x) => [x.code, x.message])).toEqual([
      ["outside-municipal-year", "2022-04-30 is before the municipal year 2022/23, which starts on 2022-05-01"],
    ]);
  });

  it("refuses a backlog item that is also on an agenda", () => {
    const p = example();
    p.backlog.push("send-strategy");
    expect(codes(p)).toEqual([["item-in-backlog-and-meeting", "backlog.3"]]);
  });

  it("refuses a second Chair", () => {
    const p = example();
    p.members[1]!.role = "chair";
    expect(codes(p)).toEqual([["two-chairs", "members.1.role"]]);
  });

  it("refuses someone marked both present and remote on 30 Nov 2022", () => {
    const p = example();
    p.meetings[3]!.attendance!.remote.push("margaret-gordon");
    expect(codes(p)).toEqual([["attendance-twice", "meetings.3.attendance.remote.1"]]);
  });

  it("refuses an officer listed as attending a meeting as a member", () => {
    const p = example();
    p.meetings[3]!.attendance!.present.push("paul-senior");
    expect(codes(p)).toEqual([["wrong-person", "meetings.3.attendance.present.7"]]);
  });

  it("refuses a declaration for an item not on that meeting's agenda", () => {
    const p = example();
    p.meetings[3]!.declarations[0]!.items = ["send-action-plan"];
    expect(codes(p)).toEqual([["declaration-off-agenda", "meetings.3.declarations.0.items.0"]]);
  });

  it("refuses a Cabinet Q&A with someone who is not a Cabinet member", () => {
    const p = example();
    p.items.find((i) => i.id === "cabinet-qa-woodley")!.cabinetQA!.cabinetMember = "paul-senior";
    expect(codes(p)).toEqual([
      ["wrong-person", `items.${p.items.findIndex((i) => i.id === "cabinet-qa-woodley")}.cabinetQA.cabinetMember`],
    ]);
  });
});
