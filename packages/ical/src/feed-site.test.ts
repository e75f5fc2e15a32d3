import type { Programme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { commissionCalendar } from "./calendars.js";
import { feedSite, HTML_TYPE, ICS_TYPE } from "./feed-site.js";
import { programmeFeed } from "./programme-feed.js";
import { example, framingProblems, parseFeed, withMeeting } from "./test-support.js";

const NOW = "2022-06-01T09:00:00Z";
const hackney = example();
const feed = programmeFeed(hackney, { now: NOW });

/** The next year's programme of the same commission, as an officer would copy it forward. */
function nextYear(): Programme {
  const p = structuredClone(hackney);
  p.commission.municipalYear = "2023/24";
  p.meetings = p.meetings.map((m) => ({
    ...m,
    date: `${Number(m.date.slice(0, 4)) + 1}${m.date.slice(4)}`,
    papersDeadline: undefined,
    dispatch: undefined,
    movedFrom: undefined,
  }));
  return p;
}

describe("feedSite", () => {
  const files = feedSite([feed], { baseUrl: "https://example.gov.uk/calendars" });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const index = byPath.get("index.html")?.body ?? "";

  it("has a feed per commission, per commission's deadlines and per councillor or co-optee, and an index", () => {
    const people = [...hackney.members, ...hackney.coOptees].map((p) => `members/${p.id}.ics`);
    expect(files.map((f) => f.path).sort()).toEqual(["cyp-deadlines.ics", "cyp.ics", "index.html", ...people].sort());
    for (const f of files) {
      expect(f.contentType).toBe(f.path.endsWith(".ics") ? ICS_TYPE : HTML_TYPE);
      expect(f.modified).toBe(NOW);
      if (f.path.endsWith(".ics")) {
        expect(framingProblems(f.body)).toEqual([]);
        expect(parseFeed(f.body).events.length).toBeGreaterThan(0);
      }
    }
    expect(byPath.get("cyp.ics")?.body).toBe(commissionCalendar(feed));
  });

  it("links every feed over https and webcal from an accessible index", () => {
    expect(index).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(index.match(/<h1>/g)).toHaveLength(1);
    expect(index).toContain("<title>Scrutiny meeting calendars – London Borough of Hackney</title>");
    expect(index).toContain('href="webcal://example.gov.uk/calendars/cyp.ics"');
    expect(index).toContain('href="https://example.gov.uk/calendars/cyp.ics"');
    expect(index).toContain('href="webcal://example.gov.uk/calendars/members/jo-macleod.ics"');
    expect(index).toContain('<th scope="row">Jo Macleod</th><td>CYP</td>');
    // Every https link is a file of the site; every file but the index is linked.
    const linked = [...index.matchAll(/href="https:\/\/example\.gov\.uk\/calendars\/([^"]+)"/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual(files.map((f) => f.path).filter((p) => p !== "index.html"));
    // Each link's accessible name includes its visible text (WCAG 2.5.3) and says which calendar it is.
    expect(index).toContain(
      '<a href="https://example.gov.uk/calendars/cyp.ics"><span class="visually-hidden">Feed address for Children and Young People Scrutiny Commission meetings: </span><code>https://example.gov.uk/calendars/cyp.ics</code></a>',
    );
    expect(index).toContain(
      '<a class="subscribe" href="webcal://example.gov.uk/calendars/members/sophie-conway.ics">Subscribe<span class="visually-hidden"> to Cllr Sophie Conway\'s meetings</span></a>',
    );
  });

  it("without a base address, links relatively and offers no webcal links", () => {
    const plain = feedSite([feed]).find((f) => f.path === "index.html")?.body ?? "";
    expect(plain).not.toContain("webcal:");
    expect(plain).toContain('href="members/jo-macleod.ics"');
  });

  it("escapes names in the HTML", () => {
    const p = structuredClone(hackney);
    p.members[0]!.name = 'Cllr <script>alert("x")</script> & Co';
    const html = feedSite([programmeFeed(p, { now: NOW })]).find((f) => f.path === "index.html")?.body ?? "";
    expect(html).not.toContain("<script>");
    expect(html).toContain("Cllr &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
  });

  it("joins a commission's municipal years into one subscription that outlives the year", () => {
    const both = feedSite([programmeFeed(nextYear(), { now: NOW }), feed]);
    const cyp = parseFeed(both.find((f) => f.path === "cyp.ics")?.body ?? "");
    expect(cyp.events).toHaveLength(2 * hackney.meetings.length);
    expect(new Set(cyp.events.map((e) => e.uid)).size).toBe(2 * hackney.meetings.length);
    expect(both.find((f) => f.path === "index.html")?.body).toContain("London Borough of Hackney · 2022/23, 2023/24");
    // In the order given or reversed: the same site.
    expect(feedSite([feed, programmeFeed(nextYear(), { now: NOW })])).toEqual(both);
  });

  it("dates each file by the latest change it shows", () => {
    const later = programmeFeed(
      withMeeting(hackney, "2023-03", (m) => ({ ...m, status: "cancelled" })),
      { now: "2022-12-01T10:00:00Z", previous: feed.state },
    );
    const site = new Map(feedSite([later]).map((f) => [f.path, f.modified]));
    expect(site.get("cyp.ics")).toBe("2022-12-01T10:00:00Z");
    expect(site.get("cyp-deadlines.ics")).toBe("2022-12-01T10:00:00Z");
    expect(site.get("members/jo-macleod.ics")).toBe("2022-12-01T10:00:00Z");
    expect(site.get("index.html")).toBe("2022-12-01T10:00:00Z");
  });

  it("refuses a base address that is not http(s)", () => {
    expect(() => feedSite([feed], { baseUrl: "ftp://example.gov.uk/" })).toThrow(RangeError);
  });
});

describe("feedSite's documents", () => {
  it("links each document from the index, escaped and by its published address, without adding a file", () => {
    const documents = [{ path: "overview.html", title: "Council overview <2022/23>" }];
    const files = feedSite([feed], { baseUrl: "https://example.gov.uk/calendars", documents });
    const index = files.find((f) => f.path === "index.html")?.body ?? "";
    expect(index).toContain(
      '<h2 id="documents">Documents</h2>\n<ul>\n<li><a href="https://example.gov.uk/calendars/overview.html">Council overview &lt;2022/23&gt;</a></li>\n</ul>',
    );
    expect(files.map((f) => f.path)).not.toContain("overview.html");
    expect(feedSite([feed]).find((f) => f.path === "index.html")?.body).not.toContain("Documents");
  });
});

describe("a council's site (more than one committee)", () => {
  // Living in Hackney holding the 16 January 2023 meeting jointly with CYP, written in both
  // programmes with the same id and date, each naming the other (docs/council-wide.md).
  const joint = (p: Programme, other: string): Programme => ({
    ...p,
    meetings: p.meetings.map((m) => (m.id === "2023-01" ? { ...m, jointWith: [other] } : m)),
  });
  const lih = joint(structuredClone(hackney), "cyp");
  lih.commission = { ...lih.commission, id: "lih", name: "Living in Hackney Scrutiny Commission", shortName: "LiH" };
  lih.meetings = lih.meetings.filter((m) => m.id === "2023-01" || m.id === "2022-09");
  lih.meetings = lih.meetings.map((m) => (m.id === "2022-09" ? { ...m, id: "lih-2022-09", date: "2022-09-14" } : m));
  const feeds = [programmeFeed(joint(hackney, "lih"), { now: NOW }), programmeFeed(lih, { now: NOW })];
  const files = feedSite(feeds, { baseUrl: "https://example.gov.uk/calendars" });
  const byPath = new Map(files.map((f) => [f.path, f]));

  it("has every committee's meetings in one feed, a joint meeting once", () => {
    const all = parseFeed(byPath.get("council/meetings.ics")!.body);
    // CYP's meetings, and LiH's one meeting of its own: the joint one is not counted twice.
    expect(all.events).toHaveLength(hackney.meetings.length + 1);
    expect(new Set(all.events.map((e) => e.uid)).size).toBe(all.events.length);
    expect(all.props["X-WR-CALNAME"]).toBe("London Borough of Hackney: every scrutiny meeting");
    expect(framingProblems(byPath.get("council/meetings.ics")!.body)).toEqual([]);
  });

  it("has every committee's officers' deadlines in one feed, a joint meeting's once", () => {
    const all = parseFeed(byPath.get("council/deadlines.ics")!.body).events;
    const cyp = parseFeed(byPath.get("cyp-deadlines.ics")!.body).events;
    const lihOwn = parseFeed(byPath.get("lih-deadlines.ics")!.body).events;
    // LiH's deadlines for the joint meeting are CYP's too (the same papers, the same dispatch).
    const jointDeadlines = feeds[1]!.deadlines.filter((e) => e.owner.meeting === "2023-01");
    expect(jointDeadlines.length).toBeGreaterThan(0);
    expect(all).toHaveLength(cyp.length + lihOwn.length - jointDeadlines.length);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });

  it("links both from the index; a one-committee site has neither", () => {
    const index = byPath.get("index.html")!.body;
    expect(index).toContain("https://example.gov.uk/calendars/council/meetings.ics");
    expect(index).toContain("https://example.gov.uk/calendars/council/deadlines.ics");
    expect(feedSite([feed]).some((f) => f.path.startsWith("council/"))).toBe(false);
  });
});
