import type { Options } from "tsup";

/** How every package is built: ESM and CommonJS with type declarations, for Node 20 and later. */
export const packageBuild: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
};
