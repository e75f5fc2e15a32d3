import { describe, expect, it } from "vitest";
import { codes, example, meetingOn, programme, timed } from "../test/fixtures.js";

describe("item-no-minutes and item-zero-minutes", () => {
  const p = example();

  it("notes the 16 Jan 2023 minutes item with no minutes as info, not a warning (a procedural item)", () => {
    const t = timed(p, meetingOn(p, "2023-01-16"));
    expect(t.findings.find((f) => f.code === "item-no-minutes")).toMatchObject({
      severity: "info",
      item: "previous-minutes-2023-01",
    });
    expect(t.findings.some((f) => f.severity === "error")).toBe(false);
    expect(t.findings.every((f) => f.meeting === "2023-01-16" && f.item)).toBe(true);
  });

  it("warns of a substantive item with no minutes on 30 Nov 2022 and notes procedural ones", () => {
    const t = timed(p, meetingOn(p, "2022-11-30"));
    const none = t.findings.filter((f) => f.code === "item-no-minutes");
    expect(none.map((f) => [f.severity, f.item])).toEqual([
      ["warning", "care-leavers-housing-letter"],
      ["info", "work-programme-2022-11"],
      ["info", "previous-minutes-2022-11"],
    ]);
  });

  it("warns of the CAMHS item with no minutes on 17 Apr 2023", () => {
    const t = timed(p, meetingOn(p, "2023-04-17"));
    expect(codes(t.findings)).toEqual(["warning item-no-minutes camhs-accessibility"]);
  });

  it("warns of zero minutes on a substantive item and notes it on a procedural one", () => {
    const q = programme({
      items: [
        { id: "topic", title: "Topic", minutes: 0 },
        { id: "minutes", title: "Minutes of the Previous Meeting", minutes: "0-0", procedural: true },
        { id: "range", title: "Range from nothing", minutes: "0-10" },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["topic", "minutes", "range"] }],
    });
    expect(codes(timed(q, q.meetings[0]!).findings)).toEqual([
      "warning item-zero-minutes topic",
      "info item-zero-minutes minutes",
    ]);
  });
});
