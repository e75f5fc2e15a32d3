import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "../../dates/test/dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const fromCjs = thrownBy(() => cjs.programmeFromOcd([{ _type: "bill", _id: "x" }]));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.OcdReadError);
    expect(esm.isOcdError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual(["unknown-type", "bill"]);
    const fromEsm = thrownBy(() => esm.programmeFromOcd([]));
    expect(fromEsm).not.toBeInstanceOf(cjs.OcdError);
    expect(cjs.isOcdError(fromEsm) && fromEsm.code).toBe("no-committee");
  });
});
