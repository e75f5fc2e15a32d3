import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { councilJsonSchema } from "./json-schema.js";

const root = new URL("../../../", import.meta.url);

describe("docs/council.schema.json", () => {
  it("is the Council schema's JSON Schema, as generated (pnpm generate:reference)", () => {
    expect(readFileSync(new URL("docs/council.schema.json", root), "utf8")).toBe(
      `${JSON.stringify(councilJsonSchema(), null, 2)}\n`,
    );
  });

  it("describes every field of the bundled council.yaml, which names it for editors", () => {
    const text = readFileSync(new URL("examples/hackney-council-2022-23/council.yaml", root), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../docs/council.schema.json");
    const schema = councilJsonSchema() as {
      $ref: string;
      $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
    };
    expect(schema.$ref).toBe("#/$defs/Council");
    const council = schema.$defs.Council!;
    const keys = [...text.matchAll(/^([A-Za-z$]+):/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(8);
    for (const key of keys) expect(Object.keys(council.properties)).toContain(key);
    expect(council.required.sort()).toEqual(["committees", "council", "municipalYear"]);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(["Register", "CommitteeEntry", "Cycle", "Venue"]));
  });
});
