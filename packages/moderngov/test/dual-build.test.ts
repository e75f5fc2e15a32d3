import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "../../dates/test/dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const fromCjs = thrownBy(() => cjs.parseResponse("<html><body>Sign in</body></html>"));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.ModernGovResponseError);
    expect(esm.isModernGovError(fromCjs) && fromCjs.code).toBe("html-page");
    const fromEsm = thrownBy(() => esm.chooseCommittee([], "Planning"));
    expect(fromEsm).not.toBeInstanceOf(cjs.ModernGovImportError);
    expect(cjs.isModernGovError(fromEsm) && [fromEsm.code, fromEsm.value]).toEqual(["unknown-committee", "Planning"]);
  });
});
