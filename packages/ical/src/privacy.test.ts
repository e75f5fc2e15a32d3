import { describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar, memberCalendar } from "./calendars.js";
import { feedSite } from "./feed-site.js";
import { formatState } from "./ical-state.js";
import { programmeFeed } from "./programme-feed.js";
import { example, parseFeed, withMeeting } from "./test-support.js";

// Localism Act 2011 s32: a sensitive interest is declared, but its nature is never published.
// Member feeds are published at public addresses, so the member's own reminder obeys it too.
const SECRET = "Lives at 12 Acacia Avenue";
const OTHER_SECRET = "Partner works for the Council's SEND contractor";

const programme = withMeeting(example(), "2022-11", (m) => ({
  ...m,
  declarations: [
    { ...m.declarations[0]!, nature: SECRET, sensitive: true },
    {
      person: "sophie-conway",
      items: ["send-strategy", "cfs-budget-monitoring-2022"],
      kind: "disclosable-pecuniary",
      sensitive: true,
      nature: OTHER_SECRET,
      publicMaySpeak: false,
    },
  ],
}));
const feed = programmeFeed(programme, { now: "2022-06-01T09:00:00Z" });
// A second committee, so that the site is a council's and carries the council-wide feeds too.
const partner = programmeFeed(
  { ...programme, commission: { ...programme.commission, id: "partner", name: "A Partner Commission" } },
  { now: "2022-06-01T09:00:00Z" },
);

describe("sensitive interests", () => {
  const outputs: [string, string][] = [
    ["commission feed", commissionCalendar(feed)],
    ["deadlines feed", deadlinesCalendar(feed)],
    ["state file", formatState(feed.state)],
    ...feed.sitting.map((id): [string, string] => [`member feed ${id}`, memberCalendar(feed, id)]),
    ...feedSite([feed], { baseUrl: "https://example.gov.uk/calendars/" }).map((f): [string, string] => [
      f.path,
      f.body,
    ]),
    ...feedSite([feed, partner], { baseUrl: "https://example.gov.uk/calendars/" }).map((f): [string, string] => [
      `council site ${f.path}`,
      f.body,
    ]),
  ];

  it("are looked for in the council-wide feeds too", () => {
    expect(outputs.map(([what]) => what)).toEqual(
      expect.arrayContaining(["council site council/meetings.ics", "council site council/deadlines.ics"]),
    );
  });

  it("never appear in any feed, the site or the state file, folded or not", () => {
    for (const [what, text] of outputs) {
      const unfolded = text.replace(/\r\n[ \t]/g, "");
      for (const secret of [SECRET, OTHER_SECRET, "Acacia", "contractor"]) {
        expect(unfolded, `${what} leaks "${secret}"`).not.toContain(secret);
      }
    }
  });

  it("are still declared to the member in their own feed, without their nature", () => {
    const jo = parseFeed(memberCalendar(feed, "jo-macleod")).events.find((e) => e.startDate.startsWith("2022-11-30"));
    expect(jo?.description).toContain(
      "- SEND Strategy: other non-pecuniary interest, a sensitive interest (its nature is not published). You may take part and vote.",
    );
    const sophie = parseFeed(memberCalendar(feed, "sophie-conway")).events.find((e) =>
      e.startDate.startsWith("2022-11-30"),
    );
    expect(sophie?.description).toContain(
      "- SEND Strategy; Children and Families - Budget Monitoring: disclosable pecuniary interest, a sensitive interest (its nature is not published). You must leave the meeting.",
    );
  });
});
