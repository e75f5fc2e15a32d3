import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasSamples,
  homeAddressValues,
  moderngovDir,
  sample,
  samplesNote,
} from "../../../packages/moderngov/test/samples.js";
import { run, tempDir } from "./helpers.js";

const args = (out: string) => [
  "import",
  "moderngov",
  "--from",
  moderngovDir ?? "",
  "--committee",
  "144",
  "--year",
  "2025/26",
  "-o",
  out,
];

describe(`scrutineer import moderngov --from the saved Manchester responses${samplesNote}`, () => {
  it.skipIf(!hasSamples)(
    "writes a programme check accepts: cancelled meeting cancelled, London times, decoded titles, no address anywhere",
    async () => {
      const dir = tempDir("scrutineer-import-");
      const out = join(dir, "audit.yaml");
      const report = join(dir, "report.json");
      const first = await run([...args(out), "--report", report]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^wrote .*audit\.yaml\nAudit Committee \(144\), 2025\/26: 2 meetings \(1 cancelled\), 2 agenda items, 1 member\n/,
      );
      const text = readFileSync(out, "utf8");
      expect(text).toContain(
        '  - id: manchester-meeting-4966\n    date: 2026-01-13\n    start: "10:00"\n    status: cancelled\n',
      );
      expect(text).toContain('    plannedEnd: "14:00"\n    venue: Council Antechamber, Level 2, Town Hall Extension\n');
      expect(text).not.toMatch(/&lt;|&amp;|<p|<div/);
      const checked = await run(["check", out, "--json", "--now", "2026-01-05"]);
      expect(checked.code).toBe(0);
      expect(JSON.parse(checked.stdout).ok).toBe(true);
      const notes = JSON.parse(readFileSync(report, "utf8")) as Array<{ code: string }>;
      expect(notes.some((n) => n.code === "not-mapped")).toBe(true);
      const everything = text + first.stdout + first.stderr + readFileSync(report, "utf8");
      expect(homeAddressValues().filter((v) => everything.includes(v))).toEqual([]);
    },
  );

  it.skipIf(!hasSamples)(
    "changes nothing when run twice, and keeps the officer's edits with a dry run showing the diff first",
    async () => {
      const dir = tempDir("scrutineer-import-");
      const out = join(dir, "audit.yaml");
      await run(args(out));
      const text = readFileSync(out, "utf8");
      const again = await run(args(out));
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`${out} unchanged\n`);
      expect(again.stdout).toContain("already up to date with ModernGov");
      expect(readFileSync(out, "utf8")).toBe(text);

      // The officer allots minutes, comments, and moves the February meeting's venue by hand.
      const edited = text
        .replace("    title: Work Programme\n", "    title: Work Programme # every meeting\n    minutes: 10\n")
        .replace(
          "    venue: Council Antechamber, Level 2, Town Hall Extension\n    agenda",
          "    venue: Room 2\n    agenda",
        );
      writeFileSync(out, edited);
      const dry = await run([...args(out), "--dry-run"]);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain("1 change, 0 conflicts");
      expect(dry.stdout).toContain(
        "change: meeting of 2026-02-10 (manchester-meeting-4967): venue Room 2 → Council Antechamber, Level 2, Town Hall Extension",
      );
      expect(dry.stdout).toContain("-    venue: Room 2\n+    venue: Council Antechamber, Level 2, Town Hall Extension");
      expect(dry.stdout).toContain("(dry run: nothing written)");
      expect(readFileSync(out, "utf8")).toBe(edited);
      const merged = await run(args(out));
      expect(merged.stdout).toContain(`updated ${out}`);
      const after = readFileSync(out, "utf8");
      expect(after).toContain("    title: Work Programme # every meeting\n    minutes: 10\n");
      expect(after).toBe(edited.replace("venue: Room 2", "venue: Council Antechamber, Level 2, Town Hall Extension"));
    },
  );
});

