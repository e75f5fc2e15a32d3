import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "../../dates/test/dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

const sept = {
  key: "cyp/2022-23/2022-09",
  fingerprint: { start: "2022-09-08T19:00", end: "2022-09-08T22:00", status: "CONFIRMED" as const },
  content: "a",
};

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const fromCjs = thrownBy(() => cjs.nextState(undefined, [sept, sept], { now: "2022-06-01T09:00:00Z" }));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.IcalError);
    expect(esm.isIcalError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual(["duplicate-event", sept.key]);
    const fromEsm = thrownBy(() => esm.nextState(undefined, [sept], { now: "2022-06-01T09:00" }));
    expect(fromEsm).not.toBeInstanceOf(cjs.IcalError);
    expect(cjs.isIcalError(fromEsm) && fromEsm.code).toBe("invalid-instant");
  });
});
