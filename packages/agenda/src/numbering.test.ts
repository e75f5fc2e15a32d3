import { describe, expect, it } from "vitest";
import { example, meetingOn, programme } from "../test/fixtures.js";
import { numberedAgenda } from "./numbering.js";

describe("numberedAgenda", () => {
  it("numbers the real 16 Jan 2023 agenda from 4 to 9, as the front sheet does", () => {
    const p = example();
    expect(numberedAgenda(p, meetingOn(p, "2023-01-16")).map((s) => s.number)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("closes the gap a withdrawn item leaves", () => {
    const p = programme({
      items: [
        { id: "a", title: "A" },
        { id: "b", title: "B", status: "withdrawn" },
        { id: "c", title: "C" },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["a", "b", "c"] }],
    });
    expect(numberedAgenda(p, p.meetings[0]!).map((s) => [s.number, s.item.id])).toEqual([
      [4, "a"],
      [5, "c"],
    ]);
  });
});
