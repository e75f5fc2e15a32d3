import { TZDate } from "@date-fns/tz";
import type { Programme } from "@scrutineer/model";
import { ICalCalendar } from "ical-generator";
import { describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar, memberCalendar } from "./calendars.js";
import { DuplicateEventError, isIcalError } from "./errors.js";
import type { FeedEvent } from "./feed-event.js";
import { programmeFeed } from "./programme-feed.js";
import { renderCalendar } from "./render-calendar.js";
import { example, framingProblems, londonWall, parseFeed, unescapeText, unfold } from "./test-support.js";

const NOW = "2022-06-01T09:00:00Z";

/** The example with text that breaks naive iCalendar writers: `;`, `,`, newlines, non-ASCII, quotes, long lines. */
function tricky(): Programme {
  const p = example();
  p.commission.name = "Children; Young, People\nCafé ☕ Zoë — “Scrutiny”";
  p.commission.shortName = "CYP;1";
  p.commission.venue = "Room 1, Town Hall; Mare St\\E8";
  p.commission.livestream = "https://example.org/live?a=1,2;b=3";
  p.commission.contact = { ...p.commission.contact, name: 'Martin "Marty" Bradford\\' };
  const item = p.items.find((i) => i.id === "school-admissions-2022");
  if (item) item.title = "Budget; cuts, and\nreview of Ærø’s 🏫 schools ".repeat(3).trim();
  return p;
}

function event(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    key: "cyp/2022-23/m1",
    uid: "00000000-0000-5000-8000-000000000001",
    kind: "meeting",
    owner: { commission: "cyp", municipalYear: "2022/23", meeting: "m1" },
    summary: "Meeting",
    start: "2022-10-31T19:00",
    end: "2022-10-31T22:00",
    allDay: false,
    description: "",
    status: "CONFIRMED",
    transparent: false,
    declarations: [],
    sequence: 0,
    created: NOW,
    modified: NOW,
    removed: false,
    ...overrides,
  };
}

