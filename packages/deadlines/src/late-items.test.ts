import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { example, programmeOf } from "../test/helpers.js";
import { lateItemFindings } from "./late-items.js";
import { deadlineFindings } from "./meeting-deadlines.js";

describe("late items (LGA 1972 s100B(4)(b))", () => {
  const programme = programmeOf({
    items: [
      { id: "on-time", title: "On time", added: "2023-01-06" },
      { id: "late-no-reasons", title: "Late without reasons", added: "2023-01-09" },
      {
        id: "late-urgent",
        title: "Ofsted letter",
        added: "2023-01-10",
        urgentReasons: "The letter arrived after dispatch and must be considered before the inspection.",
      },
      { id: "late-withdrawn", title: "Withdrawn", added: "2023-01-11", status: "withdrawn" },
      { id: "blank-reasons", title: "Blank reasons", added: "2023-01-11", urgentReasons: "  " },
    ],
    meetings: [
      {
        id: "2023-01",
        date: "2023-01-16",
        dispatch: "2023-01-06",
        agenda: ["on-time", "late-no-reasons", "late-urgent", "late-withdrawn", "blank-reasons"],
      },
    ],
  });

  it("flags an item added after dispatch: an error without urgent reasons, a warning with them", () => {
    const findings = lateItemFindings(programme.meetings[0]!, programme.items, "2023-01-06");
    expect(findings.map((f) => [f.item, f.severity, f.code])).toEqual([
      ["late-no-reasons", "error", "late-item-no-urgent-reasons"],
      ["late-urgent", "warning", "late-item-urgent"],
      ["blank-reasons", "error", "late-item-no-urgent-reasons"],
    ]);
    expect(findings[0]?.message).toMatch(/added on Mon 9 Jan 2023, after the agenda was dispatched on Fri 6 Jan 2023/);
    expect(findings.every((f) => f.meeting === "2023-01-16")).toBe(true);
  });

  it("measures lateness against the computed dispatch when none is stated", () => {
    const unstated = { ...programme, meetings: programme.meetings.map((m) => ({ ...m, dispatch: undefined })) };
    const codes = deadlineFindings(indexProgramme(unstated), { today: "2022-12-01" })
      .filter((f) => f.code.startsWith("late-item"))
      .map((f) => f.item);
    expect(codes).toEqual(["late-no-reasons", "late-urgent", "blank-reasons"]);
  });

  it("finds no late items in the real 2022/23 programme", () => {
    const real = example();
    expect(
      deadlineFindings(indexProgramme(real), { today: "2023-06-01" }).filter((f) => f.code.startsWith("late-item")),
    ).toEqual([]);
  });
});
