// Prints every feed of the example programme as JSON, for tz-independence.test.ts to compare
// between child processes started under different TZ values. Run with:
//   tsx --tsconfig test/tsconfig.json test/print-feeds.ts
import { readFileSync } from "node:fs";
import { parseProgramme } from "@scrutineer/model";
import { commissionCalendar, deadlinesCalendar, feedSite, memberCalendar, programmeFeed } from "../src/index.js";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
const result = parseProgramme(source);
if (!result.ok) throw new Error("the example does not parse");
const first = programmeFeed(result.programme, { now: "2022-06-01T09:00:00Z" });
// A later export in which the October meeting (the day after the clock change) moved into BST.
const moved = structuredClone(result.programme);
moved.meetings = moved.meetings.map((m) =>
  m.id === "2022-10" ? { ...m, date: "2022-10-27", status: "moved" as const, movedFrom: "2022-10-31" } : m,
);
const next = programmeFeed(moved, { now: "2022-10-01T12:00:00Z", previous: first.state });
process.stdout.write(
  JSON.stringify({
    commission: commissionCalendar(first),
    deadlines: deadlinesCalendar(first),
    member: memberCalendar(first, "jo-macleod"),
    moved: commissionCalendar(next),
    site: feedSite([next], { baseUrl: "https://example.gov.uk/" }),
  }),
);
