import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * A package's own two builds, for tests that an error thrown by one is recognised by the other's
 * guard (two copies of a class defeat `instanceof`; `name` and `code` do not). `testFile` is the
 * test's `import.meta.url`, in the package's `test/` folder. `built` is false when there is no
 * `dist/` (turbo builds it before the tests; `pnpm --filter <pkg> test` alone may not), so the
 * test can be skipped rather than read a missing build.
 */
export function packageBuilds<Api>(testFile: string): { built: boolean; load(): Promise<{ esm: Api; cjs: Api }> } {
  const cjsFile = new URL("../dist/index.cjs", testFile);
  const esmFile = new URL("../dist/index.js", testFile);
  return {
    built: existsSync(cjsFile) && existsSync(esmFile),
    async load() {
      const cjs = createRequire(testFile)(fileURLToPath(cjsFile)) as Api;
      const esm = (await import(esmFile.href)) as Api;
      return { esm, cjs };
    },
  };
}

/** What `f` throws (a test fails when it throws nothing). */
export function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}
