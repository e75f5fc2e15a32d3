import { describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar, memberCalendar } from "./calendars.js";
import { feedSite } from "./feed-site.js";
import { programmeFeed } from "./programme-feed.js";
import { northYorkshire, parseFeed } from "./test-support.js";

const now = "2022-12-01T09:00:00Z";
const BRIEFING = "Mid cycle briefing";

describe("North Yorkshire's mid-cycle briefing of 22 July 2022 (private, not a meeting)", () => {
  const p = northYorkshire();
  const feed = programmeFeed(p, { now });

  it("is one all-day event of its own, keyed apart from the meetings", () => {
    expect(feed.events.map((e) => [e.key, e.start, e.end, e.allDay, e.audience?.public])).toEqual([
      ["scrutiny-of-health/2022-23/briefing-2022-07/event", "2022-07-22", "2022-07-23", true, false],
    ]);
    expect(feed.meetings.map((m) => m.key)).not.toContain("scrutiny-of-health/2022-23/briefing-2022-07/event");
  });

  it("appears in a member's own feed and the officers' own, whole committee invited (no attendees named)", () => {
    const member = parseFeed(memberCalendar(feed, "andrew-lee", { privateEvents: true }));
    const briefing = member.events.find((e) => e.summary.includes(BRIEFING));
    expect(briefing).toMatchObject({ summary: `Scrutiny of Health briefing: ${BRIEFING}`, allDay: true });
    expect(briefing?.description).toContain("Private: not published.");
    expect(briefing?.description).toContain(
      "For: Scarborough & York Hospitals Care Quality Commission Inspections and Action Plans",
    );
    expect(deadlinesCalendar(feed, { privateEvents: true })).toContain(BRIEFING);
    // A substitute is not on the committee: not invited.
    expect(() => memberCalendar(feed, "tom-watson", { privateEvents: true })).toThrow();
  });

  it("appears in no published feed: the committee's, the site's member and deadline feeds, or their index", () => {
    expect(commissionCalendar(feed)).not.toContain(BRIEFING);
    expect(commissionCalendar(feed, { privateEvents: true })).not.toContain(BRIEFING);
    expect(memberCalendar(feed, "andrew-lee")).not.toContain(BRIEFING);
    expect(deadlinesCalendar(feed)).not.toContain(BRIEFING);
    for (const file of feedSite([feed], { baseUrl: "https://example.gov.uk/calendars/" }))
      expect(file.body, file.path).not.toContain(BRIEFING);
  });

  it("reaches the public feed once marked public, and only the attendees named when it names them", () => {
    const open = structuredClone(p);
    open.events[0]!.public = true;
    open.events[0]!.attendees = ["andrew-lee"];
    const f = programmeFeed(open, { now });
    expect(commissionCalendar(f)).toContain(BRIEFING);
    expect(memberCalendar(f, "andrew-lee")).toContain(BRIEFING);
    expect(memberCalendar(f, "liz-colling")).not.toContain(BRIEFING);
  });

  it("is timed when it has a start (zero length without an end) and keeps its UID when it moves", () => {
    const timed = structuredClone(p);
    timed.events[0]!.start = "10:00";
    const f = programmeFeed(timed, { now });
    expect(f.events[0]).toMatchObject({ start: "2022-07-22T10:00", end: "2022-07-22T10:00", allDay: false });
    timed.events[0]!.end = "12:00";
    timed.events[0]!.date = "2022-07-29";
    const moved = programmeFeed(timed, { now: "2022-12-02T09:00:00Z", previous: f.state });
    expect(moved.events[0]).toMatchObject({ uid: f.events[0]!.uid, end: "2022-07-29T12:00", sequence: 1 });
  });

  it("leaves a removed event's notice only to the feeds that may show private events", () => {
    const gone = structuredClone(p);
    gone.events = [];
    const f = programmeFeed(gone, { now: "2022-12-02T09:00:00Z", previous: feed.state });
    expect(f.events).toEqual([expect.objectContaining({ removed: true, status: "CANCELLED" })]);
    expect(commissionCalendar(f)).not.toContain("briefing-2022-07");
    expect(parseFeed(commissionCalendar(f)).events.some((e) => e.status === "CANCELLED" && e.allDay)).toBe(false);
    const own = parseFeed(memberCalendar(f, "andrew-lee", { privateEvents: true })).events;
    expect(own.filter((e) => e.status === "CANCELLED" && e.allDay).map((e) => e.startDate)).toEqual(["2022-07-22"]);
  });
});

describe("meetings of another council in the feeds", () => {
  it("leaves out a meeting known only by its month", () => {
    const p = northYorkshire();
    const mar = p.meetings.find((m) => m.id === "2023-03")!;
    mar.date = "2023-03";
    mar.dateConfirmed = false;
    const feed = programmeFeed(p, { now });
    expect(feed.meetings.map((m) => m.owner.meeting)).toEqual(["2022-06", "2022-09", "2022-11", "2022-12"]);
    expect(feed.deadlines.some((d) => d.owner.meeting === "2023-03")).toBe(false);
  });

  it("marks the postponed 9 September 2022 meeting cancelled, and cites the Welsh law for a Welsh committee", () => {
    const p = northYorkshire();
    const feed = programmeFeed(p, { now });
    expect(feed.meetings.find((m) => m.owner.meeting === "2022-09")).toMatchObject({
      status: "CANCELLED",
      summary: "Cancelled: Scrutiny of Health Committee",
    });
    const welsh = structuredClone(p);
    welsh.commission.jurisdiction = "wales";
    const text = deadlinesCalendar(programmeFeed(welsh, { now }));
    expect(text).toContain("s100BA");
    expect(parseFeed(text).events.find((e) => e.summary.includes("agenda dispatch"))?.description).toContain(
      "The law's 3 clear working days of notice (Local Government Act 1972 s100BA",
    );
  });

  it("names the body on the site's index: Committees", () => {
    const site = feedSite([programmeFeed(northYorkshire(), { now })]);
    const index = site.find((f) => f.path === "index.html")!.body;
    expect(index).toContain('<h2 id="commissions">Committees</h2>');
    expect(index).toContain("every meeting of every committee they sit on");
  });
});
