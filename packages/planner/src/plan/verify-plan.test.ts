import { describe, expect, it } from "vitest";
import { example, moved, unrecorded, withItem } from "../../test/support.js";
import { verifyPlan } from "./verify-plan.js";

const today = "2022-05-01";
const codes = (before: ReturnType<typeof example>, after: ReturnType<typeof example>, t = today) =>
  verifyPlan(before, after, { today: t }).map((f) => f.code);

describe("verifyPlan, the independent checker", () => {
  const p = example();

  it("passes the real 2022/23 programme as it stands", () => {
    expect(verifyPlan(p, p, { today })).toEqual([]);
    expect(verifyPlan(p, p, { today: "2022-12-01" })).toEqual([]);
  });

  it("catches a meeting over its time (from the agenda timing, not the planner's budgets)", () => {
    let after = moved(p, "exclusions-review-update", "2022-11"); // 45 more minutes on 130 of 180
    expect(codes(p, after)).toEqual([]);
    after = moved(after, "foster-carers", "2022-11"); // and 75 more
    const found = verifyPlan(p, after, { today });
    expect(found.map((f) => f.code)).toEqual(["plan-over-time"]);
    expect(found[0]!.message).toBe("the meeting of 30 November 2022 needs 250 minutes but has 180 (19:00 to 22:00)");
  });

  it("counts a range at its upper end unless told otherwise", () => {
    // 130 + 45 (budget monitoring 30-45 already there) … add 45 + 5: 180 at the upper end fits exactly
    const after = moved(moved(p, "exclusions-review-update", "2022-11"), "fsm-letter", "2022-11");
    expect(codes(p, after)).toEqual([]);
    const longer = withItem(moved(p, "exclusions-review-update", "2022-11"), "fsm-letter", { minutes: 6 });
    expect(codes(longer, moved(longer, "fsm-letter", "2022-11"))).toEqual(["plan-over-time"]);
    expect(verifyPlan(longer, moved(longer, "fsm-letter", "2022-11"), { today, rangeAt: "lower" })).toEqual([]);
  });

  it("catches two Cabinet Q&As at one meeting and short notice", () => {
    expect(codes(p, moved(p, "cabinet-qa-woodley", "2023-04"))).toEqual(["plan-two-cabinet-qas"]);
    expect(codes(p, moved(p, "cabinet-qa-bramble", "2023-03"))).toEqual(["plan-cabinet-notice"]);
  });

  it("catches windows, unavailability and preparation", () => {
    const windowed = withItem(p, "ehcp-demographics", { earliest: "2022-09", latest: "2022-12" });
    expect(codes(windowed, moved(windowed, "ehcp-demographics", "2023-01"))).toEqual(["plan-outside-window"]);
    expect(codes(windowed, moved(windowed, "ehcp-demographics", "2022-10"))).toEqual([]);
    const away = {
      ...p,
      officers: p.officers.map((o) => (o.id === "joe-wilson" ? { ...o, unavailable: ["2023-01-16"] } : o)),
    };
    expect(codes(away, moved(away, "ehcp-demographics", "2023-01"))).toEqual(["plan-unavailable"]);
    const prep = withItem(p, "ehcp-demographics", {
      preparation: [{ kind: "focus-group", description: "parents", date: "2022-12-01", leadWeeks: 8 }],
    });
    expect(codes(prep, moved(prep, "ehcp-demographics", "2023-01"))).toEqual(["plan-preparation-too-late"]);
    expect(codes(prep, moved(prep, "ehcp-demographics", "2023-02"))).toEqual([]);
  });

  it("catches a must item, a pin and an alongside pair broken", () => {
    expect(codes(p, moved(p, "chscp-annual-report-2022", "backlog"))).toEqual(["plan-must-missing"]);
    const pinned = withItem(p, "ehcp-demographics", { pinned: "2022-09" });
    expect(codes(pinned, moved(pinned, "ehcp-demographics", "2023-01"))).toEqual(["plan-pin-broken"]);
    // An interest declared on an item at its meeting ties it there.
    expect(codes(p, moved(p, "send-strategy", "2023-01"))).toEqual(["plan-fixed-item-moved"]);
    // So does the outcome the minutes of 30 Nov 2022 record for it.
    expect(codes(p, moved(p, "cfs-annual-report-2022", "2023-01"))).toEqual(["plan-fixed-item-moved"]);
    // As November stood before it was held, the same moves break what they break.
    const open = unrecorded(p, "2022-11");
    expect(codes(open, moved(open, "cfs-annual-report-2022", "2023-01"))).toEqual(["plan-alongside-split"]);
    expect(
      codes(open, moved(moved(open, "cfs-annual-report-2022", "backlog"), "cfs-budget-monitoring-2022", "backlog")),
    ).toEqual(["plan-must-missing", "plan-must-missing"]);
  });

  it("catches changes to held meetings, fixed items and anything but placements", () => {
    expect(codes(p, moved(p, "send-strategy", "2023-01"), "2022-12-01")).toEqual([
      "plan-closed-meeting-changed",
      "plan-fixed-item-moved",
    ]);
    expect(codes(p, moved(p, "work-programme-2022-10", "2022-11"))).toContain("plan-fixed-item-moved");
    expect(codes(p, withItem(p, "send-strategy", { minutes: 10 }))).toEqual(["plan-items-changed"]);
    expect(
      codes(p, { ...p, meetings: p.meetings.map((m) => (m.id === "2023-03" ? { ...m, date: "2023-03-21" } : m)) }),
    ).toEqual(["plan-meetings-changed"]);
    const twice = { ...p, backlog: [...p.backlog, "send-strategy"] };
    expect(codes(p, twice)).toEqual(["plan-item-twice"]);
  });

  it("leaves a cancelled meeting's agenda alone", () => {
    const cancelled = {
      ...p,
      meetings: p.meetings.map((m) => (m.id === "2023-03" ? { ...m, status: "cancelled" as const } : m)),
    };
    expect(codes(cancelled, cancelled)).toEqual([]);
    expect(codes(cancelled, moved(cancelled, "young-parents-support", "2023-04"))).toEqual([
      "plan-closed-meeting-changed",
      "plan-fixed-item-moved",
    ]);
  });
});
