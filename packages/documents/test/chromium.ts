import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's Chromium; CI installs it (`apt-get install chromium`). */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** Flags that keep a headless run quiet, offline and free of first-run state. */
function flags(profile: string): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--user-data-dir=${profile}`,
  ];
}

async function withProfile<T>(run: (profile: string) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), "scrutineer-chromium-"));
  try {
    return await run(profile);
  } finally {
    // Chromium's helper processes may still be finishing writes just after the browser exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

function chromium(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The DOM after Chromium has parsed and laid out the page (`--dump-dom`). */
export function dumpDom(url: string): Promise<string> {
  return withProfile((profile) => chromium([...flags(profile), "--dump-dom", url]));
}

/** A PNG screenshot of the page's first `height` pixels. */
export async function screenshot(url: string, file: string, width = 1280, height = 2400): Promise<void> {
  await withProfile((profile) =>
    chromium([...flags(profile), `--window-size=${width},${height}`, "--hide-scrollbars", `--screenshot=${file}`, url]),
  );
}

export interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

/**
 * The page's accessibility tree as Chromium computes it for screen readers, over the
 * DevTools protocol on a pipe (`--remote-debugging-pipe`: we write to the browser's fd 3 and
 * read its fd 4, messages ending in NUL), so no WebSocket or extra package is needed.
 */
export function accessibilityTree(url: string): Promise<AxNode[]> {
  return withProfile(
    (profile) =>
      new Promise<AxNode[]>((resolve, reject) => {
        const child = spawn(CHROMIUM, [...flags(profile), "--remote-debugging-pipe", "about:blank"], {
          stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
        });
        const toBrowser = child.stdio[3] as NodeJS.WritableStream;
        const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
        let nextId = 1;
        const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
        const waiters: { method: string; resolve: () => void }[] = [];
        let buffer = "";
        const timer = setTimeout(() => finish(new Error("Chromium did not answer within 60 seconds")), 60_000);

        // Settle only once the browser has exited, so its profile directory can be removed: ask it
        // to close (it then stops its helper processes too), and kill it if it has not within 5 s.
        let settled = false;
        function finish(error?: Error, nodes?: AxNode[]) {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const settle = () => (error ? reject(error) : resolve(nodes!));
          if (child.exitCode !== null || child.signalCode !== null) return settle();
          const force = setTimeout(() => child.kill(), 5_000);
          child.once("exit", () => {
            clearTimeout(force);
            settle();
          });
          send("Browser.close").catch(() => child.kill());
        }

        fromBrowser.on("data", (chunk: Buffer) => {
          buffer += chunk.toString("utf8");
          let end = buffer.indexOf("\0");
          while (end >= 0) {
            const message = JSON.parse(buffer.slice(0, end)) as {
              id?: number;
              method?: string;
              result?: unknown;
              error?: { message: string };
            };
            buffer = buffer.slice(end + 1);
            end = buffer.indexOf("\0");
            if (message.id !== undefined) {
              const call = pending.get(message.id);
              pending.delete(message.id);
              if (message.error) call?.reject(new Error(message.error.message));
              else call?.resolve(message.result);
            } else if (message.method) {
              const i = waiters.findIndex((w) => w.method === message.method);
              if (i >= 0) waiters.splice(i, 1)[0]!.resolve();
            }
          }
        });
        child.on("error", (error) => finish(error));

        const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
          new Promise<T>((ok, fail) => {
            const id = nextId++;
            pending.set(id, { resolve: ok as (v: unknown) => void, reject: fail });
            toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
          });
        const event = (method: string) => new Promise<void>((ok) => waiters.push({ method, resolve: ok }));

        (async () => {
          const { targetId } = await send<{ targetId: string }>("Target.createTarget", { url: "about:blank" });
          const { sessionId } = await send<{ sessionId: string }>("Target.attachToTarget", { targetId, flatten: true });
          await send("Page.enable", {}, sessionId);
          const loaded = event("Page.loadEventFired");
          await send("Page.navigate", { url }, sessionId);
          await loaded;
          await send("Accessibility.enable", {}, sessionId);
          const { nodes } = await send<{ nodes: AxNode[] }>("Accessibility.getFullAXTree", {}, sessionId);
          finish(undefined, nodes);
        })().catch((error: Error) => finish(error));
      }),
  );
}
