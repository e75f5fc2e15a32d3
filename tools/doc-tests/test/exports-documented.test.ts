import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { publicExports } from "../src/public-exports.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

// Every name a package's src/index.ts exports has a doc comment (shapes, units, errors, source):
// the editor's hover and the published .d.ts are a consumer's first documentation.
it("every public export of every package has a docstring", () => {
  const exports = publicExports(root);
  expect(exports.length).toBeGreaterThan(400);
  const undocumented = exports.filter((e) => !e.documented).map((e) => `${e.pkg} ${e.name} (${e.file}:${e.line})`);
  expect(undocumented).toEqual([]);
});
