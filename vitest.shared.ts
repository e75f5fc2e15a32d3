import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import sibling packages from their sources, so a test run never depends on a stale build.
const packages = fileURLToPath(new URL("./packages/", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@scrutineer\/([a-z-]+)$/, replacement: `${packages}$1/src/index.ts` }],
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
    testTimeout: 30_000,
    // The JSON report feeds the one-line total that scripts/test-summary.mjs prints at the end of CI.
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
  },
});
