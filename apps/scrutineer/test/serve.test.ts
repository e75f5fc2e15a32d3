import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FeedServer, matchesEtag, startFeedServer } from "../src/io/feed-server.js";
import { example, repoRoot, run, tempDir } from "./helpers.js";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given (no URL normalisation, unlike fetch). */
function get(server: FeedServer, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const NOW = "2022-06-01T09:00:00Z";
let open: FeedServer | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function serveCopy(options: { recheckMs?: number; clock?: () => number } = {}) {
  const dir = tempDir("scrutineer-serve-");
  const file = join(dir, "programme.yaml");
  copyFileSync(example, file);
  const log: string[] = [];
  const warnings: string[] = [];
  let now = NOW;
  const server = await startFeedServer({
    paths: [file],
    cwd: dir,
    host: "127.0.0.1",
    port: 0,
    now: () => now,
    log: (lines) => log.push(...lines.split("\n")),
    warn: (l) => warnings.push(l),
    recheckMs: options.recheckMs ?? 60_000,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  open = server;
  return { dir, file, server, log, warnings, setNow: (n: string) => (now = n) };
}

describe("scrutineer serve: the feed server", () => {
  it("serves each feed as text/calendar with ETag, Last-Modified and Cache-Control", async () => {
    const { server } = await serveCopy();
    const r = await get(server, "/cyp.ics");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(r.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    // From the data (the state's change time), not from the moment the server started.
    expect(r.headers["last-modified"]).toBe("Wed, 01 Jun 2022 09:00:00 GMT");
    expect(r.headers["cache-control"]).toBe("public, max-age=300");
    expect(Number(r.headers["content-length"])).toBe(Buffer.byteLength(r.body));
    expect(r.body).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    const paths = server.paths();
    expect(paths).toContain("/cyp-deadlines.ics");
    expect(paths).toContain("/members/jo-macleod.ics");
    const index = await get(server, "/");
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.body).toContain(`href="webcal://127.0.0.1:${server.port}/cyp.ics"`);
  });

  it("answers 304 to If-None-Match with the ETag, and to If-Modified-Since", async () => {
    const { server } = await serveCopy();
    const first = await get(server, "/members/jo-macleod.ics");
    const etag = String(first.headers.etag);
    const again = await get(server, "/members/jo-macleod.ics", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(etag);
    expect((await get(server, "/members/jo-macleod.ics", { "If-None-Match": `"x", W/${etag}` })).status).toBe(304);
    expect((await get(server, "/members/jo-macleod.ics", { "If-None-Match": '"other"' })).status).toBe(200);
    const lm = String(first.headers["last-modified"]);
    expect((await get(server, "/members/jo-macleod.ics", { "If-Modified-Since": lm })).status).toBe(304);
    expect(
      (await get(server, "/members/jo-macleod.ics", { "If-Modified-Since": "Tue, 31 May 2022 09:00:00 GMT" })).status,
    ).toBe(200);
    // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
    expect(
      (await get(server, "/members/jo-macleod.ics", { "If-None-Match": '"other"', "If-Modified-Since": lm })).status,
    ).toBe(200);
    expect((await get(server, "/members/jo-macleod.ics", { "If-Modified-Since": "not a date" })).status).toBe(200);
  });

  it("ignores an If-Modified-Since that is not an HTTP-date, or is later than now (RFC 9110 §13.1.3)", async () => {
    const { server } = await serveCopy();
    const path = "/members/jo-macleod.ics";
    const lm = String((await get(server, path)).headers["last-modified"]);
    const modified = Date.parse(lm);
    // Not HTTP-dates, though Date.parse takes them: each would have meant "not modified" until 2030.
    for (const since of ["2030", "2030-01-01", "2030-01-01T00:00:00Z", "Tue, 01 Jan 2030 00:00:00 +0000"])
      expect((await get(server, path, { "If-Modified-Since": since })).status, since).toBe(200);
    // A real HTTP-date, but in the future: the client's clock is wrong, so it proves nothing.
    const tomorrow = new Date(Date.now() + 86_400_000).toUTCString();
    expect((await get(server, path, { "If-Modified-Since": tomorrow })).status).toBe(200);
    // The obsolete forms of the Last-Modified date itself are read (a recipient must accept all three).
    const d = new Date(modified);
    const two = (n: number) => String(n).padStart(2, "0");
    const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    const [day, , month] = d.toUTCString().split(" ");
    const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }).format(d);
    const rfc850 = `${longDay}, ${two(d.getUTCDate())}-${month}-${String(d.getUTCFullYear()).slice(2)} ${time} GMT`;
    const asctime = `${day!.slice(0, 3)} ${month} ${String(d.getUTCDate()).padStart(2, " ")} ${time} ${d.getUTCFullYear()}`;
    expect((await get(server, path, { "If-Modified-Since": rfc850 })).status, rfc850).toBe(304);
    expect((await get(server, path, { "If-Modified-Since": asctime })).status, asctime).toBe(304);
    // If-None-Match decides when present, even against a valid If-Modified-Since.
    expect((await get(server, path, { "If-None-Match": '"other"', "If-Modified-Since": lm })).status).toBe(200);
  });

  it("treats a date later than the server's clock as in the future, by the clock it is given", async () => {
    let clock = Date.UTC(2022, 5, 1, 10);
    const { server } = await serveCopy({ clock: () => clock });
    const since = "Wed, 01 Jun 2022 12:00:00 GMT"; // after the data changed, two hours after the clock
    expect((await get(server, "/cyp.ics", { "If-Modified-Since": since })).status).toBe(200);
    clock = Date.UTC(2022, 5, 1, 13);
    expect((await get(server, "/cyp.ics", { "If-Modified-Since": since })).status).toBe(304);
  });

  it("serves a request in absolute form (RFC 9112 §3.2.2), sent on a raw socket", async () => {
    const { server } = await serveCopy();
    const feed = (await get(server, "/cyp.ics")).body;
    const raw = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, "127.0.0.1", () => {
          socket.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        });
        let text = "";
        socket.setEncoding("utf8");
        socket.on("data", (c) => {
          text += c;
        });
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
    const status = (reply: string) => reply.slice(0, reply.indexOf("\r\n"));
    const absolute = await raw(`http://127.0.0.1:${server.port}/cyp.ics`);
    expect(status(absolute)).toBe("HTTP/1.1 200 OK");
    expect(absolute.endsWith(feed)).toBe(true);
    // Another host name in the target (a proxy's request): the same feeds.
    expect(status(await raw("http://calendars.example.gov.uk/members/jo-macleod.ics?x=1"))).toBe("HTTP/1.1 200 OK");
    expect(status(await raw("HTTP://calendars.example.gov.uk"))).toBe("HTTP/1.1 200 OK"); // the index
    // The origin form still works on the raw socket, and no form reaches outside the table.
    expect(status(await raw("/cyp.ics"))).toBe("HTTP/1.1 200 OK");
    for (const target of [
      "http://h/../package.json",
      "http://h/members/../cyp.ics",
      "http://h/programme.yaml",
      "ftp://h/cyp.ics",
    ])
      expect(status(await raw(target)), target).toBe("HTTP/1.1 404 Not Found");
  });

  it("answers 404 to anything else, with no path traversal", async () => {
    const { server } = await serveCopy();
    for (const path of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/members/../cyp.ics",
      "/programme.yaml",
      "/programme.ical-state.json",
      "//etc/passwd",
      "/cyp.ics/",
      "/CYP.ICS",
    ]) {
      const r = await get(server, path);
      expect(r.status, path).toBe(404);
      expect(r.body).toBe("Not found\n");
    }
    expect((await get(server, "/cyp.ics?cache=1")).status).toBe(200);
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const { server } = await serveCopy();
    const head = await get(server, "/cyp.ics", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
    const post = await get(server, "/cyp.ics", {}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("logs one line per request", async () => {
    const { server, log } = await serveCopy();
    await get(server, "/cyp.ics");
    await get(server, '/nowhere"%0d%0aforged');
    await get(server, "/cyp.ics", { "If-None-Match": "*" });
    await server.close();
    open = undefined;
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z 127\.0\.0\.1 "GET \/cyp\.ics HTTP\/1\.1" 200 \d+ [\d.]+ms$/);
    expect(log[1]).toContain('"GET /nowhere\\"%0d%0aforged HTTP/1.1" 404');
    expect(log[2]).toContain('" 304 0 ');
  });

  it("regenerates when the programme changes, without a restart, and keeps the state", async () => {
    const { file, dir, server, setNow } = await serveCopy({ recheckMs: 0 });
    const before = await get(server, "/cyp.ics");
    setNow("2022-09-01T08:00:00Z");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "    date: 2022-10-31\n",
        "    date: 2022-11-07\n    status: moved\n    movedFrom: 2022-10-31\n",
      ),
    );
    const after = await get(server, "/cyp.ics", { "If-None-Match": String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers["last-modified"]).toBe("Thu, 01 Sep 2022 08:00:00 GMT");
    expect(after.body.replace(/\r\n /g, "")).toMatch(
      /SEQUENCE:1\r\nDTSTAMP:20220901T080000Z\r\nDTSTART;TZID=Europe\/London:20221107T190000/,
    );
    const state = JSON.parse(readFileSync(join(dir, "programme.ical-state.json"), "utf8"));
    expect(state.events["cyp/2022-23/2022-10"]).toMatchObject({ sequence: 1, start: "2022-11-07T19:00" });
  });

  it("keeps serving the last good feeds when an edit breaks the programme", async () => {
    const { file, server, warnings } = await serveCopy({ recheckMs: 0 });
    const before = await get(server, "/cyp.ics");
    writeFileSync(file, readFileSync(file, "utf8").replace('  start: "19:00"', '  start: "7pm"'));
    const after = await get(server, "/cyp.ics");
    expect(after.status).toBe(200);
    expect(after.body).toBe(before.body);
    expect(warnings.join("\n")).toMatch(/programme\.yaml:\d+:\d+: commission\.start: [\s\S]*still serving the feeds/);
    expect(await server.refresh()).toBe(false);
    expect(warnings.filter((w) => w.includes("still serving"))).toHaveLength(1);
  });

  it("compares entity tags weakly, as If-None-Match requires", () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
    expect(matchesEtag("*", '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
  });
});

describe("scrutineer serve: usage", () => {
  it("refuses a bad port, host or base address with exit 2", async () => {
    expect((await run(["serve", example, "--port", "70000"])).stderr).toBe("--port 70000: expected 0 to 65535\n");
    expect((await run(["serve"])).code).toBe(2);
    const host = await run(["serve", example, "--host", "192.0.2.55", "--port", "0"]);
    expect(host.code).toBe(2);
    expect(host.stderr).toBe("--host 192.0.2.55: not an address of this machine\n");
  });
});

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");

/** Start the built CLI and wait for its "Serving … at URL" line. */
function startCli(file: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, "serve", file, "--port", "0", "--now", NOW], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Serving \d+ feeds at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], output: () => out });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe.runIf(existsSync(cli))("the built CLI: scrutineer serve", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`serves on 127.0.0.1 and stops cleanly on ${signal}`, async () => {
      const dir = tempDir("scrutineer-serve-cli-");
      const file = join(dir, "programme.yaml");
      copyFileSync(example, file);
      const { child, url, output } = await startCli(file);
      const res = await fetch(`${url}cyp.ics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^BEGIN:VCALENDAR/);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(output()).toContain('"GET /cyp.ics HTTP/1.1" 200');
      expect(output()).toContain(`Stopped (${signal}).`);
    });
  }
});
