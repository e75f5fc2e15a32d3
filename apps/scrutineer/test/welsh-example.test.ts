import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOf, repoRoot, run } from "./helpers.js";

/**
 * The third bundled example end to end, as an officer runs it: Neath Port Talbot's Education,
 * Skills and Wellbeing Scrutiny Committee 2022/23, a Welsh committee meeting as a hybrid
 * (multi-location) meeting. Every command the README's main job runs, and the feeds and the site.
 */
const neathPortTalbot = join(repoRoot, "examples/neath-port-talbot-education-2022-23/programme.yaml");
const NOW = "2022-11-10T09:00:00Z";

const copy = () => copyOf(neathPortTalbot, "scrutineer-welsh-");

describe("the Neath Port Talbot example, end to end", () => {
  it("check: no errors; the prejudicial interest of 24 November 2022 noted", async () => {
    const { dir, file } = copy();
    const r = await run(["check", file, "--now", NOW], { cwd: dir, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("6 meetings, 9 items: 0 errors");
    expect(r.stdout).toContain("Marie Caddick must leave the meeting. A personal and prejudicial interest");
  });

  it("deadlines: three clear working days before each meeting, citing the Welsh section", async () => {
    const { dir, file } = copy();
    const r = await run(["deadlines", file, "--now", NOW], { cwd: dir, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Thu 24 Nov 2022 +Tue 15 Nov 2022 +Fri 18 Nov 2022/);
    expect(r.stdout).toMatch(/Wed 25 Jan 2023 +Mon 16 Jan 2023 +Thu 19 Jan 2023/);
    expect(r.stdout).toContain("3 clear working days before the meeting (LGA 1972 s100BA)");
  });

  it("agenda: the Committee's front sheet, its order of business and the Welsh kinds of interest", async () => {
    const { dir, file } = copy();
    const r = await run(["agenda", file, "--meeting", "2022-11-24", "--format", "md", "--now", NOW], {
      cwd: dir,
      now: NOW,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("the meeting of the Committee to be held as follows:");
    expect(r.stdout).toContain("**Venue:** Port Talbot Civic Centre / Remotely - Hybrid");
    expect(r.stdout).toContain("1. Chair's Announcements");
    expect(r.stdout).toContain("Personal and prejudicial interest");
    expect(r.stdout).not.toContain("pecuniary");
  });

  it("interests: remote members would be present (s47); the minutes' present list is not placed in the room", async () => {
    const { dir, file } = copy();
    const r = await run(["interests", file, "--meeting", "2022-11-24"], { cwd: dir, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Present (not recorded as remote) (5)");
    expect(r.stdout).toContain("Remote (0), present: counted for quorum and may vote (LG&E(W)A 2021 s47)");
    expect(r.stdout).toContain("quorate, 4 may vote");
  });

  it("export ics and export site: six meetings, a feed for each of the sixteen people named", async () => {
    const { dir, file } = copy();
    const feed = await run(["export", "ics", file, "--now", NOW], { cwd: dir, now: NOW });
    expect(feed.code, feed.stderr).toBe(0);
    expect(feed.stdout.split("BEGIN:VEVENT").length - 1).toBe(6);
    const out = join(dir, "site");
    const site = await run(["export", "site", file, "--out-dir", out, "--now", NOW], { cwd: dir, now: NOW });
    expect(site.code, site.stderr).toBe(0);
    expect(readdirSync(join(out, "members"))).toHaveLength(16);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain(
      "Education, Skills and Wellbeing Scrutiny Committee",
    );
  });
});
