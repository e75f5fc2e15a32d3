import { createHash } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { feedSite } from "@scrutineer/ical";
import { InputError } from "./errors.js";
import { type FeedSource, loadFeedSources, programmeFiles, saveStates } from "./feed-source.js";

/**
 * `scrutineer serve`: the same files as `export site`, over HTTP, regenerated when a programme
 * file changes. Everything a calendar client or a cache needs to poll cheaply (RFC 9110):
 * a strong ETag (a hash of the body) and Last-Modified (when the data last changed), answered
 * with 304 Not Modified on If-None-Match or, failing that, If-Modified-Since. Only the paths
 * of the site exist: a request is looked up in a table, never mapped onto the file system, so
 * `/../package.json` is simply not there (404).
 */

export interface FeedServerOptions {
  /** Programme files or directories, as given on the command line. */
  paths: string[];
  cwd: string;
  host: string;
  port: number;
  /** Public address for the index's webcal links; defaults to the server's own. */
  baseUrl?: string;
  /** The time recorded for a change (the clock, or `--now`). */
  now: () => string;
  /** One line per request; lines handled in the same turn of the event loop come together, joined by "\n". */
  log: (lines: string) => void;
  /** Problems that do not stop the server (a programme edited into an invalid state). */
  warn: (line: string) => void;
  /** How often to look at the files' modification times even without a watch event (ms). */
  recheckMs?: number;
}

export interface FeedServer {
  url: string;
  port: number;
  /** Paths served, e.g. `/`, `/cyp.ics`. */
  paths(): string[];
  /** Look for changed programme files now; true when the feeds were regenerated. */
  refresh(): Promise<boolean>;
  /** Stop listening, finish requests in flight, stop watching. */
  close(): Promise<void>;
}

interface Entry {
  body: Buffer;
  etag: string;
  modifiedMs: number;
  /** Response headers, prepared once per regeneration as flat [name, value, …] lists. */
  ok: string[];
  notModified: string[];
}

const flat = (headers: Record<string, string | number>) => Object.entries(headers).flatMap(([k, v]) => [k, String(v)]);

const CACHE_CONTROL = "public, max-age=300";
const NOT_FOUND = Buffer.from("Not found\n");
const METHOD_NOT_ALLOWED = Buffer.from("Method not allowed\n");

function etagOf(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match: a list of entity tags or `*`, compared weakly (RFC 9110 §13.1.2). */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** A request line for the log: control characters escaped, so a request cannot forge log lines. */
function safe(text: string): string {
  const clean = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  return clean.slice(1, -1);
}

async function signatureOf(files: readonly string[], statePaths: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const path of [...files, ...statePaths]) {
    try {
      const s = await stat(path);
      parts.push(`${path}\0${s.mtimeMs}\0${s.size}\0${s.ino}`);
    } catch {
      parts.push(`${path}\0missing`);
    }
  }
  return parts.join("\n");
}

