import { describe, expect, it } from "vitest";
import { packageBuilds, thrownBy } from "../../dates/test/dual-build.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const edit = { type: "cancel-meeting", meeting: "2031-01" } as const;
    const fromCjs = thrownBy(() => cjs.applyEditToSource("meetings: []\n", edit));
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.ProgrammeEditError);
    expect(esm.isModelError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual(["unknown-meeting", "2031-01"]);
    const fromEsm = thrownBy(() => esm.moveMeeting({ date: "2022-09-08" }, "8 Sept"));
    expect(fromEsm).not.toBeInstanceOf(cjs.ModelError);
    expect(cjs.isModelError(fromEsm) && fromEsm.code).toBe("invalid-date");
  });
});