describe("text from the programme", () => {
  const p = tricky();
  const feed = programmeFeed(p, { now: NOW });
  const text = commissionCalendar(feed);
  const parsed = parseFeed(text);

  it("is escaped in SUMMARY, LOCATION and DESCRIPTION and reads back unchanged", () => {
    expect(framingProblems(text)).toEqual([]);
    const july = parsed.events.find((e) => londonWall(e.startUtc).startsWith("2022-07-11"));
    expect(july?.summary).toBe("Children; Young, People Café ☕ Zoë — “Scrutiny”");
    expect(july?.location).toBe("Room 1, Town Hall; Mare St\\E8");
    expect(july?.description).toContain(
      "4. Budget; cuts, and review of Ærø’s 🏫 schools Budget; cuts, and review of Ærø’s 🏫 schools Budget; cuts, and review of Ærø’s 🏫 schools (19:05)",
    );
    expect(july?.description.split("\n")[0]).toBe(
      "Children; Young, People Café ☕ Zoë — “Scrutiny”, London Borough of Hackney",
    );
    expect(unfold(text)).toContain("LOCATION:Room 1\\, Town Hall\\; Mare St\\\\E8");
  });

  it("is escaped in the calendar's NAME, X-WR-CALNAME and descriptions, which ical-generator writes raw", () => {
    const lines = unfold(text);
    expect(lines).toContain("NAME:Children\\; Young\\, People Café ☕ Zoë — “Scrutiny”");
    expect(lines).toContain("X-WR-CALNAME:Children\\; Young\\, People Café ☕ Zoë — “Scrutiny”");
    // ical.js keeps X- properties raw; RFC 5545 §3.8.8.2 makes them TEXT, so they are escaped like NAME.
    expect(unescapeText(parsed.props["X-WR-CALNAME"] ?? "")).toBe("Children; Young, People Café ☕ Zoë — “Scrutiny”");
    expect(unescapeText(parsed.props["X-WR-CALDESC"] ?? "")).toContain("Meetings of the Children; Young, People Café");
    // The trap itself: stock ical-generator writes the newline raw, and a parser that accepts a
    // bare LF as a line end (most do) reads a second property.
    const stock = new ICalCalendar({ name: "A\nMETHOD:REQUEST" }).toString();
    expect(stock.split(/\r?\n/)).toContain("METHOD:REQUEST");
    const ours = renderCalendar([], { name: "A\nMETHOD:REQUEST", description: "x;y" });
    expect(unfold(ours)).not.toContain("METHOD:REQUEST");
    expect(unfold(ours)).toContain("NAME:A\\nMETHOD:REQUEST");
  });

  it("keeps URLs as URIs: never backslash-escaped (commas and semicolons percent-encoded)", () => {
    expect(unfold(text)).toContain("URL;VALUE=URI:https://example.org/live?a=1%2C2%3Bb=3");
    expect(text).not.toMatch(/URL;VALUE=URI:[^\r]*\\/);
    expect(parsed.events[0]?.url).toBe("https://example.org/live?a=1%2C2%3Bb=3");
    // The same query to a web server: `a` is "1,2;b=3" either way.
    expect(new URL(parsed.events[0]?.url ?? "").searchParams.get("a")).toBe(
      new URL("https://example.org/live?a=1,2;b=3").searchParams.get("a"),
    );
  });

  it("writes the organizer's name as a quoted parameter without quotes or backslashes inside", () => {
    expect(unfold(text)).toContain("ORGANIZER;CN=\"Martin 'Marty' Bradford/\":mailto:martin.bradford@hackney.gov.uk");
  });

  it("folds long non-ASCII lines at 75 octets without splitting a character", () => {
    const physical = text.split("\r\n");
    for (const line of physical) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(physical.some((l) => l.startsWith(" ") && /[☕🏫Ærø]/u.test(l))).toBe(true);
  });

  it("holds in the deadlines and member feeds too", () => {
    for (const t of [deadlinesCalendar(feed), memberCalendar(feed, "sophie-conway")]) {
      expect(framingProblems(t)).toEqual([]);
      expect(parseFeed(t).events.length).toBeGreaterThan(0);
      expect(unfold(t).find((l) => l.startsWith("NAME:"))).toMatch(/^NAME:[^,;]*(\\[,;][^,;]*)*$/);
    }
    expect(unescapeText(parseFeed(deadlinesCalendar(feed)).props["X-WR-CALNAME"] ?? "")).toBe(
      "CYP;1 officers' deadlines",
    );
  });
});

