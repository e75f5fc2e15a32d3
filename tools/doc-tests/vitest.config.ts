import { defineConfig } from "vitest/config";

// No alias to the packages' sources (unlike vitest.shared.ts): the blocks run against the built
// packages, as a reader who installs them would run them.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
  },
});
