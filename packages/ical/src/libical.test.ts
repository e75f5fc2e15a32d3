import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar, memberCalendar, sittingMembers } from "./calendars.js";
import { feedSite } from "./feed-site.js";
import { programmeFeed } from "./programme-feed.js";
import { example, neathPortTalbot, northYorkshire, withMeeting } from "./test-support.js";

// A third, independent checker: libical's parser and its RFC 5545/5546 restriction check, in a
// small C program compiled here (apt-get install libical-dev; CI installs it). The restriction
// check is what caught the deadlines feed's PUBLISH events without an ORGANIZER (issue 12, 16).
const source = fileURLToPath(new URL("../test/libical_check.c", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "scrutineer-libical-"));
const checker = join(dir, "libical_check");

function build(): boolean {
  const cc = spawnSync("cc", ["--version"], { stdio: "ignore" });
  if (cc.status !== 0) return false;
  const pkg = spawnSync("pkg-config", ["--cflags", "--libs", "libical"], { encoding: "utf8" });
  const flags = pkg.status === 0 ? pkg.stdout.trim().split(/\s+/) : ["-lical"];
  const hasHeader = pkg.status === 0 || existsSync("/usr/include/libical/ical.h");
  if (!hasHeader) return false;
  const compiled = spawnSync("cc", [source, "-o", checker, ...flags], { encoding: "utf8" });
  // The library is there: a compile error is ours, and a failure.
  if (compiled.status !== 0) throw new Error(`libical_check.c does not compile:\n${compiled.stderr}`);
  return true;
}
const available = build();
if (!available) console.warn("libical not found: skipping its validation (apt-get install libical-dev)");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** libical's verdict on each feed: "OK", or its error lines. */
function check(feeds: Record<string, string>): Record<string, string> {
  const paths = Object.entries(feeds).map(([name, text]) => {
    const path = join(dir, `${count++}-${name.replace(/[^a-z0-9-]/gi, "_")}.ics`);
    writeFileSync(path, text);
    return [name, path] as const;
  });
  const out = spawnSync(
    checker,
    paths.map(([, p]) => p),
    { encoding: "utf8" },
  ).stdout;
  const verdicts: Record<string, string> = {};
  for (const [name, path] of paths) {
    const lines = out.split("\n").filter((l) => l.startsWith(`${path}: `));
    verdicts[name] = lines.at(-1) === `${path}: OK` ? "OK" : lines.map((l) => l.slice(path.length + 2)).join("\n");
  }
  return verdicts;
}

const allOk = (feeds: Record<string, string>) => Object.fromEntries(Object.keys(feeds).map((name) => [name, "OK"]));

/** Every feed of a programme feed: the commission's, the deadlines and each member's. */
function everyFeed(feed: ReturnType<typeof programmeFeed>, label: string): Record<string, string> {
  const out: Record<string, string> = {
    [`${label} commission`]: commissionCalendar(feed),
    [`${label} deadlines`]: deadlinesCalendar(feed),
  };
  for (const m of sittingMembers([feed])) out[`${label} member ${m.id}`] = memberCalendar(feed, m.id);
  return out;
}

