#!/usr/bin/env node
import module from "node:module";
import { forTerminal } from "./io/terminal.js";
import { main } from "./main.js";

// Node 22.1 and later keep V8's compiled code of the command's chunks between runs (in the
// system's temporary folder); Node 20 has no such cache and skips this.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The edge: real streams, real clock, real exit code.
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: new Date(),
  isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      forTerminal(`scrutineer: internal error: ${error instanceof Error ? error.message : String(error)}\n`),
    );
    if (process.env.SCRUTINEER_DEBUG) console.error(error);
    process.exitCode = 70;
  },
);
