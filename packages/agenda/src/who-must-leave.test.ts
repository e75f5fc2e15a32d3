import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { declaredMeeting, example, meetingOn } from "../test/fixtures.js";
import { leavesForItem, mustLeaveFindings } from "./who-must-leave.js";

describe("member-must-leave at the real 30 Nov 2022 meeting", () => {
  const p = example();
  const nov = meetingOn(p, "2022-11-30");

  it("finds nobody who must leave", () => {
    expect(mustLeaveFindings(indexProgramme(p), nov)).toEqual([]);
  });
});

describe("leavesForItem", () => {
  it("counts speaking or making representations then leaving as leaving", () => {
    expect(leavesForItem("must-leave")).toBe(true);
    expect(leavesForItem("speak-then-leave")).toBe(true);
    expect(leavesForItem("representations-then-leave")).toBe(true);
    expect(leavesForItem("take-part-no-vote")).toBe(false);
    expect(leavesForItem("take-part-and-vote")).toBe(false);
  });
});

describe("member-must-leave at a constructed meeting", () => {
  const { p, m } = declaredMeeting();

  it("notes who must leave for which item, skipping withdrawn items", () => {
    const findings = mustLeaveFindings(indexProgramme(p), m);
    expect(findings.map((f) => [f.severity, f.code, f.item])).toEqual([
      ["info", "member-must-leave", "contract"],
      ["info", "member-must-leave", "budget"],
    ]);
    expect(findings[0]!.message).toContain('On item 4 "Leisure contract award", Cllr C must leave the meeting.');
  });

  it("says nothing for a cancelled meeting", () => {
    expect(mustLeaveFindings(indexProgramme(p), { ...m, status: "cancelled" })).toEqual([]);
  });
});