describe.skipIf(!available)("libical parses every feed and accepts it under RFC 5545 and RFC 5546", () => {
  const first = programmeFeed(example(), { now: "2022-06-01T09:00:00Z" });

  it("the example's feeds: commission, deadlines, every member, and the static site", () => {
    const feeds = everyFeed(first, "2022/23");
    for (const file of feedSite([first], { baseUrl: "https://example.gov.uk/" }))
      if (file.path.endsWith(".ics")) feeds[`site ${file.path}`] = file.body;
    expect(Object.keys(feeds).length).toBeGreaterThan(30);
    expect(check(feeds)).toEqual(allOk(feeds));
    // The deadlines are PUBLISH with an ORGANIZER in each event: the commission's contact.
    const deadlines = deadlinesCalendar(first);
    expect(deadlines).toContain("METHOD:PUBLISH\r\n");
    const events = deadlines.split("BEGIN:VEVENT").length - 1;
    expect(deadlines.split('ORGANIZER;CN="Martin Bradford":mailto:martin.bradford@hackney.gov.uk').length - 1).toBe(
      events,
    );
  });

  it("after changes: a moved, a cancelled, a provisional meeting and one removed (kept, cancelled)", () => {
    let p = withMeeting(example(), "2022-10", (m) => ({
      ...m,
      date: "2022-11-07",
      status: "moved",
      movedFrom: "2022-10-31",
    }));
    p = withMeeting(p, "2023-03", (m) => ({ ...m, status: "cancelled" }));
    p = withMeeting(p, "2023-04", (m) => ({ ...m, dateConfirmed: false }));
    p.meetings = p.meetings.filter((m) => m.id !== "2023-02");
    const next = programmeFeed(p, { now: "2022-09-01T08:00:00Z", previous: first.state });
    expect(next.changes.some((c) => c.kind === "removed")).toBe(true);
    const commission = commissionCalendar(next);
    for (const status of ["STATUS:CONFIRMED", "STATUS:TENTATIVE", "STATUS:CANCELLED"])
      expect(commission).toContain(status);
    const feeds = everyFeed(next, "changed");
    expect(check(feeds)).toEqual(allOk(feeds));
  });

  it("a commission with no contact email: no METHOD (PUBLISH would need an ORGANIZER), and still valid", () => {
    const p = example();
    delete p.commission.contact.email;
    const feed = programmeFeed(p, { now: "2022-06-01T09:00:00Z" });
    const feeds = everyFeed(feed, "no email");
    expect(check(feeds)).toEqual(allOk(feeds));
    expect(commissionCalendar(feed)).not.toContain("METHOD:");
    expect(deadlinesCalendar(feed)).not.toContain("ORGANIZER");
    // A member on two commissions, one with an email and one without: one feed, no METHOD.
    const other = example();
    other.commission.id = "cyp2";
    delete other.commission.contact.email;
    const mixed = memberCalendar([first, programmeFeed(other, { now: "2022-06-01T09:00:00Z" })], "sophie-conway");
    expect(mixed).not.toContain("METHOD:");
    expect(check({ mixed })).toEqual({ mixed: "OK" });
  });

  it("North Yorkshire's feeds: a 10.00 committee, a cancelled meeting, substitutes, and events that are not meetings (the private briefing in members' and officers' own feeds)", () => {
    const feed = programmeFeed(northYorkshire(), { now: "2022-06-01T09:00:00Z" });
    const feeds = everyFeed(feed, "North Yorkshire");
    feeds["North Yorkshire deadlines, with private events"] = deadlinesCalendar(feed, { privateEvents: true });
    for (const m of sittingMembers([feed]))
      feeds[`North Yorkshire member ${m.id}, with private events`] = memberCalendar(feed, m.id, {
        privateEvents: true,
      });
    for (const file of feedSite([feed], { baseUrl: "https://example.gov.uk/" }))
      if (file.path.endsWith(".ics")) feeds[`site ${file.path}`] = file.body;
    // The briefing is there to be checked: in the officers' own feed, not in the public one.
    expect(feeds["North Yorkshire deadlines, with private events"]).toMatch(/briefing/i);
    expect(check(feeds)).toEqual(allOk(feeds));
  });

  it("Neath Port Talbot's feeds: a Welsh hybrid committee at 14.00 and once at 10.00, co-optees' own feeds with their declarations", () => {
    const feed = programmeFeed(neathPortTalbot(), { now: "2022-06-01T09:00:00Z" });
    const feeds = everyFeed(feed, "Neath Port Talbot");
    for (const file of feedSite([feed], { baseUrl: "https://example.gov.uk/" }))
      if (file.path.endsWith(".ics")) feeds[`site ${file.path}`] = file.body;
    const unfold = (ics = "") => ics.replace(/\r\n[ \t]/g, "");
    const committee = unfold(feeds["Neath Port Talbot commission"]);
    expect(committee.split("BEGIN:VEVENT").length - 1).toBe(6);
    expect(committee).toContain("DTSTART;TZID=Europe/London:20220927T100000");
    expect(committee).toContain("DTSTART;TZID=Europe/London:20230125T140000");
    expect(committee).toContain("LOCATION:Multi-Location Meeting - Council Chamber\\, Port Talbot & Microsoft Teams");
    expect(unfold(feeds["Neath Port Talbot member marie-caddick"])).toContain("personal and prejudicial interest");
    expect(check(feeds)).toEqual(allOk(feeds));
  });

  it("and the checker itself fails a PUBLISH event without an ORGANIZER, and a broken DTSTART", () => {
    const feed = commissionCalendar(first);
    const noOrganizer = feed.replace(/ORGANIZER;[^\r]*\r\n/, "");
    const brokenStart = feed.replace("DTSTART;TZID=Europe/London:20220711T190000", "DTSTART;TZID=Europe/London:7pm");
    const verdicts = check({ noOrganizer, brokenStart });
    expect(verdicts.noOrganizer).toMatch(/ORGANIZER property\. Expected 1 instances of the property and got 0/);
    expect(verdicts.brokenStart).toMatch(/Can't parse as DATE-TIME value in DTSTART property/);
  });
});
