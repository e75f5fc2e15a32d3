import * as z from "zod";
import { Council } from "./council-file.js";

/**
 * JSON Schema (draft 2020-12) of council.yaml, as written (before defaults), for editors'
 * autocompletion and checking as you type: made from the `Council` zod schema, so it never says
 * other than the parser. `docs/council.schema.json` is this, written by `pnpm generate:reference`
 * and compared with it by a test; a council.yaml names it on its first line with
 * `# yaml-language-server: $schema=<path>/docs/council.schema.json`.
 *
 * @example
 * const schema = councilJsonSchema();
 * schema.title; // "Scrutineer council file"
 * schema.$ref; // "#/$defs/Council"
 */
export function councilJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Council, { io: "input", target: "draft-2020-12" }),
    title: "Scrutineer council file",
    description:
      "council.yaml: a council's scrutiny bodies in one folder for one municipal year: its register of people, venues, dates to avoid, elections and committees (docs/council-wide.md).",
  };
}
