// What is owed after meetings in the officers' deadlines feed. Real: the example's action of
// 30 Nov 2022 (seed 003 line 99) has no due date, and its reviews no date of receipt, so the
// example's feed gains nothing. Constructed: a response due under Local Government Act 2000 s9FE
// (2 months beginning with receipt) and an action and a written answer with due dates.
import type { Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar } from "./calendars.js";
import { programmeFeed } from "./programme-feed.js";
import { example, parseFeed, withMeeting } from "./test-support.js";

function owed(): Programme {
  const p = withMeeting(example(), "2023-01", (m) => ({
    ...m,
    agenda: m.agenda.map((e) =>
      typeof e !== "string" && e.item === "fsm-letter"
        ? {
            ...e,
            actions: [
              { id: "fsm-data", text: "Ward data on uptake to follow.", owner: "paul-senior", due: "2023-02-13" },
            ],
            writtenAnswers: [
              { id: "fsm-q", question: "Breakfast clubs by ward", owedBy: "paul-senior", due: "2023-02-20" },
            ],
          }
        : e,
    ),
  }));
  p.reviews.push({
    id: "care-leavers",
    title: "Housing Support for Care Leavers",
    kind: "letter",
    to: { kind: "cabinet-member", id: "anntoinette-bramble" },
    received: "2022-12-01",
    items: [],
    recommendations: [{ id: "cl-1", number: "1", text: "That care leavers may join the Housing Register at 18." }],
  });
  return p;
}

describe("responses, actions and written answers due in the officers' feed", () => {
  const feed = programmeFeed(owed(), { now: "2023-01-20T09:00:00Z" });
  const events = parseFeed(deadlinesCalendar(feed)).events;

  it("shows the response due by s9FE, the action and the written answer as all-day events", () => {
    const response = events.find((e) => e.summary.includes("response due"));
    expect(response?.summary).toBe(
      "CYP response due: recommendation 1 of Housing Support for Care Leavers (Cllr Anntoinette Bramble)",
    );
    expect(response?.startDate).toBe("2023-01-31");
    expect(response?.description).toContain("Local Government Act 2000 s9FE");
    expect(response?.description).toContain("No response recorded yet.");
    const action = events.find((e) => e.summary.includes("action due"));
    expect(action).toMatchObject({
      startDate: "2023-02-13",
      summary: "CYP action due (Paul Senior): Free School Meals (Childhood Food Poverty)",
    });
    expect(events.find((e) => e.summary.includes("written answer due"))?.startDate).toBe("2023-02-20");
  });

  it("keeps them out of the commission's public feed, and says so in the feed's description", () => {
    const publicFeed = commissionCalendar(feed);
    expect(publicFeed).not.toContain("response due");
    expect(publicFeed).not.toContain("action due");
    expect(parseFeed(deadlinesCalendar(feed)).props.DESCRIPTION).toContain(
      "responses, actions and written answers due after meetings",
    );
  });

  it("adds nothing to the real example's feed (no due dates in its papers)", () => {
    const real = parseFeed(deadlinesCalendar(programmeFeed(example(), { now: "2023-01-20T09:00:00Z" }))).events;
    expect(real.filter((e) => /response due|action due|written answer due/.test(e.summary))).toEqual([]);
  });

  it("keeps a UID when the due date moves, and cancels an event whose action is dropped", () => {
    const first = programmeFeed(owed(), { now: "2023-01-20T09:00:00Z" });
    const moved = owed();
    moved.reviews.at(-1)!.received = "2022-12-15";
    const second = programmeFeed(moved, { now: "2023-01-21T09:00:00Z", previous: first.state });
    const uid = (f: typeof first) => f.deadlines.find((e) => e.kind === "response-due");
    expect(uid(second)?.uid).toBe(uid(first)?.uid);
    expect(uid(second)?.start).toBe("2023-02-14");
    expect(uid(second)?.sequence).toBeGreaterThan(uid(first)?.sequence ?? 0);
    const dropped = programmeFeed(example(), { now: "2023-01-22T09:00:00Z", previous: second.state });
    const gone = dropped.deadlines.find((e) => e.key.endsWith("/action-due/fsm-data"));
    expect(gone).toMatchObject({ removed: true, status: "CANCELLED" });
  });
});
