import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { renderReference, renderSchema } from "../scripts/reference.mjs";
import {
  FIRST_PROGRAMME_YEAR,
  LAST_PROGRAMME_YEAR,
  MAX_ITEM_MINUTES,
  programmeJsonSchema,
  programmeLimits,
} from "./index.js";

const docs = new URL("../../../docs/", import.meta.url);

describe("generated reference", () => {
  it("docs/programme.schema.json is up to date (pnpm generate:reference)", () => {
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

describe("docs/limits.md", () => {
  it("states the limits the loader applies", () => {
    const md = readFileSync(new URL("limits.md", docs), "utf8");
    const n = (x: number) => x.toLocaleString("en-GB");
    expect(md).toContain(`1 MiB (${n(programmeLimits.maxBytes)} bytes)`);
    expect(md).toContain(`| items (\`items:\`) | ${n(programmeLimits.maxItems)} |`);
    expect(md).toContain(`| meetings (\`meetings:\`) | ${n(programmeLimits.maxMeetings)} |`);
    expect(md).toContain(`${programmeLimits.maxDepth} deep`);
    expect(md).toContain(
      `${programmeLimits.maxAliases} aliases, standing for at most ${n(programmeLimits.maxAliasValues)} values`,
    );
    expect(md).toContain(`the first ${programmeLimits.maxErrors}`);
    expect(md).toContain(`0 to ${n(MAX_ITEM_MINUTES)} (a day)`);
    expect(md).toContain(`${FIRST_PROGRAMME_YEAR}-01-01 to ${LAST_PROGRAMME_YEAR}-12-31`);
  });
});