describe("scrutineer import moderngov: bad input", () => {
  it("says what is missing, exit 2", async () => {
    expect(await run(["import", "moderngov", "--committee", "1", "--year", "2025/26"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("give --from DIR"),
    });
    expect(await run(["import", "moderngov", "--from", "x", "--committee", "1", "--year", "2025"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--year 2025: expected a municipal year"),
    });
    expect(await run(["import", "legistar"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown source "legistar"'),
    });
  });

  it("names the file, line and column of a malformed response", async () => {
    const dir = tempDir("scrutineer-import-");
    writeFileSync(join(dir, "notes.txt"), "not a response");
    writeFileSync(join(dir, "broken.xml"), "<getmeetings>\n  <committee>\n</getmeetings>\n");
    const r = await run([
      "import",
      "moderngov",
      "--from",
      dir,
      "--site",
      "https://democracy.example.gov.uk",
      "--committee",
      "1",
      "--year",
      "2025/26",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.xml:3:\d+: the response is not well-formed XML/);
  });

  it.skipIf(!hasSamples)("lists the committees when --committee names none", async () => {
    const r = await run([
      "import",
      "moderngov",
      "--from",
      moderngovDir ?? "",
      "--committee",
      "Planning",
      "--year",
      "2025/26",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no committee is called "Planning" (known: 312 Appointment Sub Committee');
  });
});

/**
 * A stand-in ModernGov site on this machine: it replays the saved responses and, per path
 * prefix, fails as real installs do. Nothing here reaches the internet.
 */
describe("scrutineer import moderngov --site: a live import against a local server", () => {
  let server: Server;
  let base = "";
  const seen: Array<{ url: string; agent: string }> = [];
  let flaky = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "";
      seen.push({ url, agent: req.headers["user-agent"] ?? "" });
      const xml = (body: string) => res.writeHead(200, { "content-type": "text/xml; charset=utf-8" }).end(body);
      if (url.startsWith("/html/"))
        return res
          .writeHead(200, { "content-type": "text/html" })
          .end("<!DOCTYPE html><html><body><h1>Runtime Error</h1></body></html>");
      if (url.startsWith("/firewall/")) return res.writeHead(403).end("Forbidden");
      if (url.startsWith("/slow/")) return void setTimeout(() => res.writeHead(200).end("<committees/>"), 2000);
      if (url.startsWith("/away/")) return res.writeHead(302, { location: "https://login.example.org/signin" }).end();
      if (url.startsWith("/moved/")) return res.writeHead(301, { location: url.replace("/moved/", "/site/") }).end();
      if (url.startsWith("/busy/") && flaky++ === 0) return res.writeHead(503, { "retry-after": "0" }).end();
      const op = /mgWebService\.asmx\/(\w+)/.exec(url)?.[1];
      if (!hasSamples || !op) return res.writeHead(404).end();
      if (op === "GetCommittees") return xml(sample("committees.xml"));
      if (op === "GetMeetings") return xml(sample("meetings.xml"));
      if (op === "GetMeeting" && url.includes("lMeetingId=4967")) return xml(sample("meeting_with_minutes.xml"));
      if (op === "GetMeeting")
        return xml(
          "<meeting><meetingid>4966</meetingid><meetingdate>13/01/2026</meetingdate><meetingstatus>Cancelled</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>",
        );
      return res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const live = (path: string, extra: string[] = []) =>
    run([
      "import",
      "moderngov",
      "--site",
      `${base}${path}`,
      "--committee",
      "144",
      "--year",
      "2025/26",
      "--timeout",
      "0.5",
      "--retries",
      "1",
      ...extra,
    ]);

  it.skipIf(!hasSamples)(
    "fetches each call with a polite user agent, caches them, and reads the cache the second time",
    async () => {
      const dir = tempDir("scrutineer-live-");
      const cache = join(dir, "cache");
      const before = seen.length;
      const first = await live("/site", ["--cache", cache, "-o", join(dir, "audit.yaml")]);
      expect(first.stderr).toContain("GetCouncillorsByWard: not used");
      expect(first.code).toBe(0);
      const calls = seen.slice(before);
      expect(calls.map((c) => c.url.replace(/\?.*/, ""))).toEqual([
        "/site/mgWebService.asmx/GetCommittees",
        "/site/mgWebService.asmx/GetMeetings",
        "/site/mgWebService.asmx/GetMeeting",
        "/site/mgWebService.asmx/GetMeeting",
        "/site/mgWebService.asmx/GetCouncillorsByWard",
      ]);
      expect(calls[1]?.url).toContain("lCommitteeId=144&sFromDate=01%2F05%2F2025&sToDate=30%2F04%2F2026");
      expect(calls.every((c) => /^Scrutineer\/\d+\.\d+\.\d+ \(/.test(c.agent))).toBe(true);
      const text = readFileSync(join(dir, "audit.yaml"), "utf8");
      expect(text).toContain("id: 127-0-0-1-meeting-4967");
      expect(existsSync(join(cache, "GetMeeting-meetingId=4967.xml"))).toBe(true);
      const again = await live("/site", ["--cache", cache, "-o", join(dir, "audit.yaml")]);
      expect(again.code).toBe(0);
      expect(seen.length - before).toBe(calls.length + 1); // only the register, which was never cached, is asked again
      expect(again.stdout).toContain("already up to date with ModernGov");
    },
  );

  it.skipIf(!hasSamples)("follows a redirect that stays on the site, and retries a busy one", async () => {
    expect((await live("/moved", ["-o", join(tempDir("scrutineer-live-"), "a.yaml")])).code).toBe(0);
    const busy = await live("/busy", ["-o", join(tempDir("scrutineer-live-"), "b.yaml")]);
    expect(busy.stderr).toContain("GetCommittees: the site answered 503; trying again (1 of 1)");
    expect(busy.code).toBe(0);
  });

  it("explains an HTML page served with status 200", async () => {
    const r = await live("/html");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the site served a web page, not the web service's XML (status 200)");
  });

  it("explains a 403 behind a firewall", async () => {
    const r = await live("/firewall");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("403 Forbidden: the site refuses its web service to this machine");
  });

  it("gives up on slow answers after the retries, saying so", async () => {
    const r = await live("/slow");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no answer within 0.5 s (tried 2 times)");
  });

  it("refuses a redirect off the site", async () => {
    const r = await live("/away");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the site redirected to https://login.example.org/signin, away from its web service");
  });
});

describe("scrutineer import moderngov: data is shown safely", () => {
  it("escapes control characters from the data in everything it prints", async () => {
    const dir = tempDir("scrutineer-import-");
    writeFileSync(
      join(dir, "meetings.xml"),
      "<getmeetings><committee><committeeid>9</committeeid><committeetitle>Audit\u009b31m Committee</committeetitle><committeemeetings><meeting><meetingid>1</meetingid><meetingdate>02/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>6.30 pm</meetingtime></meeting></committeemeetings></committee></getmeetings>",
    );
    const r = await run([
      "import",
      "moderngov",
      "--from",
      dir,
      "--site",
      "https://democracy.example.gov.uk",
      "--committee",
      "9",
      "--year",
      "2025/26",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Audit\\u009b31m Committee (9), 2025/26");
    expect(r.stderr).not.toContain("\u009b");
    // The file format refuses the character (docs/limits.md): the import takes it out and says so.
    expect(r.stderr).toMatch(
      /invisible characters taken out: programme commission\.name = Audit\\+u009b31m Committee: the file format refuses them/,
    );
    expect(r.stdout).toContain("name: Audit31m Committee");
    const unknown = await run([
      "import",
      "moderngov",
      "--from",
      dir,
      "--site",
      "https://democracy.example.gov.uk",
      "--committee",
      "Planning",
      "--year",
      "2025/26",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("9 Audit\\u009b31m Committee");
    expect(unknown.stderr).not.toContain("\u009b");
  });
});

describe("scrutineer import moderngov --jurisdiction and --kind", () => {
  // A Welsh council's saved response: ModernGov says nothing of the law it works under.
  const folder = () => {
    const dir = tempDir("scrutineer-import-");
    writeFileSync(
      join(dir, "meetings.xml"),
      "<getmeetings><committee><committeeid>7</committeeid><committeetitle>Scrutiny Committee</committeetitle><committeemeetings><meeting><meetingid>1</meetingid><meetingdate>02/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>2.00 pm</meetingtime></meeting></committeemeetings></committee></getmeetings>",
    );
    return dir;
  };
  const importArgs = (dir: string, ...more: string[]) => [
    "import",
    "moderngov",
    "--from",
    dir,
    "--site",
    "https://democratiaeth.example.gov.wales",
    "--committee",
    "7",
    "--year",
    "2025/26",
    ...more,
  ];

  it("writes England without the flag and says in the report that it was assumed", async () => {
    const dir = folder();
    const report = join(dir, "report.json");
    const r = await run(importArgs(dir, "--report", report));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  jurisdiction: england\n");
    expect(r.stdout).toContain("  kind: committee\n");
    expect(r.stderr).toContain(
      "filled in: check it: options commission.jurisdiction = england: ModernGov does not say which law the council works under: England assumed",
    );
    const notes = JSON.parse(readFileSync(report, "utf8")) as Array<{ code: string; element?: string }>;
    expect(notes.filter((n) => n.element === "commission.jurisdiction")).toEqual([
      expect.objectContaining({ code: "filled-in", value: "england" }),
    ]);
  });

  it("writes the jurisdiction and kind given, with no note, in a file check accepts", async () => {
    const dir = folder();
    const out = join(dir, "scrutiny.yaml");
    const r = await run(importArgs(dir, "--jurisdiction", "wales", "--kind", "panel", "-o", out));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("commission.jurisdiction");
    const text = readFileSync(out, "utf8");
    expect(text).toContain("  jurisdiction: wales\n");
    expect(text).toContain("  kind: panel\n");
    expect(text).not.toContain("jurisdiction: england");
    const checked = await run(["check", out, "--json", "--now", "2025-05-01"]);
    expect(checked.code).toBe(0);
  });

  it("refuses a jurisdiction or kind it does not know, exit 2, writing nothing", async () => {
    const dir = folder();
    const out = join(dir, "scrutiny.yaml");
    const bad = await run(importArgs(dir, "--jurisdiction", "northern-ireland", "-o", out));
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--jurisdiction northern-ireland: expected england, wales, scotland"),
    });
    const kind = await run(importArgs(dir, "--kind", "council", "-o", out));
    expect(kind).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--kind council: expected commission, committee, panel, board, sub-committee"),
    });
    expect(existsSync(out)).toBe(false);
  });
});
