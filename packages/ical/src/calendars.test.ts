import type { Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { calendarChunks, commissionCalendar, deadlinesCalendar, memberCalendar } from "./calendars.js";
import { isIcalError, UnknownPersonError } from "./errors.js";
import { eventUid } from "./event-uid.js";
import { programmeFeed } from "./programme-feed.js";
import { example, framingProblems, londonWall, parseFeed, unfold, withMeeting } from "./test-support.js";

const NOW = "2022-06-01T09:00:00Z";
const hackney = example();
const feed = programmeFeed(hackney, { now: NOW });
const owner = (meeting: string) => ({ commission: "cyp", municipalYear: "2022/23", meeting });

describe("the commission feed of the Hackney CYP 2022/23 programme", () => {
  const text = commissionCalendar(feed);
  const parsed = parseFeed(text);

  it("is framed as RFC 5545 requires: CRLF, 75-octet lines, a final CRLF", () => {
    expect(framingProblems(text)).toEqual([]);
  });

  it("has one VEVENT per meeting and no recurrence rules", () => {
    expect(parsed.events).toHaveLength(hackney.meetings.length);
    expect(unfold(text).filter((l) => l.startsWith("RRULE") && !l.includes("BYMONTH=")).length).toBe(0);
    expect(text.match(/^RRULE:/gm)).toHaveLength(2); // only the VTIMEZONE's two rules
  });

  it("starts every meeting at 19:00 London time, read by ical.js through the feed's own VTIMEZONE", () => {
    for (const e of parsed.events) {
      expect(e.tzid).toBe("Europe/London");
      expect(londonWall(e.startUtc).slice(11)).toBe("19:00");
      expect(londonWall(e.endUtc).slice(11)).toBe("22:00");
    }
    const byDate = new Map(parsed.events.map((e) => [londonWall(e.startUtc).slice(0, 10), e]));
    // July: BST, 18:00 UTC. The moved September meeting: 29 Sept, still BST.
    expect(byDate.get("2022-07-11")?.startUtc).toBe(Date.UTC(2022, 6, 11, 18));
    expect(byDate.get("2022-09-29")?.startUtc).toBe(Date.UTC(2022, 8, 29, 18));
    // 31 Oct 2022, the day after the clocks went back (30 Oct): GMT, 19:00 UTC. And November.
    expect(byDate.get("2022-10-31")?.startUtc).toBe(Date.UTC(2022, 9, 31, 19));
    expect(byDate.get("2022-11-30")?.startUtc).toBe(Date.UTC(2022, 10, 30, 19));
    expect(byDate.get("2023-04-17")?.startUtc).toBe(Date.UTC(2023, 3, 17, 18));
  });

  it("gives each meeting a stable, unique UID from commission, year and meeting id", () => {
    const uids = parsed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain(eventUid(owner("2022-09")));
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("carries venue, livestream, organizer, status and the timed agenda", () => {
    const sept = parsed.events.find((e) => e.uid === eventUid(owner("2022-09")));
    expect(sept?.location).toBe("Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA");
    expect(sept?.url).toBe("https://youtu.be/mO4tD64mIBk");
    expect(sept?.status).toBe("CONFIRMED");
    expect(sept?.summary).toBe("Children and Young People Scrutiny Commission");
    expect(sept?.description).toContain("Moved from Thursday 8 September 2022.");
    expect(sept?.description).toContain("4. Recruitment & Retention of Foster Carers (19:05)");
    expect(sept?.description).toContain("5. School Exam Results 2022 (20:20)");
    expect(text).toMatch(/^ORGANIZER;CN="Martin Bradford":mailto:martin\.bradford@hackney\.gov\.uk\r$/m);
    // 30 Nov: a 30-45 minute item leaves the later starts as ranges.
    const nov = parsed.events.find((e) => e.uid === eventUid(owner("2022-11")));
    expect(nov?.description).toContain("5. Children and Families - Budget Monitoring (19:50)");
    expect(nov?.description).toContain("6. SEND Strategy (20:20 to 20:35)");
  });

  it("sets DTSTAMP, CREATED and LAST-MODIFIED from the state, in UTC with Z", () => {
    for (const e of parsed.events) {
      expect(e.stamp).toBe("2022-06-01T09:00:00Z");
      expect(e.lastModified).toBe("2022-06-01T09:00:00Z");
    }
    const stamps = unfold(text).filter((l) => /^(DTSTAMP|CREATED|LAST-MODIFIED)[:;]/.test(l));
    expect(stamps).toHaveLength(3 * hackney.meetings.length);
    for (const l of stamps) expect(l).toMatch(/^(DTSTAMP|CREATED|LAST-MODIFIED):20220601T090000Z$/);
  });

  it("has the calendar properties subscribers' clients read, before any component", () => {
    const lines = unfold(text);
    const firstComponent = lines.findIndex((l, i) => i > 0 && l.startsWith("BEGIN:"));
    const header = lines.slice(0, firstComponent);
    expect(header).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Scrutineer//Scrutineer calendar feeds//EN",
      "METHOD:PUBLISH",
      "NAME:Children and Young People Scrutiny Commission",
      "X-WR-CALNAME:Children and Young People Scrutiny Commission",
      expect.stringMatching(/^X-WR-CALDESC:Meetings of the Children and Young People Scrutiny Commission\\, London/),
      "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
      "X-PUBLISHED-TTL:PT1H",
      expect.stringMatching(/^DESCRIPTION:Meetings of the Children/),
      "X-WR-TIMEZONE:Europe/London",
    ]);
    expect(lines[firstComponent]).toBe("BEGIN:VTIMEZONE");
    expect(parsed.props.METHOD).toBe("PUBLISH");
  });

  it("is the same bytes when exported again from the saved state, at any later time", () => {
    const again = programmeFeed(hackney, { now: "2023-05-01T12:00:00Z", previous: feed.state });
    expect(again.changes).toEqual([]);
    expect(commissionCalendar(again)).toBe(text);
  });
});

describe("a meeting that moves, is cancelled or is not yet confirmed", () => {
  const later = "2022-09-20T10:00:00Z";
  it("keeps its UID when moved, raises SEQUENCE and shows the new time", () => {
    // Moved a week later; the stated deadlines go with the old date, so the rules apply.
    const moved = withMeeting(hackney, "2022-10", ({ dispatch: _d, papersDeadline: _p, ...m }) => ({
      ...m,
      date: "2022-11-07",
      status: "moved",
      movedFrom: "2022-10-31",
    }));
    const next = programmeFeed(moved, { now: later, previous: feed.state });
    const events = parseFeed(commissionCalendar(next)).events;
    const oct = events.find((e) => e.uid === eventUid(owner("2022-10")));
    expect(oct?.sequence).toBe(1);
    expect(londonWall(oct?.startUtc ?? 0)).toBe("2022-11-07 19:00");
    expect(oct?.stamp).toBe("2022-09-20T10:00:00Z");
    expect(new Set(events.map((e) => e.uid)).size).toBe(hackney.meetings.length);
    // Every other meeting is untouched.
    for (const e of events.filter((x) => x.uid !== oct?.uid)) expect(e.sequence).toBe(0);
    // Its deadlines move with it, keep their UIDs and are numbered on too.
    const deadlines = parseFeed(deadlinesCalendar(next)).events;
    const dispatch = deadlines.find((e) => e.uid === eventUid(owner("2022-10"), "dispatch"));
    expect(dispatch?.sequence).toBe(1);
    expect(dispatch?.startDate).toBe("2022-10-28");
  });

  it("stays in the feed as STATUS:CANCELLED when cancelled, with its deadlines", () => {
    const cancelled = withMeeting(hackney, "2023-03", (m) => ({ ...m, status: "cancelled" }));
    const next = programmeFeed(cancelled, { now: later, previous: feed.state });
    const events = parseFeed(commissionCalendar(next)).events;
    expect(events).toHaveLength(hackney.meetings.length);
    const march = events.find((e) => e.uid === eventUid(owner("2023-03")));
    expect(march).toMatchObject({ status: "CANCELLED", sequence: 1 });
    expect(march?.summary).toBe("Cancelled: Children and Young People Scrutiny Commission");
    expect(march?.description).not.toContain("Agenda");
    // It no longer makes anyone busy, in Outlook either.
    const text = commissionCalendar(next).replace(/\r\n /g, "");
    const block = text.slice(
      text.indexOf(`UID:${march?.uid}`),
      text.indexOf("END:VEVENT", text.indexOf(`UID:${march?.uid}`)),
    );
    expect(block).toContain("TRANSP:TRANSPARENT");
    expect(block).toContain("X-MICROSOFT-CDO-BUSYSTATUS:FREE");
    const deadlines = parseFeed(deadlinesCalendar(next)).events.filter((e) => e.relatedTo === march?.uid);
    expect(deadlines.map((d) => d.status)).toEqual(["CANCELLED", "CANCELLED"]);
  });

  it("stays in the feed, cancelled, even when deleted from the programme", () => {
    const deleted = structuredClone(hackney);
    deleted.meetings = deleted.meetings.filter((m) => m.id !== "2023-04");
    const next = programmeFeed(deleted, { now: later, previous: feed.state });
    const april = parseFeed(commissionCalendar(next)).events.find((e) => e.uid === eventUid(owner("2023-04")));
    expect(april).toMatchObject({ status: "CANCELLED", sequence: 1 });
    expect(londonWall(april?.startUtc ?? 0)).toBe("2023-04-17 19:00");
    const deadlines = parseFeed(deadlinesCalendar(next)).events.filter((e) => e.relatedTo === april?.uid);
    expect(deadlines).toHaveLength(3);
    expect(deadlines.every((d) => d.status === "CANCELLED" && d.allDay)).toBe(true);
  });

  it("is TENTATIVE while its date is not confirmed", () => {
    const provisional = withMeeting(hackney, "2023-03", (m) => ({ ...m, dateConfirmed: false }));
    const events = parseFeed(commissionCalendar(programmeFeed(provisional, { now: NOW }))).events;
    const march = events.find((e) => e.uid === eventUid(owner("2023-03")));
    expect(march?.status).toBe("TENTATIVE");
    expect(march?.summary).toBe("Children and Young People Scrutiny Commission (date to be confirmed)");
    expect(commissionCalendar(programmeFeed(provisional, { now: NOW }))).toContain(
      "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    );
  });
});

describe("the officers' deadlines feed", () => {
  const text = deadlinesCalendar(feed);
  const events = parseFeed(text).events;

  it("has papers deadline and dispatch for every meeting and each Cabinet Q&A notice, all-day", () => {
    expect(framingProblems(text)).toEqual([]);
    expect(events).toHaveLength(2 * hackney.meetings.length + 2);
    for (const e of events) {
      expect(e.allDay).toBe(true);
      expect(e.tzid).toBeNull();
    }
    const inEvents = unfold(text.slice(text.indexOf("BEGIN:VEVENT")));
    const starts = inEvents.filter((l) => l.startsWith("DTSTART"));
    expect(starts).toHaveLength(events.length);
    for (const l of starts) expect(l).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
    for (const l of inEvents.filter((x) => x.startsWith("DTEND"))) expect(l).toMatch(/^DTEND;VALUE=DATE:\d{8}$/);
  });

  it("ends each all-day deadline the next day (DTEND is exclusive)", () => {
    const dispatch = events.find((e) => e.uid === eventUid(owner("2022-07"), "dispatch"));
    expect(dispatch).toMatchObject({ startDate: "2022-07-01", endDate: "2022-07-02" });
    const papers = events.find((e) => e.uid === eventUid(owner("2022-07"), "papers-deadline"));
    expect(papers).toMatchObject({ startDate: "2022-06-28", endDate: "2022-06-29" });
    // Across a month end and the Easter dispatch of 5 Apr 2023.
    const april = events.find((e) => e.uid === eventUid(owner("2023-04"), "papers-deadline"));
    expect(april).toMatchObject({ startDate: "2023-03-31", endDate: "2023-04-01" });
  });

  it("links each deadline to its meeting by RELATED-TO, URL and description", () => {
    for (const e of events) {
      expect(e.relatedTo).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.url).toBe("http://www.hackney.gov.uk/individual-scrutiny-commissions-children-and-young-people.htm");
    }
    const notice = events.find((e) => e.uid === eventUid(owner("2023-02"), "cabinet-notice", "cabinet-qa-woodley"));
    expect(notice).toMatchObject({ startDate: "2023-01-16", relatedTo: eventUid(owner("2023-02")) });
    expect(notice?.summary).toBe("CYP Cabinet Q&A notice to Cllr Caroline Woodley (meeting Mon 27 Feb 2023)");
    expect(notice?.description).toContain("meeting on Monday 27 February 2023 at 19:00");
    expect(notice?.description).toContain("Notified on Tue 3 Jan 2023.");
    const sept = events.find((e) => e.uid === eventUid(owner("2022-09"), "papers-deadline"));
    expect(sept?.description).toContain("gives Thu 15 Sep 2022; the programme states Tue 30 Aug 2022.");
  });

  it("does not make anyone busy", () => {
    expect(unfold(text).filter((l) => l === "TRANSP:TRANSPARENT")).toHaveLength(events.length);
  });
});

describe("a member's feed", () => {
  it("holds every meeting of the commission for a councillor and for a co-optee", () => {
    for (const person of ["sophie-conway", "jo-macleod"]) {
      const text = memberCalendar(feed, person);
      expect(framingProblems(text)).toEqual([]);
      const events = parseFeed(text).events;
      expect(events.map((e) => e.uid)).toEqual(parseFeed(commissionCalendar(feed)).events.map((e) => e.uid));
    }
    expect(parseFeed(memberCalendar(feed, "sophie-conway")).props["X-WR-CALNAME"]).toBe(
      "Cllr Sophie Conway: scrutiny meetings",
    );
  });

  it("reminds the member of their own declarations, and nobody else's", () => {
    const jo = parseFeed(memberCalendar(feed, "jo-macleod")).events.find((e) => e.uid === eventUid(owner("2022-11")));
    expect(jo?.description).toContain(
      "- SEND Strategy: other non-pecuniary interest, Governor at a primary school in Hackney and a parent of a child with SEND. You may take part and vote.",
    );
    const sophie = memberCalendar(feed, "sophie-conway");
    expect(sophie).not.toContain("declarations of interest at this meeting");
    expect(commissionCalendar(feed)).not.toContain("Governor");
  });

  it("names the items of the member's declarations from one index of the items, not one per meeting", () => {
    // Work counted, not timed: how often the feed reads the programme's list of items.
    const reads = (declaringMeetings: number) => {
      let itemReads = 0;
      const programme = new Proxy(hackney, {
        get(target, key, receiver) {
          if (key === "items") itemReads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const jo = feed.meetings.flatMap((m) => m.declarations).filter((d) => d.person === "jo-macleod");
      expect(jo.length).toBeGreaterThan(0);
      const meetings = feed.meetings.map((m, k) => ({ ...m, declarations: k < declaringMeetings ? jo : [] }));
      const text = memberCalendar({ ...feed, programme, meetings }, "jo-macleod");
      const reminded = parseFeed(text).events.filter((e) => e.description.includes("declarations of interest"));
      expect(reminded).toHaveLength(declaringMeetings);
      return itemReads;
    };
    expect(feed.meetings.length).toBeGreaterThan(4);
    expect(reads(feed.meetings.length)).toBe(reads(1));
  });

  it("joins several programmes: every commission the person sits on", () => {
    const lih: Programme = structuredClone(hackney);
    lih.commission = { ...lih.commission, id: "lih", name: "Living in Hackney Scrutiny Commission", shortName: "LiH" };
    lih.members = lih.members.filter((m) => m.id === "sophie-conway");
    lih.coOptees = [];
    lih.meetings = lih.meetings.map((m) => ({
      ...m,
      date: m.date.replace(/-(\d\d)$/, (_, d) => `-${String(Math.min(Number(d) + 1, 28)).padStart(2, "0")}`),
    }));
    const lihFeed = programmeFeed(lih, { now: NOW });
    const both = parseFeed(memberCalendar([feed, lihFeed], "sophie-conway"));
    expect(both.events).toHaveLength(2 * hackney.meetings.length);
    expect(new Set(both.events.map((e) => e.uid)).size).toBe(both.events.length);
    expect(both.props["X-WR-CALDESC"]).toContain("Living in Hackney Scrutiny Commission");
    // A co-optee of CYP only gets CYP.
    expect(parseFeed(memberCalendar([feed, lihFeed], "jo-macleod")).events).toHaveLength(hackney.meetings.length);
  });

  it("holds a joint meeting of two commissions once in the feed of a member of both, with one UID", () => {
    // The 16 January 2023 meeting held jointly with a Living in Hackney commission: written in each
    // programme with the same id and date, each naming the other in jointWith (docs/council-wide.md).
    const joint = (p: Programme, other: string): Programme => ({
      ...p,
      meetings: p.meetings.map((m) => (m.id === "2023-01" ? { ...m, jointWith: [other] } : m)),
    });
    const lih: Programme = joint(structuredClone(hackney), "cyp");
    lih.commission = { ...lih.commission, id: "lih", name: "Living in Hackney Scrutiny Commission", shortName: "LiH" };
    lih.members = lih.members.filter((m) => m.id === "sophie-conway");
    lih.coOptees = [];
    lih.meetings = lih.meetings.filter((m) => m.id === "2023-01").map((m) => ({ ...m, declarations: [] }));
    const cyp = programmeFeed(joint(hackney, "lih"), { now: NOW });
    const lihFeed = programmeFeed(lih, { now: NOW });
    for (const feeds of [
      [cyp, lihFeed],
      [lihFeed, cyp],
    ]) {
      const events = parseFeed(memberCalendar(feeds, "sophie-conway")).events;
      expect(events).toHaveLength(hackney.meetings.length);
      const onTheDay = events.filter((e) => londonWall(e.startUtc).startsWith("2023-01-16"));
      // CYP's event (first by id) whatever the order of the files.
      expect(onTheDay.map((e) => e.uid)).toEqual([eventUid(owner("2023-01"))]);
    }
    // Each commission's own feed still holds it: once each.
    expect(parseFeed(commissionCalendar(lihFeed)).events).toHaveLength(1);
    // A meeting of the same id in both, not joint, is two meetings.
    const apart = programmeFeed({ ...lih, meetings: lih.meetings.map(({ jointWith: _, ...m }) => m) }, { now: NOW });
    expect(parseFeed(memberCalendar([cyp, apart], "sophie-conway")).events).toHaveLength(hackney.meetings.length + 1);
  });

  it("keeps a member's declarations at a joint meeting, from either programme, once each", () => {
    const declaring = hackney.meetings.find((m) => m.declarations.length > 0)!;
    const person = declaring.declarations[0]!.person;
    const joint = (p: Programme, other: string): Programme => ({
      ...p,
      meetings: p.meetings.map((m) => (m.id === declaring.id ? { ...m, jointWith: [other] } : m)),
    });
    const other: Programme = joint(structuredClone(hackney), "cyp");
    other.commission = { ...other.commission, id: "aaa", name: "A Joint Partner Commission", shortName: "AJP" };
    other.meetings = other.meetings.filter((m) => m.id === declaring.id);
    const cyp = programmeFeed(joint(hackney, "aaa"), { now: NOW });
    const partner = programmeFeed(other, { now: NOW });
    const alone = parseFeed(memberCalendar(cyp, person)).events.find((e) => e.uid === eventUid(owner(declaring.id)))!;
    const events = parseFeed(memberCalendar([cyp, partner], person)).events;
    expect(events).toHaveLength(parseFeed(memberCalendar(cyp, person)).events.length);
    const kept = events.find((e) => londonWall(e.startUtc).startsWith(declaring.date))!;
    // The partner's id sorts first: its UID; the same declarations, listed once.
    expect(kept.uid).toBe(eventUid({ commission: "aaa", municipalYear: "2022/23", meeting: declaring.id }));
    const lines = (d: string) => d.split("\n").filter((l) => l.startsWith("- "));
    expect(lines(kept.description)).toEqual(lines(alone.description));
    expect(lines(kept.description).length).toBeGreaterThan(0);
  });

  it("refuses someone who sits on none of the commissions, naming who does", () => {
    expect(() => memberCalendar(feed, "martin-bradford")).toThrow(UnknownPersonError);
    const refused = (() => {
      try {
        return memberCalendar(feed, "martin-bradford");
      } catch (e) {
        return e;
      }
    })();
    expect(isIcalError(refused) && [refused.code, refused.value]).toEqual(["unknown-person", "martin-bradford"]);
    try {
      memberCalendar(feed, "scrutiny-officer");
    } catch (e) {
      expect((e as UnknownPersonError).known).toContain("sophie-conway");
      expect((e as UnknownPersonError).known).not.toContain("scrutiny-officer");
    }
  });
});

describe("the feeds in pieces (calendarChunks), for writing a large feed as it is made", () => {
  it("gives each feed byte for byte, in pieces of whole CRLF-ended lines", () => {
    const cases = [
      [calendarChunks(feed, { kind: "commission" }), commissionCalendar(feed)],
      [calendarChunks(feed, { kind: "deadlines" }), deadlinesCalendar(feed)],
      [calendarChunks(feed, { kind: "member", person: "jo-macleod" }), memberCalendar(feed, "jo-macleod")],
      [
        calendarChunks([], { kind: "commission" }, { name: "Nothing yet" }),
        commissionCalendar([], { name: "Nothing yet" }),
      ],
    ] as const;
    for (const [chunks, whole] of cases) {
      const pieces = [...chunks];
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) expect(piece.endsWith("\r\n")).toBe(true);
      expect(pieces.join("")).toBe(whole);
    }
  });

  it("refuses an unknown member before giving any piece", () => {
    expect(() => calendarChunks(feed, { kind: "member", person: "nobody" })).toThrow(UnknownPersonError);
  });
});
