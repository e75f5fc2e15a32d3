import { plural } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { startFeedServer } from "../io/feed-server.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";
import { baseUrlFlag } from "./export.js";

const USAGE = catalogue.serve.usage;

function portFlag(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port ${value}: expected 0 to 65535`);
  return Number(value);
}

/**
 * `scrutineer serve`: every feed of `export site` over HTTP, until SIGINT (Ctrl-C) or SIGTERM.
 * Listens on 127.0.0.1 unless told otherwise: put it behind the council's web server or CDN.
 */
export const serve: Command = {
  ...catalogue.serve,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "127.0.0.1" },
        "base-url": { type: "string" },
        now: { type: "string" },
      },
      "serve",
    );
    if (positionals.length === 0) throw new UsageError(`usage: ${USAGE}`);
    const port = portFlag(values.port);
    const baseUrl = baseUrlFlag(values["base-url"]);
    const fixedNow = values.now === undefined ? undefined : parseNow(values.now, io.now).instant;
    const server = await startFeedServer({
      paths: positionals,
      cwd: io.cwd,
      host: values.host,
      port,
      ...(baseUrl ? { baseUrl } : {}),
      // The time a change is recorded at: the clock when the edit is seen, unless --now pins it.
      now: () => fixedNow ?? new Date().toISOString(),
      log: (line) => io.stdout(`${line}\n`),
      warn: (line) => io.stderr(`${line}\n`),
    });
    const feeds = server.paths().filter((p) => p.endsWith(".ics"));
    io.stdout(
      `Serving ${plural(feeds.length, "feed")} at ${server.url} (index: ${server.url}index.html). Stop with Ctrl-C.\n`,
    );
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      const stop = (s: NodeJS.Signals) => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve(s);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await server.close();
    io.stdout(`Stopped (${signal}).\n`);
    return 0;
  },
};
