#!/usr/bin/env node
/**
 * `scrutineer serve` throughput against nginx serving the same feed as a static file, on
 * loopback, in the same run. Needs the built CLI (`pnpm turbo run build`) and Debian's nginx
 * and wrk (`apt-get install nginx-light wrk`).
 *
 *   node bench/serve.bench.mjs [seconds=10] [connections=50] [rounds=2]
 *
 * Both servers get one core: `serve` is one Node.js process, nginx runs one worker. Both write
 * an access log line per request to a file. wrk (one thread) asks for the commission feed
 * (`cyp.ics`, the Hackney example) for the given seconds: once plain (200 with the whole feed)
 * and once with the feed's ETag in If-None-Match (304, no body). The feed bytes are checked
 * to be identical from both servers first. For reference, a bare node:http server answering the
 * same bytes from memory with no logic and no log shows what Node.js itself allows on one core.
 * The bare server sends the very headers `serve` sends (read from `serve` first), so the ratio
 * measures work per request, not header bytes. The servers take turns, `rounds` times each, so
 * that load from elsewhere on the machine falls on all; the best round of each is reported.
 * Target: at least 0.9 of bare node:http on 200 and on 304 (Node's own ceiling; nginx is
 * faster still, which is why the docs send heavy feed traffic to the static site behind a web
 * server or CDN). With --json the last line is the figures as JSON, for `pnpm bench`.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const json = process.argv.includes("--json");
const [secondsArg, connectionsArg, roundsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const SECONDS = Number(secondsArg ?? 10);
const CONNECTIONS = Number(connectionsArg ?? 50);
const ROUNDS = Number(roundsArg ?? 2);
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "apps/scrutineer/dist/cli.js");
const NOW = "2022-06-01T09:00:00Z";

for (const tool of ["nginx", "wrk"]) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(`${tool} not found: apt-get install nginx-light wrk`);
    process.exit(2);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

function wrk(url, headers = []) {
  const args = ["-t1", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", ...headers.flatMap((h) => ["-H", h]), url];
  const out = execFileSync("wrk", args, { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = /99%\s+([\d.]+\w+)/.exec(out)?.[1] ?? "?";
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? "0";
  const socket = /Socket errors: (.*)/.exec(out)?.[1];
  if (errors !== "0" || socket) throw new Error(`wrk saw errors for ${url}:\n${out}`);
  return { rps, p99 };
}

const dir = mkdtempSync(join(tmpdir(), "scrutineer-serve-bench-"));
chmodSync(dir, 0o755);
const programme = join(dir, "programme.yaml");
copyFileSync(join(root, "examples/hackney-cyp-2022-23/programme.yaml"), programme);
const site = join(dir, "site");
execFileSync(process.execPath, [cli, "export", "site", programme, "--out-dir", site, "--now", NOW], {
  stdio: "ignore",
});
execFileSync("chmod", ["-R", "a+rX", site]);

const nginxPort = await freePort();
const servePort = await freePort();
const nginxDir = join(dir, "nginx");
mkdirSync(nginxDir);
writeFileSync(
  join(nginxDir, "nginx.conf"),
  `daemon off;
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log;
events { worker_connections 1024; }
http {
  access_log ${nginxDir}/access.log;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  types { text/calendar ics; text/html html; }
  charset utf-8;
  charset_types text/calendar text/html;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${site};
    location / { add_header Cache-Control "public, max-age=300"; }
  }
}
`,
);
const nginx = spawn("nginx", ["-c", join(nginxDir, "nginx.conf"), "-p", nginxDir], { stdio: "ignore" });
const serveLog = join(dir, "serve.log");
const serve = spawn(
  "sh",
  [
    "-c",
    `exec "${process.execPath}" "${cli}" serve "${programme}" --port ${servePort} --now ${NOW} >"${serveLog}" 2>&1`,
  ],
  { stdio: "ignore" },
);

let bare;
try {
  // The ceiling for any Node.js server: the feed's bytes from memory with serve's own headers,
  // precomputed, no logic and no log.
  const served = await waitFor(`http://127.0.0.1:${servePort}/cyp.ics`);
  const kept = ["content-type", "etag", "last-modified", "cache-control", "x-content-type-options"];
  const headerList = (names) => names.flatMap((h) => (served.headers.get(h) ? [h, served.headers.get(h)] : []));
  const sent = headerList(kept);
  const sentWith304 = headerList(kept.filter((h) => h !== "content-type"));
  const barePort = await freePort();
  bare = spawn(
    process.execPath,
    [
      "-e",
      `const http = require("node:http"); const body = require("node:fs").readFileSync(${JSON.stringify(join(site, "cyp.ics"))});
       const sent = ${JSON.stringify(sent)}; const etag = ${JSON.stringify(served.headers.get("etag"))};
       const ok = [...sent, "Content-Length", String(body.length)];
       const notModified = ${JSON.stringify(sentWith304)};
       http.createServer((req, res) => { if (req.headers["if-none-match"] === etag) { res.writeHead(304, notModified); res.end(); } else { res.writeHead(200, ok); res.end(body); } }).listen(${barePort}, "127.0.0.1");`,
    ],
    { stdio: "ignore" },
  );
  const servers = {
    "scrutineer serve": `http://127.0.0.1:${servePort}/cyp.ics`,
    "nginx (static file)": `http://127.0.0.1:${nginxPort}/cyp.ics`,
    "bare node:http": `http://127.0.0.1:${barePort}/cyp.ics`,
  };
  const bodies = {};
  const etags = {};
  for (const [name, url] of Object.entries(servers)) {
    const res = await waitFor(url);
    bodies[name] = await res.text();
    etags[name] = res.headers.get("etag");
    const check = await fetch(url, { headers: { "If-None-Match": etags[name] } });
    if (check.status !== 304) throw new Error(`${name} answered ${check.status} to If-None-Match`);
    console.log(`${name.padEnd(20)} ${res.headers.get("content-type")}  ETag ${etags[name]}`);
  }
  const [a, ...others] = Object.values(bodies);
  if (others.some((b) => b !== a)) throw new Error("the servers do not serve the same feed");
  console.log(
    `feed: ${Buffer.byteLength(a)} bytes, identical from all; wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, best of ${ROUNDS} alternating rounds\n`,
  );

  const results = {};
  const best = (a, b) => (!a || b.rps > a.rps ? b : a);
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ["ok", "notModified"]) {
      for (const [name, url] of Object.entries(servers)) {
        const r = wrk(url, kind === "ok" ? [] : [`If-None-Match: ${etags[name]}`]);
        results[name] ??= {};
        results[name][kind] = best(results[name][kind], r);
      }
    }
  }
  const row = (label, r) =>
    `${label.padEnd(22)}${r.ok.rps.toFixed(0).padStart(10)} req/s (p99 ${r.ok.p99})${r.notModified.rps.toFixed(0).padStart(12)} req/s (p99 ${r.notModified.p99})`;
  console.log(`${"".padEnd(22)}${"200 (full feed)".padStart(24)}${"304 (If-None-Match)".padStart(28)}`);
  for (const [name, r] of Object.entries(results)) console.log(row(name, r));
  const ours = results["scrutineer serve"];
  const theirs = results["nginx (static file)"];
  const ceiling = results["bare node:http"];
  const ratio = (x, y) => (x.rps / y.rps).toFixed(2);
  console.log(
    `\nserve / bare node:http: 200s ${ratio(ours.ok, ceiling.ok)}, 304s ${ratio(ours.notModified, ceiling.notModified)} (target at least 0.9)`,
  );
  console.log(
    `serve / nginx: 200s ${ratio(ours.ok, theirs.ok)}, 304s ${ratio(ours.notModified, theirs.notModified)}; bare node:http / nginx: 200s ${ratio(ceiling.ok, theirs.ok)}, 304s ${ratio(ceiling.notModified, theirs.notModified)}`,
  );
  if (json) {
    const r = (x, y) => x.rps / y.rps;
    console.log(
      JSON.stringify({
        serveToBare: { ok: r(ours.ok, ceiling.ok), notModified: r(ours.notModified, ceiling.notModified) },
        serveToNginx: { ok: r(ours.ok, theirs.ok), notModified: r(ours.notModified, theirs.notModified) },
        bareToNginx: { ok: r(ceiling.ok, theirs.ok), notModified: r(ceiling.notModified, theirs.notModified) },
      }),
    );
  }
} finally {
  serve.kill("SIGTERM");
  bare?.kill("SIGTERM");
  nginx.kill("SIGQUIT");
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}
