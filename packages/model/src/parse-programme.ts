import { type Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { crossReferenceProblems } from "./cross-references.js";
import { Programme } from "./programme.js";

/** A precise, human-readable error in a programme file: what an officer needs to fix it. */
export interface ProgrammeError {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Field path, e.g. `meetings[2].agenda[0].statedStart` (empty for the whole file). */
  path: string;
  code: string;
  message: string;
}

export type ParseResult =
  | { ok: true; programme: Programme; document: Document; errors: [] }
  | { ok: false; errors: ProgrammeError[]; programme?: undefined; document?: Document };

/** `meetings[2].agenda[0]` from `["meetings", 2, "agenda", 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Format an error as compilers do: `file:line:column: path: message`. */
export function formatProgrammeError(e: ProgrammeError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.path ? `${e.path}: ` : ""}${e.message}`;
}

interface Located {
  offset: number;
  found: boolean;
}

/** The source offset of the deepest node on `path`, preferring the key for a missing or unknown field. */
function locate(doc: Document, path: readonly PropertyKey[], key?: string): Located {
  let node: unknown = doc.contents;
  let offset = (isNode(node) && node.range?.[0]) || 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) return { offset, found: false };
      node = pair.value;
      const target = isNode(pair.value) ? pair.value : pair.key;
      offset = (isNode(target) && target.range?.[0]) || offset;
      if (i === path.length - 1 && !isNode(pair.value) && isNode(pair.key)) offset = pair.key.range?.[0] ?? offset;
    } else if (node && typeof node === "object" && "items" in node && typeof step === "number") {
      const child = (node as { items: unknown[] }).items[step];
      if (child === undefined) return { offset, found: false };
      node = isPair(child) ? child.value : child;
      offset = (isNode(node) && node.range?.[0]) || offset;
    } else {
      return { offset, found: false };
    }
  }
  if (key && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isNode(pair.key)) offset = pair.key.range?.[0] ?? offset;
  }
  return { offset, found: true };
}

function plainMessage(issue: z.core.$ZodIssue, found: boolean): string {
  const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : "the file";
  if (issue.code === "invalid_type" && !found) return `${field} is required`;
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling; see docs/file-format.md)`;
  if (issue.code === "invalid_value" && "values" in issue)
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return issue.message.replace(/^Invalid input: /, "");
}

/**
 * Parse a programme file's text: typed data, or *every* error with file, line, column and
 * field path. Pure: the caller reads the file. YAML syntax errors, schema errors and
 * cross-reference errors are all reported; the `yaml` library keeps source positions.
 */
export function parseProgramme(source: string, file = "programme.yaml"): ParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);

  if (document.errors.length > 0) {
    return {
      ok: false,
      document,
      errors: document.errors.map((e) => {
        const { line, col } = at(e.pos[0]);
        return {
          file,
          line,
          column: col,
          path: "",
          code: `yaml-${e.code.toLowerCase().replace(/_/g, "-")}`,
          message: e.message.split("\n")[0] ?? e.message,
        };
      }),
    };
  }

  const data: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};
  const parsed = Programme.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      document,
      errors: parsed.error.issues.map((issue) => {
        const key = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
        const where = locate(document, issue.path, key);
        const { line, col } = at(where.offset);
        const path = key ? formatPath([...issue.path, key]) : formatPath(issue.path);
        return {
          file,
          line,
          column: col,
          path,
          code: `schema-${issue.code.replace(/_/g, "-")}`,
          message: plainMessage(issue, where.found),
        };
      }),
    };
  }

  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0) {
    return {
      ok: false,
      document,
      errors: problems.map((p) => {
        const { line, col } = at(locate(document, p.path).offset);
        return { file, line, column: col, path: formatPath(p.path), code: p.code, message: p.message };
      }),
    };
  }
  return { ok: true, programme: parsed.data, document, errors: [] };
}
