import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "../../dates/test/dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const fromCjs = thrownBy(() => cjs.parseSlotRule("whenever the Chair likes"));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.SlotRuleError);
    expect(esm.isDeadlinesError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual([
      "invalid-slot-rule",
      "whenever the Chair likes",
    ]);
    const fromEsm = thrownBy(() => esm.cabinetNoticeDue("2023-04-17", -1));
    expect(fromEsm).not.toBeInstanceOf(cjs.DeadlinesError);
    expect(cjs.isDeadlinesError(fromEsm) && fromEsm.code).toBe("invalid-notice-weeks");
  });
});
