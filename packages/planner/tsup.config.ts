import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared";

export default defineConfig({
  ...packageBuild,
  // import.meta.url in the CommonJS build too: the worker solver finds `highs` from it.
  shims: true,
});
