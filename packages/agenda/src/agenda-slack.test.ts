import { describe, expect, it } from "vitest";
import { codes, programme, timed, timedAgenda } from "../test/fixtures.js";

describe("agenda-little-slack", () => {
  it("warns of little slack below the threshold, which is configurable", () => {
    const p = programme({
      items: [
        { id: "item-1", title: "Item 1", minutes: 60 },
        { id: "item-2", title: "Item 2", minutes: 60 },
        { id: "item-3", title: "Item 3", minutes: 47 },
      ],
      meetings: [{ id: "m", date: "2024-12-23", agenda: ["item-1", "item-2", "item-3"] }],
    });
    const m = p.meetings[0]!;
    expect(timed(p, m).slackMinutes).toEqual({ min: 8, max: 8 });
    expect(codes(timed(p, m).findings)).toEqual(["warning agenda-little-slack -"]);
    expect(timed(p, m, { slackWarningMinutes: 5 }).findings).toEqual([]);
    expect(codes(timed(p, m, { slackWarningMinutes: 30 }).findings)).toEqual(["warning agenda-little-slack -"]);
  });

  it("treats an agenda that exactly fills the meeting as little slack, not an overrun", () => {
    const t = timedAgenda([60, 60, 55]);
    expect(t.finish.latest).toBe("22:00");
    expect(codes(t.findings)).toEqual(["warning agenda-little-slack -"]);
  });

  it("leaves an agenda that may overrun to the overrun rule", () => {
    expect(codes(timedAgenda([60, "60-90", 50]).findings)).toEqual(["warning agenda-may-overrun item-3"]);
  });
});
