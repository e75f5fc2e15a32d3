import { describe, expect, it } from "vitest";
import { example, meetingOn, timed, timedAgenda } from "../test/fixtures.js";
import { statedStartDiffers, statedStartDrift } from "./stated-start.js";

describe("stated-start-differs", () => {
  const p = example();
  const t = timed(p, meetingOn(p, "2023-01-16"));

  it("shows both times where a stated start differs from the computed one, noting the carried difference", () => {
    const differs = t.findings.filter((f) => f.code === "stated-start-differs");
    expect(differs.map((f) => f.item)).toEqual(["fsm-letter", "work-programme-2023-01", "previous-minutes-2023-01"]);
    expect(differs[0]!.message).toContain("stated to start at 21.10");
    expect(differs[0]!.message).toContain("put it at 21.05 (5 minutes later)");
    expect(differs[0]!.message).not.toContain("carried");
    expect(differs[1]!.message).toContain("the same difference as item 7, carried down the agenda");
  });

  it("says a stated start earlier than the computed one is earlier", () => {
    const s = timedAgenda([45, 30], {
      agenda: [
        { item: "item-1", statedStart: "19:05" },
        { item: "item-2", statedStart: "19:40" },
      ],
    });
    expect(s.findings.find((f) => f.code === "stated-start-differs")!.message).toContain(
      "put it at 19.50 (10 minutes earlier)",
    );
  });

  it("accepts a stated start anywhere inside the window a range allows", () => {
    const s = timedAgenda(["30-45", 10], {
      agenda: [
        { item: "item-1", statedStart: "19:05" },
        { item: "item-2", statedStart: "19:45" },
      ],
    });
    expect(s.items[1]!.start).toEqual({ earliest: "19:35", latest: "19:50" });
    expect(s.findings).toEqual([]);
    expect(s.items.map(statedStartDiffers)).toEqual([false, false]);
  });

  it("measures the drift outside the window, signed, and 0 inside it", () => {
    expect(statedStartDrift(1265, 1265, 1265)).toBe(0);
    expect(statedStartDrift(1270, 1265, 1265)).toBe(5);
    expect(statedStartDrift(1180, 1190, 1200)).toBe(-10);
    expect(statedStartDrift(1195, 1190, 1200)).toBe(0);
    expect(t.items.map(statedStartDiffers)).toEqual([false, false, false, true, true, true]);
  });
});

describe("stated-starts-out-of-order", () => {
  it("flags the stated starts out of order in time on 30 Nov 2022: 21.20, 21.25 then 21.20 again", () => {
    const p = example();
    const t = timed(p, meetingOn(p, "2022-11-30"));
    const out = t.findings.filter((f) => f.code === "stated-starts-out-of-order");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: "warning", item: "work-programme-2022-11" });
    expect(out[0]!.message).toContain("21.20, before item 8");
    expect(out[0]!.message).toContain("at 21.25");
  });
});
