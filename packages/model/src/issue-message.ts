import type * as z from "zod";
import { quoted } from "./characters.js";

/**
 * A schema's complaint in plain words, as `parseProgramme` reports it for a file and the
 * planner's forms show it beside a field: "title is required", "expected one of "chair",
 * "member"", "expected at most 99"; a schema's own message ("expected a real date written
 * YYYY-MM-DD …") is kept as it is.
 * @param issue - one of zod's issues.
 * @param options.found - false when the field is missing altogether (then "… is required").
 * @param options.field - how to name the field; by default the last step of the issue's path.
 */
export function issueMessage(issue: z.core.$ZodIssue, options: { found?: boolean; field?: string } = {}): string {
  const field = options.field ?? (issue.path.length ? String(issue.path[issue.path.length - 1]) : "the file");
  if (issue.code === "invalid_type" && options.found === false) return `${field} is required`;
  if (issue.code === "unrecognized_keys") {
    const shown = issue.keys.slice(0, 5).map((k) => quoted(k.length > 40 ? `${k.slice(0, 40)}…` : k));
    const more = issue.keys.length > shown.length ? ` and ${issue.keys.length - shown.length} more` : "";
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${shown.join(", ")}${more} (check the spelling; see docs/file-format.md)`;
  }
  if (issue.code === "invalid_value" && "values" in issue)
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  // zod's own wording ("Too big: expected number to be <=99") in plain words; a schema's own message stays.
  const generic = /^Too (big|small)/.test(issue.message);
  if (generic && issue.code === "too_big" && issue.origin === "number") return `expected at most ${issue.maximum}`;
  if (generic && issue.code === "too_small" && issue.origin === "number") return `expected at least ${issue.minimum}`;
  if (generic && issue.code === "too_small" && issue.origin === "string") return `${field} must not be empty`;
  return issue.message.replace(/^Invalid input: /, "");
}
