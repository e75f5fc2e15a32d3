import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { type OcdType, ocdSchemas } from "./schemas.js";

let compiled: Map<OcdType, ValidateFunction> | undefined;

function validators(): Map<OcdType, ValidateFunction> {
  if (compiled) return compiled;
  // strict: false: pupa's schemas pair `format` with a type union (["string", "null"]), which Ajv's strict mode refuses.
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  compiled = new Map(Object.entries(ocdSchemas).map(([type, schema]) => [type as OcdType, ajv.compile(schema)]));
  return compiled;
}

/**
 * Check one object against its pupa schema (JSON Schema, see schemas.ts). Returns one line per
 * problem (`/agenda/0/order: must be string,null`); an empty list when it validates.
 */
export function validateOcd(type: OcdType, object: unknown): string[] {
  const validate = validators().get(type)!;
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
