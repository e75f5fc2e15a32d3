import { main } from "./main.js";

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
    process.stderr.write(`scrutineer: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.SCRUTINEER_DEBUG) console.error(error);
    process.exitCode = 70;
  },
);
