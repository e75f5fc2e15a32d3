import { Composer, type Document, isMap, isNode, isPair, isScalar, LineCounter, Parser, visit } from "yaml";
import type * as z from "zod";
import { describeCharacter, quoted, refusedCharacters } from "./characters.js";
import { crossReferenceProblems, type ReferenceProblem } from "./cross-references.js";
import { decodeUtf8, utf8Length } from "./decode-programme.js";
import { issueMessage } from "./issue-message.js";
import { type ProgrammeLimits, programmeLimits } from "./limits.js";
import { Programme } from "./programme.js";
import { fillFromRegister, type RegisterFill } from "./register-fill.js";
import { pathAt, structureProblems, tooDeep } from "./yaml-structure.js";
import { syntaxProblems } from "./yaml-syntax.js";

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

/**
 * `parseProgramme`'s answer: the programme, its `yaml` document (for edits that keep comments) and no
 * errors; or every error found (`ProgrammeError`: file, line, column, field path, code, message).
 */
export type ParseResult =
  | { ok: true; programme: Programme; document: Document; errors: [] }
  | { ok: false; errors: ProgrammeError[]; programme?: undefined; document?: Document };

/** `meetings[2].agenda[0]` from `["meetings", 2, "agenda", 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      // A key that is not a plain name is quoted, and never carries a control character out.
      const text = String(key);
      // A long key is cut: a message names it, and is printed once per error.
      const name = /^[A-Za-z_$][\w$-]{0,60}$/.test(text)
        ? text
        : quoted(text.length > 40 ? `${text.slice(0, 40)}…` : text);
      out += out ? `.${name}` : name;
    }
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

/** Options of `parseProgramme`. */
export interface ParseOptions {
  /** Raise or lower the limits of `programmeLimits` (docs/limits.md), e.g. for a bench. */
  limits?: Partial<ProgrammeLimits>;
  /**
   * A council's register of people (council.yaml): a programme in a council folder may name a
   * member, co-optee, substitute, officer or Cabinet member by register id only, and its
   * commission may leave out what the council states once (`fillFromRegister`). Absent: the
   * programme stands alone, as always.
   */
  register?: RegisterFill;
}

/** What a YAML file of one schema needs beyond the shared steps (size, characters, YAML, structure). */
export interface YamlFileKind<S extends z.ZodType> {
  schema: S;
  /** The message for an empty file ("a programme starts with commission: …"). */
  empty: string;
  /** The file's own name in messages ("a programme file"). */
  what: string;
  /** Lists whose length is limited before the schema runs, with their limit. */
  counted?: (limits: ProgrammeLimits) => ReadonlyArray<readonly [string, number]>;
  /** Before the schema: fill or rewrite the plain data, reporting problems by path. */
  prepare?: (data: unknown) => ReferenceProblem[];
  /** After the schema: problems of references between the parsed fields. */
  references?: (parsed: z.output<S>) => ReferenceProblem[];
}

/** A parsed YAML file of one schema, with its document (for positions and comment-keeping edits). */
export type YamlParseResult<T> =
  | { ok: true; value: T; document: Document; errors: [] }
  | { ok: false; errors: ProgrammeError[]; value?: undefined; document?: Document };

