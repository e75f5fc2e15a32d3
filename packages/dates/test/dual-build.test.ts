import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "./dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by code", async () => {
    const { esm, cjs } = await builds.load();
    const fromCjs = thrownBy(() => cjs.addDays("2023-02-30", 1));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.DatesError);
    expect(esm.isDatesError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual(["invalid-date", "2023-02-30"]);
    const fromEsm = thrownBy(() => esm.minutesOfDay("7pm"));
    expect(fromEsm).not.toBeInstanceOf(cjs.DatesError);
    expect(cjs.isDatesError(fromEsm) && fromEsm.code).toBe("invalid-time");
  });
});