export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const recheckMs = options.recheckMs ?? 1000;
  let entries = new Map<string, Entry>();
  let sources: FeedSource[] = [];
  let signature = "";
  let lastCheck = 0;
  let dirty = false;
  let checking: Promise<boolean> | undefined;
  const watchers: FSWatcher[] = [];
  const watched = new Set<string>();

  function watchDir(dir: string) {
    if (watched.has(dir)) return;
    watched.add(dir);
    try {
      const w = watch(dir, { persistent: false }, () => {
        dirty = true;
      });
      w.on("error", () => undefined);
      watchers.push(w);
    } catch {
      // No watch (e.g. out of inotify watches): the periodic check still finds changes.
    }
  }

  async function build(baseUrl: string): Promise<void> {
    const files = await programmeFiles(options.paths, options.cwd);
    const loaded = await loadFeedSources(files, { now: options.now(), cwd: options.cwd });
    try {
      for (const note of await saveStates(loaded, options.cwd)) options.warn(note);
    } catch (error) {
      // Serving goes on from memory; the officer is told the state could not be kept.
      options.warn(error instanceof Error ? error.message : String(error));
    }
    const site = feedSite(
      loaded.map((s) => s.feed),
      { baseUrl },
    );
    const next = new Map<string, Entry>();
    for (const file of site) {
      const body = Buffer.from(file.body, "utf8");
      const etag = etagOf(body);
      const before = entries.get(`/${file.path}`);
      let modifiedMs = Math.floor(Date.parse(file.modified) / 1000) * 1000;
      // A body that changed while the data's time did not (a renamed member, say) must not
      // look unmodified to a client that only sends If-Modified-Since.
      if (before && before.etag !== etag && modifiedMs <= before.modifiedMs) {
        modifiedMs = Math.max(before.modifiedMs + 1000, Math.floor(Date.now() / 1000) * 1000);
      }
      const lastModified = new Date(modifiedMs).toUTCString();
      const common: Record<string, string> = {
        ETag: etag,
        "Last-Modified": lastModified,
        "Cache-Control": CACHE_CONTROL,
        "X-Content-Type-Options": "nosniff",
      };
      if (file.path.endsWith(".html")) {
        common["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'";
      }
      next.set(`/${file.path}`, {
        body,
        etag,
        modifiedMs,
        ok: flat({ ...common, "Content-Type": file.contentType, "Content-Length": body.length }),
        notModified: flat(common),
      });
    }
    const index = next.get("/index.html");
    if (index) next.set("/", index);
    entries = next;
    sources = loaded;
    for (const file of files) watchDir(dirname(file));
    signature = await signatureOf(
      files,
      loaded.map((s) => s.statePath),
    );
  }

  async function refresh(baseUrl: string): Promise<boolean> {
    dirty = false;
    lastCheck = Date.now();
    const files = await programmeFiles(options.paths, options.cwd).catch(() => sources.map((s) => s.file));
    const now = await signatureOf(
      files,
      sources.map((s) => s.statePath),
    );
    if (now === signature) return false;
    try {
      await build(baseUrl);
      return true;
    } catch (error) {
      signature = now; // Do not parse the same broken file on every request.
      const message = error instanceof InputError ? error.message : String(error);
      options.warn(`${message}\nstill serving the feeds as they were before this change`);
      return false;
    }
  }

  const server = createServer();
  let baseUrl = options.baseUrl ?? "";

  function fresh(): Promise<boolean> | undefined {
    if (!dirty && Date.now() - lastCheck < recheckMs) return undefined;
    checking ??= refresh(baseUrl).finally(() => {
      checking = undefined;
    });
    return checking;
  }

  /** Answer a request; returns the number of body bytes sent, for the log. */
  function respond(req: IncomingMessage, res: ServerResponse): number {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    const head = method === "HEAD";
    if (method !== "GET" && !head) {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end(METHOD_NOT_ALLOWED);
      return METHOD_NOT_ALLOWED.length;
    }
    const entry = entries.get(path);
    if (!entry) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": NOT_FOUND.length });
      res.end(head ? undefined : NOT_FOUND);
      return head ? 0 : NOT_FOUND.length;
    }
    const inm = req.headers["if-none-match"];
    const ims = req.headers["if-modified-since"];
    let notModified = false;
    if (inm !== undefined) notModified = matchesEtag(inm, entry.etag);
    else if (ims !== undefined) {
      const since = Date.parse(ims);
      notModified = !Number.isNaN(since) && entry.modifiedMs <= since;
    }
    if (notModified) {
      res.writeHead(304, entry.notModified);
      res.end();
      return 0;
    }
    res.writeHead(200, entry.ok);
    res.end(head ? undefined : entry.body);
    return head ? 0 : entry.body.length;
  }

  // Log lines are written together once per turn of the event loop: one write for many requests
  // under load, each line still its own request's.
  let pendingLog: string[] = [];
  let flushQueued = false;
  function flushLog() {
    flushQueued = false;
    if (pendingLog.length === 0) return;
    const lines = pendingLog;
    pendingLog = [];
    options.log(lines.join("\n"));
  }
  function log(line: string) {
    pendingLog.push(line);
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(flushLog);
    }
  }

  /** Answer, then log the request: its status, body bytes and the time taken to hand the answer to the socket. */
  function answer(req: IncomingMessage, res: ServerResponse, started: number) {
    const bytes = respond(req, res);
    log(
      `${new Date().toISOString()} ${req.socket.remoteAddress ?? "-"} "${safe(req.method ?? "")} ${safe(req.url ?? "")} HTTP/${req.httpVersion}" ${res.statusCode} ${bytes} ${(performance.now() - started).toFixed(2)}ms`,
    );
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const pending = fresh();
    if (!pending) {
      answer(req, res, started);
      return;
    }
    pending.then(
      () => answer(req, res, started),
      (error: unknown) => {
        options.warn(`internal error: ${error instanceof Error ? error.message : String(error)}`);
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal server error\n");
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new InputError(`--port ${options.port}: already in use on ${options.host}`)
          : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
            ? new InputError(`--host ${options.host}: not an address of this machine`)
            : error.code === "EACCES"
              ? new InputError(`--port ${options.port}: not allowed (ports below 1024 need privileges)`)
              : error,
      );
    };
    server.once("error", onError);
    server.listen(options.port, options.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl}:${address.port}/`;
  baseUrl ||= url;
  try {
    await build(baseUrl);
  } catch (error) {
    server.close();
    throw error;
  }
  lastCheck = Date.now();
  for (const p of options.paths) {
    const abs = resolve(options.cwd, p);
    if (!/\.ya?ml$/i.test(abs)) watchDir(abs);
  }

  return {
    url,
    port: address.port,
    paths: () => [...entries.keys()].sort(),
    refresh: () => refresh(baseUrl),
    close: () =>
      new Promise<void>((resolve) => {
        for (const w of watchers) w.close();
        const force = setTimeout(() => server.closeAllConnections(), 5000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          flushLog();
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