/** "1.2 MB", "1 MiB": sizes as an officer reads them. */
function formatSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1000)} KB`;
}

/** An error about the file as a whole (its size, its encoding, its emptiness): at 1:1 unless a position is known. */
function wholeFile(file: string, code: string, message: string, line = 1, column = 1): ProgrammeError {
  return { file, line, column, path: "", code, message };
}

/** At most `max` errors; the rest are counted in a last line at the first one left out. */
function capped(errors: ProgrammeError[], max: number): ProgrammeError[] {
  if (errors.length <= max) return errors;
  const next = errors[max] as ProgrammeError;
  return [
    ...errors.slice(0, max),
    { ...next, path: "", code: "too-many-errors", message: `and ${errors.length - max} more errors from here on` },
  ];
}

/**
 * A programme file's bytes (or text) to text, refusing before any parsing a file larger than
 * `limits.maxBytes` and bytes that are not UTF-8 (naming the line and column of the first bad
 * byte). A leading byte-order mark is removed. Used by `parseProgramme`; the CLI calls it to keep
 * the text it read.
 */
export function decodeProgramme(
  source: string | Uint8Array,
  file = "programme.yaml",
  options: ParseOptions = {},
): { ok: true; text: string } | { ok: false; errors: ProgrammeError[] } {
  const maxBytes = options.limits?.maxBytes ?? programmeLimits.maxBytes;
  const whole = (code: string, message: string, line = 1, column = 1) => wholeFile(file, code, message, line, column);
  const size = typeof source === "string" ? utf8Length(source) : source.length;
  if (size > maxBytes)
    return {
      ok: false,
      errors: [
        whole(
          "file-too-large",
          `the file is ${formatSize(size)}; a programme file may be at most ${formatSize(maxBytes)} (docs/limits.md)`,
        ),
      ],
    };
  if (typeof source === "string") return { ok: true, text: source.charCodeAt(0) === 0xfeff ? source.slice(1) : source };
  const decoded = decodeUtf8(source);
  if (!decoded.ok) return { ok: false, errors: [whole("not-utf8", decoded.message, decoded.line, decoded.column)] };
  return { ok: true, text: decoded.text };
}

/**
 * Parse a programme file: typed data, or *every* error (up to `limits.maxErrors`) with file, line,
 * column and field path. Pure: the caller reads the file and passes its bytes (checked to be
 * UTF-8, a leading byte-order mark removed) or its text. Never throws for any input: the file's
 * size, its characters, its YAML (syntax, nesting depth, keys, aliases), the counts of items and
 * meetings, the schema and the cross-references are all checked, in that order, and each limit
 * is in `programmeLimits` and docs/limits.md. The `yaml` library keeps source positions.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const parsed = parseProgramme(readFileSync("examples/hackney-cyp-2022-23/programme.yaml", "utf8"), "programme.yaml");
 * if (parsed.ok) parsed.programme.meetings.length; // 8
 * else for (const e of parsed.errors) console.error(formatProgrammeError(e)); // programme.yaml:12:11: meetings[0].date: …
 * parseProgramme("meetings: [", "bad.yaml").ok; // false
 */
export function parseProgramme(
  source: string | Uint8Array,
  file = "programme.yaml",
  options: ParseOptions = {},
): ParseResult {
  const { register } = options;
  const result = parseYamlFile(source, file, options, {
    schema: Programme,
    what: "a programme file",
    empty: "the file is empty: a programme starts with commission: (see docs/file-format.md)",
    counted: (limits) => [
      ["items", limits.maxItems],
      ["meetings", limits.maxMeetings],
    ],
    ...(register ? { prepare: (data: unknown) => fillFromRegister(data, register) } : {}),
    references: crossReferenceProblems,
  });
  return result.ok
    ? { ok: true, programme: result.value, document: result.document, errors: [] }
    : result.document
      ? { ok: false, errors: result.errors, document: result.document }
      : { ok: false, errors: result.errors };
}

/**
 * Parse a YAML file of any schema the way a programme is parsed (`parseProgramme`): the same
 * limits, the same refusals, and every error with file, line, column and field path. Never
 * throws. `@scrutineer/council` reads council.yaml with it.
 */
export function parseYamlFile<S extends z.ZodType>(
  source: string | Uint8Array,
  file: string,
  options: Pick<ParseOptions, "limits">,
  kind: YamlFileKind<S>,
): YamlParseResult<z.output<S>> {
  type Result = YamlParseResult<z.output<S>>;
  const limits: ProgrammeLimits = { ...programmeLimits, ...options.limits };
  const fail = (errors: ProgrammeError[], document?: Document): Result =>
    document
      ? { ok: false, errors: capped(errors, limits.maxErrors), document }
      : { ok: false, errors: capped(errors, limits.maxErrors) };
  const whole = (code: string, message: string) => wholeFile(file, code, message);

  const decoded = decodeProgramme(source, file, options);
  if (!decoded.ok) return decoded;
  const text = decoded.text;

  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const located = (offset: number, path: readonly PropertyKey[], code: string, message: string): ProgrammeError => {
    const { line, col } = at(offset);
    return { file, line, column: col, path: formatPath(path), code, message };
  };

  // The parser builds its tree without recursion; the composer and everything after it recurse,
  // so the nesting depth is checked on the parser's tokens, before composing.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const refused = refusedCharacters(text, { lineBreaks: true, crlf: true, max: limits.maxErrors + 1 });
  const characterErrors = (document?: Document) =>
    refused.map((r) =>
      located(
        r.index,
        document ? pathAt(document, r.index) : [],
        "control-character",
        r.codePoint === 0x0d
          ? "a carriage return without a line feed: save the file with LF (or CRLF) line endings"
          : `the invisible character ${describeCharacter(r.codePoint)} is not allowed in ${kind.what} (remove it; see docs/limits.md)`,
      ),
    );
  const deep = tooDeep(tokens, limits.maxDepth);
  if (deep !== undefined)
    return fail([
      ...characterErrors(),
      located(
        deep.offset,
        deep.path,
        "too-deep",
        `lists and maps are nested more than ${limits.maxDepth} deep here (docs/limits.md)`,
      ),
    ]);

  // Keys are checked once per map with a Set (structureProblems), not by the composer's pairwise test.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  let document: Document.Parsed | undefined;
  const extra: ProgrammeError[] = [];
  for (const doc of composer.compose(tokens, true, text.length)) {
    if (!document) document = doc;
    else {
      extra.push(
        located(
          doc.range[0],
          [],
          "yaml-multiple-docs",
          `${kind.what} holds one YAML document: remove the second \`---\` and what follows, or put it in its own file`,
        ),
      );
      break;
    }
  }
  if (!document) return fail([whole("empty-file", kind.empty)]);
  if (refused.length > 0) return fail(characterErrors(document), document);

  if (document.errors.length > 0 || extra.length > 0) {
    return fail(
      [
        ...syntaxProblems(document.errors, text, tokens, lineCounter).map((p) =>
          located(p.offset, [], p.code, p.message),
        ),
        ...extra,
      ],
      document,
    );
  }
  if (document.contents === null || (isScalar(document.contents) && document.contents.value === null))
    return fail([whole("empty-file", kind.empty)], document);

  const structure = structureProblems(document, limits);
  if (structure.length > 0)
    return fail(
      structure.map((p) => located(p.offset, p.path, p.code, p.message)),
      document,
    );

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliasValues }) ?? {};
  } catch (error) {
    // structureProblems bounds the aliases first; the library's own guard is the second line.
    if (!(error instanceof ReferenceError)) throw error;
    let first = 0;
    visit(document, {
      Alias(_key, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return fail(
      [located(first, pathAt(document, first), "too-many-aliases", `${error.message} (docs/limits.md)`)],
      document,
    );
  }

  for (const [field, max] of kind.counted?.(limits) ?? []) {
    const list = (data as Record<string, unknown>)[field];
    if (Array.isArray(list) && list.length > max) {
      const where = locate(document, [field, max]);
      return fail(
        [
          located(
            where.offset,
            [field, max],
            `too-many-${field}`,
            `a programme holds at most ${max.toLocaleString("en-GB")} ${field}; this one has ${list.length.toLocaleString("en-GB")} (docs/limits.md)`,
          ),
        ],
        document,
      );
    }
  }

  if (kind.prepare) {
    const prepared = kind.prepare(data);
    if (prepared.length > 0)
      return fail(
        prepared.map((p) => located(locate(document, p.path).offset, p.path, p.code, p.message)),
        document,
      );
  }

  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) {
    // One error per field: zod may report a number both beyond the safe integers and beyond the
    // field's own bound; the last issue for a path is the field's own (most specific) one.
    const last = new Map<string, z.core.$ZodIssue>();
    for (const issue of parsed.error.issues) {
      const key = issue.code === "unrecognized_keys" ? [...issue.path, "?"] : issue.path;
      last.set(formatPath(key), issue);
    }
    return fail(
      [...last.values()].map((issue) => {
        const key = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
        const where = locate(document, issue.path, key);
        const own = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
        return located(
          where.offset,
          key ? [...issue.path, key] : issue.path,
          typeof own === "string" ? own : `schema-${issue.code.replace(/_/g, "-")}`,
          issueMessage(issue, { found: where.found }),
        );
      }),
      document,
    );
  }

  const problems = kind.references?.(parsed.data) ?? [];
  if (problems.length > 0) {
    return fail(
      problems.map((p) => located(locate(document, p.path).offset, p.path, p.code, p.message)),
      document,
    );
  }
  return { ok: true, value: parsed.data, document, errors: [] };
}
