import { describe, expect, it } from "vitest";
import { example, meetingOn, timed, timedAgenda } from "../test/fixtures.js";

describe("item-given-more-time and item-given-less-time", () => {
  const p = example();

  it("flags item 6 of 16 Jan 2023, allotted 45 minutes and given 50 by the front sheet (20.20 → 21.10)", () => {
    const t = timed(p, meetingOn(p, "2023-01-16"));
    const given = t.findings.filter((f) => f.code === "item-given-more-time");
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ severity: "warning", meeting: "2023-01-16", item: "exclusions-review-update" });
    expect(given[0]!.message).toContain("allotted 45 minutes");
    expect(given[0]!.message).toContain("give it 50 (20.20 → 21.10)");
  });

  it("flags the items the minuted times of 30 Nov 2022 give more than allotted, within a range when the range allows", () => {
    const t = timed(p, meetingOn(p, "2022-11-30"));
    const more = t.findings.filter((f) => f.code === "item-given-more-time").map((f) => f.item);
    // 19.05 → 19.55 for a 45-minute item; 20.30 → 21.20 for a 20-30 minute item. Budget monitoring (30-45) got 35: fine.
    expect(more).toEqual(["cfs-annual-report-2022", "send-strategy"]);
  });

  it("flags an item the stated starts give less time than allotted", () => {
    const t = timedAgenda([45, 30], {
      agenda: [
        { item: "item-1", statedStart: "19:05" },
        { item: "item-2", statedStart: "19:40" },
      ],
    });
    const less = t.findings.find((f) => f.code === "item-given-less-time");
    expect(less).toMatchObject({ item: "item-1", severity: "warning" });
    expect(less!.message).toContain("give it 35 (19.05 → 19.40)");
  });
});
