import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { renderReference, renderSchema } from "../scripts/reference.mjs";
import { programmeJsonSchema } from "./index.js";

const docs = new URL("../../../docs/", import.meta.url);

describe("generated reference", () => {
  it("docs/programme.schema.json is up to date (pnpm --filter @scrutineer/model generate:reference)", () => {
    expect(readFileSync(new URL("programme.schema.json", docs), "utf8")).toBe(renderSchema(programmeJsonSchema()));
  });
  it("docs/file-format.md is up to date", () => {
    expect(readFileSync(new URL("file-format.md", docs), "utf8")).toBe(renderReference(programmeJsonSchema()));
  });
  it("documents every top-level field", () => {
    const md = renderReference(programmeJsonSchema());
    for (const field of ["commission", "members", "coOptees", "items", "meetings", "backlog"])
      expect(md).toContain(`| \`${field}\``);
  });
});
