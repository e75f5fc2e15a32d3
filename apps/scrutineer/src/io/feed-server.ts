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
import { parseHttpDate } from "./http-date.js";

/**
 * `scrutineer serve`: the same files as `export site`, over HTTP, regenerated when a programme
 * file changes. Everything a calendar client or a cache needs to poll cheaply (RFC 9110):
 * a strong ETag (a hash of the body) and Last-Modified (when the data last changed), answered
 * with 304 Not Modified on If-None-Match or, failing that, If-Modified-Since (a valid HTTP-date
 * not in the future). Only the paths
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
  /** The server's clock, for If-Modified-Since dates in the future (default: the real one). */
  clock?: () => number;
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

/**
 * The path a request names, for the lookup in the table of the site's files: the origin-form
 * (`/cyp.ics?x`) as sent, and the absolute-form (`http://host/cyp.ics`), which a server must
 * accept (RFC 9112 §3.2.2), by its path, taken as sent too (no dot-segment removal, so
 * `/members/../cyp.ics` is not there in either form). The host is not checked: every host gets
 * the same feeds. The query is ignored. Anything else (`*`, `host:port`): undefined.
 */
export function requestPath(target: string): string | undefined {
  if (target.startsWith("/")) return target.replace(/[?#].*$/s, "");
  const absolute = /^https?:\/\/[^/?#]*([^?#]*)/is.exec(target);
  if (absolute) return absolute[1] || "/";
  return undefined;
}

/**
 * If-Modified-Since holds (the entry has not changed since), per RFC 9110 §13.1.3: a value that
 * is not an HTTP-date, or a date later than the server's current time, is ignored.
 */
export function notModifiedSince(header: string, modifiedMs: number, now: number): boolean {
  const since = parseHttpDate(header, now);
  return since !== undefined && since <= now && modifiedMs <= since;
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
  const clock = options.clock ?? Date.now;
  let entries = new Map<string, Entry>();
  let sources: FeedSource[] = [];
  let signature = "";
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

  // Whether to look at the files before answering: a watch event, or every `recheckMs` (a timer
  // sets the flag, so a request reads no clock for it).
  let due = false;
  let recheck: NodeJS.Timeout | undefined;

  function fresh(): Promise<boolean> | undefined {
    if (!dirty && !due) return undefined;
    due = false;
    checking ??= refresh(baseUrl).finally(() => {
      checking = undefined;
    });
    return checking;
  }

  /** The entry a request names: the path as sent when it has no query (the common case), else `requestPath`. */
  function entryFor(url: string): Entry | undefined {
    if (url.charCodeAt(0) === 47 /* "/" */ && url.indexOf("?") < 0 && url.indexOf("#") < 0) return entries.get(url);
    const path = requestPath(url);
    return path === undefined ? undefined : entries.get(path);
  }

  /** Answer a request; returns the number of body bytes sent, for the log. */
  function respond(req: IncomingMessage, res: ServerResponse): number {
    const method = req.method;
    const head = method === "HEAD";
    if (method !== "GET" && !head) {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end(METHOD_NOT_ALLOWED);
      return METHOD_NOT_ALLOWED.length;
    }
    const entry = entryFor(req.url ?? "/");
    if (!entry) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": NOT_FOUND.length });
      res.end(head ? undefined : NOT_FOUND);
      return head ? 0 : NOT_FOUND.length;
    }
    const inm = req.headers["if-none-match"];
    let notModified = false;
    // If-None-Match decides when present; If-Modified-Since is then ignored (RFC 9110 §13.1.3).
    if (inm !== undefined) notModified = inm === entry.etag || matchesEtag(inm, entry.etag);
    else {
      const ims = req.headers["if-modified-since"];
      if (ims !== undefined) notModified = notModifiedSince(ims, entry.modifiedMs, clock());
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

  // The access log: each request leaves its facts (no text is made while answering); the lines
  // are written together once per turn of the event loop, stamped with that turn's time.
  let pending: { req: IncomingMessage; status: number; bytes: number; ms: number }[] = [];
  let flushQueued = false;
  const shown = new Map<string, string>(); // request text → its escaped form (clients poll the same few)
  function escaped(text: string): string {
    let out = shown.get(text);
    if (out === undefined) {
      out = safe(text);
      if (shown.size >= 1024) shown.clear();
      shown.set(text, out);
    }
    return out;
  }
  function flushLog() {
    flushQueued = false;
    if (pending.length === 0) return;
    const records = pending;
    pending = [];
    const at = new Date().toISOString();
    const lines = records.map(
      ({ req, status, bytes, ms }) =>
        `${at} ${req.socket.remoteAddress ?? "-"} "${escaped(req.method ?? "")} ${escaped(req.url ?? "")} HTTP/${req.httpVersion}" ${status} ${bytes} ${ms.toFixed(2)}ms`,
    );
    options.log(lines.join("\n"));
  }

  /** Answer, then note the request for the log: its status, body bytes and the time taken to hand the answer to the socket. */
  function answer(req: IncomingMessage, res: ServerResponse, started: number) {
    const bytes = respond(req, res);
    pending.push({ req, status: res.statusCode, bytes, ms: performance.now() - started });
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(flushLog);
    }
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const refreshing = fresh();
    if (!refreshing) {
      answer(req, res, started);
      return;
    }
    refreshing.then(
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
  recheck = setInterval(() => {
    due = true;
  }, recheckMs);
  recheck.unref();
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
        clearInterval(recheck);
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
