import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Known trap: dates handed to ical-generator as native `Date`s read in the machine's zone give a
// different feed on a server in New York or Tokyo. Every feed is generated here in child
// processes under four TZ values (two of them never in step with London) and must be the same bytes.
const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

function feedsUnder(tz: string): string {
  return execFileSync(tsx, ["--tsconfig", "test/tsconfig.json", "test/print-feeds.ts"], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("feeds are the same bytes whatever the machine's time zone", () => {
  it("under TZ=UTC, Europe/London, America/New_York and Asia/Tokyo", () => {
    const zones = ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo"];
    const outputs = zones.map(feedsUnder);
    const reference = outputs[0] ?? "";
    const feeds = JSON.parse(reference) as Record<string, string>;
    expect(feeds.commission).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feeds.moved).toContain("DTSTART;TZID=Europe/London:20221027T190000");
    outputs.forEach((out, i) => {
      expect(out, `TZ=${zones[i]}`).toBe(reference);
    });
  }, 120_000);
});
