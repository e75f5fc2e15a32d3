import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, run, tempDir } from "./helpers.js";

const NOW = "2022-06-01T09:00:00Z";

/** A copy of the example in a fresh directory: export writes its state file beside the programme. */
function copyOfExample(): { dir: string; file: string; state: string } {
  const dir = tempDir("scrutineer-export-");
  const file = join(dir, "programme.yaml");
  copyFileSync(example, file);
  return { dir, file, state: join(dir, "programme.ical-state.json") };
}

/** The unfolded content lines of a feed (RFC 5545 §3.1). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** Each VEVENT's properties, by UID. */
function events(ics: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const l of lines(ics)) {
    if (l === "BEGIN:VEVENT") current = [];
    else if (l === "END:VEVENT" && current) {
      out.set(current.find((p) => p.startsWith("UID:"))?.slice(4) ?? "", current);
      current = undefined;
    } else current?.push(l);
  }
  return out;
}

describe("scrutineer export ics", () => {
  it("prints the commission's feed and saves the state beside the programme", async () => {
    const { dir, file, state } = copyOfExample();
    const { code, stdout, stderr } = await run(["export", "ics", file, "--now", NOW], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(events(stdout).size).toBe(8);
    expect(lines(stdout)).toContain("METHOD:PUBLISH");
    expect(
      lines(stdout)
        .filter((l) => l.startsWith("DTSTART;TZID=Europe/London:"))
        .map((l) => l.slice(-6)),
    ).toEqual(Array(8).fill("190000"));
    // The state file is named with what it is for, so the officer keeps it.
    expect(stderr).toBe(
      "wrote programme.ical-state.json (26 events added): keeps calendar sequence numbers; commit it beside the programme\n",
    );
    const saved = JSON.parse(readFileSync(state, "utf8"));
    expect(saved.version).toBe(1);
    expect(saved.events["cyp/2022-23/2022-10"]).toMatchObject({
      start: "2022-10-31T19:00",
      sequence: 0,
      modified: "2022-06-01T09:00:00Z",
    });
  });

  it("gives identical bytes when run again, and leaves the state file alone", async () => {
    const { dir, file, state } = copyOfExample();
    const first = await run(["export", "ics", file, "--now", NOW], { cwd: dir });
    const written = statSync(state).mtimeMs;
    const second = await run(["export", "ics", file], { cwd: dir, now: "2023-03-01T10:00:00Z" });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe("");
    expect(statSync(state).mtimeMs).toBe(written);
  });

  it("keeps a moved meeting's UID and raises its SEQUENCE; keeps a cancelled one, cancelled", async () => {
    const { dir, file } = copyOfExample();
    const before = events((await run(["export", "ics", file, "--now", NOW], { cwd: dir })).stdout);
    const text = readFileSync(file, "utf8")
      .replace("    date: 2022-10-31\n", "    date: 2022-11-07\n    status: moved\n    movedFrom: 2022-10-31\n")
      .replace("    date: 2023-03-20\n", "    date: 2023-03-20\n    status: cancelled\n");
    writeFileSync(file, text);
    const { code, stdout, stderr } = await run(["export", "ics", file, "--now", "2022-09-01T08:00:00Z"], { cwd: dir });
    expect(stderr).toMatch(/^wrote programme\.ical-state\.json \(/);
    expect(code).toBe(0);
    const after = events(stdout);
    expect(new Set(after.keys())).toEqual(new Set(before.keys()));
    const moved = [...after.values()].find((p) => p.includes("DTSTART;TZID=Europe/London:20221107T190000"));
    expect(moved).toContain("SEQUENCE:1");
    expect(moved).toContain("DTSTAMP:20220901T080000Z");
    const cancelled = [...after.values()].find((p) => p.includes("STATUS:CANCELLED"));
    expect(cancelled).toContain("DTSTART;TZID=Europe/London:20230320T190000");
    expect(cancelled).toContain("SEQUENCE:1");
    expect(stderr).toMatch(/^wrote programme\.ical-state\.json \(cyp\/2022-23\/2022-10 moved \(SEQUENCE 1\), /);
    expect(stderr).toContain("cyp/2022-23/2023-03 moved (SEQUENCE 1)");
  });

  it("prints a member's feed with --member, across several programmes", async () => {
    const { dir, file } = copyOfExample();
    const lih = join(dir, "lih", "programme.yaml");
    mkdirSync(join(dir, "lih"));
    writeFileSync(
      lih,
      readFileSync(file, "utf8")
        .replace("  id: cyp\n", "  id: lih\n")
        .replace(
          "  name: Children and Young People Scrutiny Commission\n",
          "  name: Living in Hackney Scrutiny Commission\n",
        ),
    );
    const { code, stdout } = await run(["export", "ics", file, lih, "--member", "sophie-conway", "--now", NOW], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(events(stdout).size).toBe(16);
    expect(lines(stdout)).toContain("X-WR-CALNAME:Cllr Sophie Conway: scrutiny meetings");
    expect(existsSync(join(dir, "lih", "programme.ical-state.json"))).toBe(true);
    // A directory finds both programmes.
    const viaDir = await run(["export", "ics", dir, "--member", "sophie-conway", "--now", NOW], { cwd: dir });
    expect(viaDir.stdout).toBe(stdout);
  });

  it("prints the officers' deadlines as all-day events with --deadlines", async () => {
    const { dir, file } = copyOfExample();
    const { stdout } = await run(["export", "ics", file, "--deadlines", "--now", NOW], { cwd: dir });
    expect(events(stdout).size).toBe(18);
    expect(lines(stdout)).toContain("DTSTART;VALUE=DATE:20220701");
    expect(lines(stdout)).toContain("DTEND;VALUE=DATE:20220702");
    expect(lines(stdout).filter((l) => l.startsWith("RELATED-TO:"))).toHaveLength(18);
  });

  it("writes -o FILE atomically and prints nothing on stdout", async () => {
    const { dir, file } = copyOfExample();
    const { code, stdout, stderr } = await run(["export", "ics", file, "-o", "out/cyp.ics", "--now", NOW], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    // It says what it wrote: the feed, then the state beside the programme and why to keep it.
    expect(stderr.split("\n")).toEqual([
      "wrote out/cyp.ics: 8 events",
      "wrote programme.ical-state.json (26 events added): keeps calendar sequence numbers; commit it beside the programme",
      "",
    ]);
    expect(readFileSync(join(dir, "out/cyp.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it("keeps the state where --state says", async () => {
    const { dir, file } = copyOfExample();
    await run(["export", "ics", file, "--state", "elsewhere/state.json", "--now", NOW], { cwd: dir });
    expect(existsSync(join(dir, "elsewhere/state.json"))).toBe(true);
    expect(existsSync(join(dir, "programme.ical-state.json"))).toBe(false);
  });

  it("refuses bad usage and bad input with exit 2 and a message", async () => {
    const { dir, file, state } = copyOfExample();
    const cases: [string[], RegExp][] = [
      [["export"], /^usage: scrutineer export ics/],
      [["export", "pdf", file], /unknown format "pdf" \(ics, site, ocd or overview\)/],
      [["export", "ics"], /^usage:/],
      [["export", "ics", file, "--member", "x", "--deadlines"], /--member and --deadlines are different feeds/],
      [
        ["export", "ics", file, "--member", "nobody"],
        /^--member nobody: no councillor or co-optee with that id \(known: .*sophie-conway/,
      ],
      [
        ["export", "ics", file, "--now", "yesterday"],
        /^--now yesterday: expected a real date written YYYY-MM-DD or an instant with its offset/,
      ],
      [["export", "ics", "missing.yaml"], /^missing\.yaml: no such file or directory/],
      [["export", "ics", file, "-o", ""], /-o needs a file name/],
      [["export", "ics", file, "--colour"], /Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv, { cwd: dir });
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr, argv.join(" ")).toMatch(message);
    }
    writeFileSync(state, "{ not json");
    const damaged = await run(["export", "ics", file], { cwd: dir });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^programme\.ical-state\.json: not valid JSON/);
    writeFileSync(state, JSON.stringify({ version: 1, events: { x: { sequence: "one" } } }));
    expect((await run(["export", "ics", file], { cwd: dir })).stderr).toMatch(
      /^programme\.ical-state\.json: events\.x\./,
    );
  });

  it("names file, line and column of a broken programme", async () => {
    const { dir, file } = copyOfExample();
    writeFileSync(file, readFileSync(file, "utf8").replace('  start: "19:00"', '  start: "7pm"'));
    const { code, stderr } = await run(["export", "ics", "programme.yaml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^programme\.yaml:\d+:\d+: commission\.start: /);
  });

  it("refuses the same commission and year twice", async () => {
    const { dir, file } = copyOfExample();
    copyFileSync(file, join(dir, "copy.yaml"));
    const { code, stderr } = await run(["export", "ics", dir], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/the cyp commission's 2022\/23 programme is also in/);
  });
});

describe("scrutineer export site", () => {
  it("writes every feed and an index with https and webcal links, then only what changed", async () => {
    const { dir, file } = copyOfExample();
    const first = await run(
      ["export", "site", file, "--out-dir", "site", "--base-url", "https://example.gov.uk/calendars", "--now", NOW],
      { cwd: dir },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      "site/: index.html, 1 commission feed with their deadlines, 16 member feeds (19 files, 19 written)\n",
    );
    const index = readFileSync(join(dir, "site/index.html"), "utf8");
    expect(index).toContain('href="webcal://example.gov.uk/calendars/cyp.ics"');
    expect(index).toContain('href="https://example.gov.uk/calendars/members/jo-macleod.ics"');
    expect(readFileSync(join(dir, "site/cyp-deadlines.ics"), "utf8")).toContain("DTSTART;VALUE=DATE:20220701");
    expect(readFileSync(join(dir, "site/members/jo-macleod.ics"), "utf8")).toContain("BEGIN:VEVENT");
    const mtime = statSync(join(dir, "site/cyp.ics")).mtimeMs;

    const again = await run(
      ["export", "site", dir, "--out-dir", "site", "--base-url", "https://example.gov.uk/calendars"],
      {
        cwd: dir,
      },
    );
    expect(again.stdout).toContain("(19 files, 0 written)");
    expect(statSync(join(dir, "site/cyp.ics")).mtimeMs).toBe(mtime);
  });

  it("refuses a missing --out-dir and a base address that is not http(s)", async () => {
    const { dir, file } = copyOfExample();
    const missing = await run(["export", "site", file], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--out-dir DIR is required/);
    const ftp = await run(["export", "site", file, "--out-dir", "s", "--base-url", "ftp://x/"], { cwd: dir });
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toMatch(/--base-url ftp:\/\/x\/: expected an http or https address/);
  });
});
