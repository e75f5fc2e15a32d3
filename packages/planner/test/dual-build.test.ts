import { describe, expect, it } from "vitest";
import { packageBuilds } from "../../dates/test/dual-build.js";
import { example } from "./support.js";

// The package's own builds (turbo builds them before the tests); skipped when there is no dist/.
const builds = packageBuilds<typeof import("../src/index.js")>(import.meta.url);

describe.skipIf(!builds.built)("errors across the ESM and CommonJS builds", () => {
  it("an error thrown by one build is recognised by the other's guard, by name and code", async () => {
    const { esm, cjs } = await builds.load();
    const options = { today: "2022-05-01", solver: cjs.highsSolver() };
    const fromCjs = await cjs.explainUnscheduled(example(), "no-such-item", options).catch((e: unknown) => e);
    // Two copies of the class: instanceof fails across builds, the guard does not.
    expect(fromCjs).not.toBeInstanceOf(esm.PlannerError);
    expect(esm.isPlannerError(fromCjs) && [fromCjs.code, fromCjs.value]).toEqual(["unknown-item", "no-such-item"]);
    const fromEsm = await esm.explainUnscheduled(example(), "no-such-item", options).catch((e: unknown) => e);
    expect(fromEsm).not.toBeInstanceOf(cjs.PlannerError);
    expect(cjs.isPlannerError(fromEsm) && fromEsm.code).toBe("unknown-item");
  });
});
