// Preloaded (node --require) into a measured process: at exit, its own CPU time (user + system,
// all threads, microseconds) and wall time since the process started go to the file named by
// SCRUTINEER_BENCH_CPU_FILE. The baseline gets the same preload, so its cost cancels out.
const { writeFileSync } = require("node:fs");
const out = process.env.SCRUTINEER_BENCH_CPU_FILE;
if (out) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (user + system) / 1000, upMs: process.uptime() * 1000 }));
  });
}
