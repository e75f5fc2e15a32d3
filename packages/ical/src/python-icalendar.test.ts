import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { commissionCalendar, deadlinesCalendar, memberCalendar } from "./calendars.js";
import { programmeFeed } from "./programme-feed.js";
import { example } from "./test-support.js";

// A second, independent parser: python-icalendar from Debian (apt-get install python3-icalendar;
// CI installs it). Debian's interpreter first: a pyenv or venv python3 may not see Debian's packages.
const script = fileURLToPath(new URL("../test/validate_ics.py", import.meta.url));
const python = ["/usr/bin/python3", "python3"].find(
  (bin) => spawnSync(bin, ["-c", "import icalendar"], { stdio: "ignore" }).status === 0,
);
if (!python) {
  console.warn("python-icalendar not found: skipping its validation (apt-get install python3-icalendar)");
}

interface Report {
  file: string;
  errors: string[];
  events: { uid: string; start: string; status: string; allDay: boolean }[];
  method: string;
  timezones: string[];
}

describe.skipIf(!python)("python-icalendar accepts every feed", () => {
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-ical-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const feed = programmeFeed(example(), { now: "2022-06-01T09:00:00Z" });
  const files = {
    commission: commissionCalendar(feed),
    deadlines: deadlinesCalendar(feed),
    member: memberCalendar(feed, "sophie-conway"),
  };

  it("with no errors, METHOD:PUBLISH, one Europe/London VTIMEZONE, and 19:00 London for every meeting", () => {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, `${name}.ics`);
      writeFileSync(path, text);
      return path;
    });
    const out = execFileSync(python as string, [script, ...paths], { encoding: "utf8" });
    const reports = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Report);
    expect(reports).toHaveLength(3);
    for (const r of reports) {
      expect(r.errors, r.file).toEqual([]);
      expect(r.method).toBe("PUBLISH");
      expect(r.timezones).toEqual(["Europe/London"]);
    }
    const [commission, deadlines, member] = reports as [Report, Report, Report];
    expect(commission.events.map((e) => e.start)).toEqual([
      "2022-07-11 19:00",
      "2022-09-29 19:00",
      "2022-10-31 19:00",
      "2022-11-30 19:00",
      "2023-01-16 19:00",
      "2023-02-27 19:00",
      "2023-03-20 19:00",
      "2023-04-17 19:00",
    ]);
    expect(member.events.map((e) => e.start)).toEqual(commission.events.map((e) => e.start));
    expect(deadlines.events.every((e) => e.allDay)).toBe(true);
    expect(deadlines.events.map((e) => e.start)).toContain("2022-07-01");
  });

  it("and the validator itself fails a broken feed", () => {
    const path = join(dir, "broken.ics");
    writeFileSync(path, files.commission.replace("DTSTART;TZID=Europe/London:20220711T190000", "DTSTART:2022-07-11"));
    const result = spawnSync(python as string, [script, path], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("errors");
  });
});