describe("ical-generator's traps, each worked around", () => {
  it("writes DTSTAMP, CREATED and LAST-MODIFIED in UTC with Z, which a calendar-level zone would break", () => {
    const stock = new ICalCalendar({ timezone: "Europe/London" });
    const stamp = new TZDate(Date.UTC(2022, 6, 1, 9), "UTC");
    stock.createEvent({ id: "x", start: stamp, stamp, lastModified: stamp });
    // The trap: local time without Z.
    expect(unfold(stock.toString())).toContain("DTSTAMP:20220701T100000");
    const ours = renderCalendar([event({ created: "2022-07-01T09:00:00Z", modified: "2022-07-01T09:00:00Z" })], {
      name: "x",
      description: "y",
    });
    for (const p of ["DTSTAMP", "CREATED", "LAST-MODIFIED"]) expect(unfold(ours)).toContain(`${p}:20220701T090000Z`);
  });

  it("ends with CRLF after END:VCALENDAR, which stock toString() omits", () => {
    expect(new ICalCalendar().toString().endsWith("END:VCALENDAR")).toBe(true);
    expect(renderCalendar([], { name: "x", description: "y" }).endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("publishes (METHOD:PUBLISH), never REQUEST or CANCEL, even for a cancelled event", () => {
    const organizer = { name: "Martin Bradford", email: "martin.bradford@hackney.gov.uk" };
    const ours = renderCalendar([event({ status: "CANCELLED", organizer })], { name: "x", description: "y" });
    expect(unfold(ours).filter((l) => l.startsWith("METHOD"))).toEqual(["METHOD:PUBLISH"]);
    expect(ours).not.toMatch(/METHOD:(REQUEST|CANCEL)/);
  });

  it("writes no METHOD when an event has no organizer: PUBLISH requires one in every event (RFC 5546 §3.2.1)", () => {
    const organizer = { name: "Martin Bradford", email: "martin.bradford@hackney.gov.uk" };
    const two = [event({ organizer }), event({ key: "cyp/2022-23/m2", uid: "00000000-0000-5000-8000-000000000002" })];
    const ours = renderCalendar(two, { name: "x", description: "y" });
    expect(unfold(ours).filter((l) => l.startsWith("METHOD"))).toEqual([]);
    expect(unfold(renderCalendar([], { name: "x", description: "y" }))).toContain("METHOD:PUBLISH");
  });

  it("writes all-day events as VALUE=DATE with DTEND the next day, also in summer (23:00 UTC the day before)", () => {
    const ours = renderCalendar([event({ allDay: true, start: "2022-07-01", end: "2022-07-02" })], {
      name: "x",
      description: "y",
    });
    const lines = unfold(ours.slice(ours.indexOf("BEGIN:VEVENT")));
    expect(lines).toContain("DTSTART;VALUE=DATE:20220701");
    expect(lines).toContain("DTEND;VALUE=DATE:20220702");
  });

  it("adds RELATED-TO, which ical-generator lacks, inside the event", () => {
    const ours = renderCalendar([event({ relatedTo: "00000000-0000-5000-8000-000000000002" })], {
      name: "x",
      description: "y",
    });
    expect(parseFeed(ours).events[0]?.relatedTo).toBe("00000000-0000-5000-8000-000000000002");
    expect(ours).toMatch(/RELATED-TO:00000000-0000-5000-8000-000000000002\r\nEND:VEVENT\r\n/);
  });

  it("writes the same bytes whatever order the events come in", () => {
    const a = event();
    const b = event({ key: "cyp/2022-23/m0", uid: "00000000-0000-5000-8000-000000000000", start: "2022-07-11T19:00" });
    const c = event({ key: "cyp/2022-23/m2", uid: "00000000-0000-5000-8000-000000000003" });
    const text = { name: "x", description: "y" };
    expect(renderCalendar([a, b, c], text)).toBe(renderCalendar([c, a, b], text));
  });

  it("refuses two events with one UID (the same programme loaded twice)", () => {
    expect(() => renderCalendar([event(), event()], { name: "x", description: "y" })).toThrow(DuplicateEventError);
    const refused = (() => {
      try {
        return renderCalendar([event(), event()], { name: "x", description: "y" });
      } catch (e) {
        return e;
      }
    })();
    expect(isIcalError(refused) && [refused.code, refused.value]).toEqual(["duplicate-event", event().key]);
  });

  it("writes wall-clock times either side of the clock change of 30 Oct 2022", () => {
    const ours = renderCalendar(
      [
        event({ start: "2022-10-30T01:30", end: "2022-10-30T02:30" }),
        event({
          key: "k2",
          uid: "00000000-0000-5000-8000-000000000009",
          start: "2022-10-30T19:00",
          end: "2022-10-30T22:00",
        }),
      ],
      { name: "x", description: "y" },
    );
    // 01:30 happens twice that night; RFC 5545 §3.3.5 reads the local time as the first (BST).
    // (ical.js takes the second: the feed can only say the wall time.)
    expect(unfold(ours)).toContain("DTSTART;TZID=Europe/London:20221030T013000");
    const [, evening] = parseFeed(ours).events;
    expect(evening?.startUtc).toBe(Date.UTC(2022, 9, 30, 19, 0));
  });
});
