import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  isModernGovError,
  type ModernGovRequest,
  type ModernGovResponse,
  type ModernGovSite,
  parseResponse,
  requestUrl,
} from "@scrutineer/moderngov";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "./atomic-write.js";
import { InputError } from "./errors.js";

/**
 * The edge of a live ModernGov import: HTTP GETs on the site's web service with a timeout per
 * attempt, retries with exponential back-off (and the server's Retry-After) for time-outs, 429 and
 * 5xx, a polite user agent naming Scrutineer, a cache of good responses on disk (a folder that
 * `--from` can read again), and a plain message for each way a site fails: an HTML page served with
 * status 200, 403 behind a firewall, a redirect off the site, no answer in time.
 */
export interface ClientOptions {
  site: ModernGovSite;
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Further attempts after the first. */
  retries: number;
  /** First back-off, doubled on each retry. */
  backoffMs: number;
  /** Folder of cached responses; none when undefined. */
  cacheDir?: string;
  /** Reuse a cached response younger than this (milliseconds). */
  maxAgeMs: number;
  /** The clock, read at the edge. */
  now: Date;
  /** Progress lines (stderr). */
  log: (line: string) => void;
}

export const USER_AGENT = `Scrutineer/${VERSION} (scrutiny work-programme planner; ModernGov import)`;

const MAX_REDIRECTS = 3;
const RETRY_AFTER_CAP_MS = 30_000;

/** `GetMeetings-lCommitteeId=144-sFromDate=01-05-2025-….xml`: a readable file name per call. */
function cacheName(request: ModernGovRequest): string {
  const { operation, ...params } = request;
  const parts = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
  return `${[operation, ...parts].join("-").replace(/[^A-Za-z0-9=.-]+/g, "-")}.xml`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Retry extends Error {
  constructor(
    message: string,
    readonly afterMs?: number,
  ) {
    super(message);
  }
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, RETRY_AFTER_CAP_MS) : undefined;
}

/** One attempt, following redirects that stay on the site (or move it to https). */
async function attempt(url: string, options: ClientOptions): Promise<string> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: "manual",
        headers: { "User-Agent": USER_AGENT, Accept: "text/xml, application/xml" },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === "TimeoutError" || e.name === "AbortError")
        throw new Retry(`no answer within ${options.timeoutMs / 1000} s`);
      const code = e.cause?.code;
      if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        throw new InputError(`${current}: no such host (${code}): check --site`);
      throw new Retry(`could not connect (${code ?? e.message})`);
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      await response.body?.cancel();
      if (!location) throw new InputError(`${current}: redirect (${response.status}) with no address`);
      const next = new URL(location, current);
      const from = new URL(current);
      const sameSite =
        next.hostname === from.hostname && (next.protocol === from.protocol || next.protocol === "https:");
      if (!sameSite || !/mgWebService\.asmx/i.test(next.pathname))
        throw new InputError(
          `${current}: the site redirected to ${next.href}, away from its web service (a sign-in page, or a site that has moved): if ModernGov now lives there, give that address as --site`,
        );
      options.log(`  redirected to ${next.href}`);
      current = next.href;
      continue;
    }
    if (response.status === 403) {
      await response.body?.cancel();
      throw new InputError(
        `${current}: 403 Forbidden: the site refuses its web service to this machine (ModernGov sites are often behind a firewall that admits council networks only). Run the import from inside the council's network, or save the responses in a browser and use --from DIR`,
      );
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new InputError(
        `${current}: 404: no ModernGov web service at this address: --site is the address before /mgWebService.asmx`,
      );
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      throw new Retry(`the site answered ${response.status}`, retryAfter(response.headers.get("retry-after")));
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`${current}: the site answered ${response.status} ${response.statusText}`);
    }
    try {
      return await response.text();
    } catch (error) {
      const e = error as Error;
      if (e.name === "TimeoutError" || e.name === "AbortError")
        throw new Retry(`no answer within ${options.timeoutMs / 1000} s`);
      throw new Retry(`the answer broke off (${e.message})`);
    }
  }
  throw new InputError(`${url}: more than ${MAX_REDIRECTS} redirects`);
}

/**
 * Fetch and read one call of the web service, from the cache when a fresh copy is there.
 * @throws InputError with a plain message when the site cannot give a readable answer.
 */
export async function fetchResponse(
  request: ModernGovRequest,
  options: ClientOptions,
): Promise<{ source: string; response: ModernGovResponse }> {
  const url = requestUrl(options.site, request);
  const cached = options.cacheDir ? join(options.cacheDir, cacheName(request)) : undefined;
  if (cached) {
    try {
      const info = await stat(cached);
      if (options.now.getTime() - info.mtimeMs < options.maxAgeMs) {
        options.log(`  ${request.operation}: from the cache (${cacheName(request)})`);
        return { source: `${request.operation} (cached)`, response: parseResponse(await readFile(cached, "utf8")) };
      }
    } catch {
      // no cached copy, or one that no longer reads: fetch it again
    }
  }
  let last = "";
  for (let i = 0; i <= options.retries; i++) {
    if (i > 0) options.log(`  ${request.operation}: ${last}; trying again (${i} of ${options.retries})`);
    try {
      const text = await attempt(url, options);
      let response: ModernGovResponse;
      try {
        response = parseResponse(text);
      } catch (error) {
        if (!isModernGovError(error)) throw error;
        if (error.code === "html-page")
          throw new InputError(
            `${url}: the site served a web page, not the web service's XML (status 200): an error or sign-in page. Check --site, or open the address in a browser`,
          );
        throw new InputError(
          `${url}: ${error.message}${error.line ? ` (line ${error.line}, column ${error.column})` : ""}`,
        );
      }
      if (cached) {
        await mkdir(options.cacheDir!, { recursive: true });
        await writeFileAtomic(cached, text);
      }
      options.log(`  ${request.operation}: fetched`);
      return { source: request.operation, response };
    } catch (error) {
      if (!(error instanceof Retry)) throw error;
      last = error.message;
      if (i < options.retries) await sleep(Math.max(error.afterMs ?? 0, options.backoffMs * 2 ** i));
    }
  }
  throw new InputError(`${url}: ${last} (tried ${options.retries + 1} times)`);
}
