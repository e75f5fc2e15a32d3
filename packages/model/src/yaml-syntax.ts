/**
 * YAML syntax errors in an officer's words, with the fix. The `yaml` library's messages are
 * written for parser authors ("Nested mappings are not allowed in compact mappings"), and one
 * slip often gives several: a tab gives one per line and more where the lines no longer line up;
 * a missing `]` is noticed a line later, where the next field looks wrongly indented. Here each
 * slip becomes one message at the place to fix it, and the library's code stays the key
 * (`yaml-block-as-implicit-key`), so a caller still branches on what the parser found.
 *
 * Source: issue 14 ("syntax errors in parser jargon"): an unquoted colon in a title, a tab, a
 * missing `}`, each tried on a copy of the Hackney programme.
 */

import type { CST, LineCounter, YAMLError } from "yaml";

/** One syntax error, translated: where to fix it (a source offset), the kept code and the message. */
export interface SyntaxProblem {
  offset: number;
  /** `yaml-` and the library's `ErrorCode` in kebab case, e.g. `yaml-tab-as-indent`. */
  code: string;
  message: string;
}

/** The code a `YAMLError` is reported under: `BLOCK_AS_IMPLICIT_KEY` → `yaml-block-as-implicit-key`. */
export function yamlErrorCode(error: Pick<YAMLError, "code">): string {
  return `yaml-${error.code.toLowerCase().replace(/_/g, "-")}`;
}

interface Lines {
  text: string;
  lineCounter: LineCounter;
}

/** The 1-based line and column of an offset. */
function pos(lines: Lines, offset: number): { line: number; col: number } {
  return lines.lineCounter.linePos(offset);
}

/** The text of a 1-based line, without its line break. */
function lineText(lines: Lines, line: number): string {
  const start = lines.lineCounter.lineStarts[line - 1] ?? lines.text.length;
  const next = lines.lineCounter.lineStarts[line] ?? lines.text.length + 1;
  return lines.text.slice(start, next - 1).replace(/\r$/, "");
}

/** The source offset of a 1-based line and column. */
function offsetOf(lines: Lines, line: number, col: number): number {
  return (lines.lineCounter.lineStarts[line - 1] ?? 0) + col - 1;
}

/** The leading spaces and tabs of a line. */
function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? "";
}

/** Whether a line holds only spaces or a comment. */
function blank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/**
 * A value written back in quotes, as the fix to show: double quotes (as JSON writes them, which
 * YAML reads alike) unless the text holds a double quote and no single one.
 */
function inQuotes(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

/** The field named just before a column on a line (`title` in `    title: Budget`), if any. */
function keyBefore(line: string, col: number): string | undefined {
  return /(?:^|[\s{,])([A-Za-z_][\w-]*)\s*:\s*$/.exec(line.slice(0, col - 1))?.[1];
}

/** Lines whose indentation holds a tab (1-based), among `candidates`. */
function tabIndented(lines: Lines, candidates: Iterable<number>): number[] {
  const found = new Set<number>();
  for (const line of candidates) if (indentOf(lineText(lines, line)).includes("\t")) found.add(line);
  return [...found].sort((a, b) => a - b);
}

/** "line 11", "lines 11 and 12", "lines 11, 12 and 14". */
function lineList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`;
  return `lines ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/** Every flow collection and quoted scalar in the parser's tokens, in source order, without recursion. */
function openers(tokens: readonly CST.Token[]): CST.Token[] {
  const out: CST.Token[] = [];
  const stack: (CST.Token | undefined | null)[] = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token) continue;
    if (token.type === "document") stack.push(token.value);
    else if (token.type === "flow-collection" || token.type === "block-map" || token.type === "block-seq") {
      if (token.type === "flow-collection") out.push(token);
      const items = token.items as { key?: CST.Token | null; value?: CST.Token | null }[];
      for (let i = items.length - 1; i >= 0; i--) {
        stack.push(items[i]?.value);
        stack.push(items[i]?.key);
      }
    } else if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") out.push(token);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The first `{` or `[` the parser never saw closed. */
function unclosedCollection(tokens: readonly CST.Token[]): CST.FlowCollection | undefined {
  for (const token of openers(tokens)) {
    if (token.type !== "flow-collection") continue;
    const close = token.start.source === "{" ? "flow-map-end" : "flow-seq-end";
    if (!token.end.some((t) => t.type === close)) return token;
  }
  return undefined;
}

/**
 * Whether quoted text as written ends with its closing quote: one not itself escaped (`\\"` in
 * double quotes; in single quotes `''` stands for one quote, so the closing one is the odd one out).
 */
function closedQuote(source: string): boolean {
  const quote = source[0];
  const inner = source.slice(1);
  if (!inner.endsWith(quote ?? "")) return false;
  const body = inner.slice(0, -1);
  if (quote === '"') {
    // The backslashes just before it: an even run escapes only itself.
    const slashes = body.length - body.replace(/\\+$/, "").length;
    return slashes % 2 === 0;
  }
  const quotes = inner.length - inner.replace(/'+$/, "").length;
  return quotes % 2 === 1;
}

/** The first quoted text the parser never saw closed. */
function unclosedQuote(tokens: readonly CST.Token[]): CST.FlowScalar | undefined {
  for (const token of openers(tokens)) {
    if (token.type !== "double-quoted-scalar" && token.type !== "single-quoted-scalar") continue;
    if (!closedQuote(token.source)) return token;
  }
  return undefined;
}

/**
 * A plain value holding `": "` (which YAML reads as a field inside the value) at an error's
 * position: the field's name, the value and where it starts. In a flow map (`{ name: A: b }`)
 * the value ends at the next `,` or `}`.
 */
function colonInValue(lines: Lines, offset: number) {
  const { line, col } = pos(lines, offset);
  const text = lineText(lines, line);
  const key = keyBefore(text, col);
  if (!key) return undefined;
  const before = text.slice(0, col - 1);
  const inFlow = /[{,]\s*[A-Za-z_][\w-]*\s*:\s*$/.test(before) && before.includes("{");
  let value = text.slice(col - 1);
  if (inFlow) value = value.replace(/\s*[,}].*$/, "");
  value = value.replace(/\s+#.*$/, "").trimEnd();
  if (!/:(\s|$)/.test(value)) return undefined;
  return { key, value, line, col };
}

/**
 * Translate the `yaml` library's errors on one document into plain words. `tokens` are the
 * parser's tokens of the same text (read for where a `{`, `[` or quote was opened). The result
 * is in source order; cascades are dropped: after a tab or an unclosed bracket or quote nothing
 * later in the file can be trusted, so only that one is said.
 */
export function syntaxProblems(
  errors: readonly YAMLError[],
  text: string,
  tokens: readonly CST.Token[],
  lineCounter: LineCounter,
): SyntaxProblem[] {
  const lines: Lines = { text, lineCounter };
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);

  // A tab in the indentation: one message for every such line, whatever else the tabs caused.
  const tabs = tabIndented(
    lines,
    sorted.map((e) => pos(lines, e.pos[0]).line),
  );
  if (tabs.length > 0) {
    const first = tabs[0] as number;
    const tabCol = indentOf(lineText(lines, first)).indexOf("\t") + 1;
    const others = tabs.slice(1);
    return [
      {
        offset: offsetOf(lines, first, tabCol),
        code: "yaml-tab-as-indent",
        message: `this line is indented with a tab: use spaces, not tabs (YAML reads indentation as structure and counts spaces only)${others.length ? `; ${lineList(others)} too` : ""}`,
      },
    ];
  }

  const out: SyntaxProblem[] = [];
  const said = new Set<number>();
  for (const error of sorted) {
    const code = yamlErrorCode(error);
    const { line } = pos(lines, error.pos[0]);
    if (said.has(line)) continue;
    const problem = translate(error, code, lines, tokens);
    said.add(pos(lines, problem.offset).line);
    said.add(line);
    out.push(problem);
    // Past an unclosed bracket or quote the parser reads the rest of the file wrongly.
    if (problem.message.startsWith("close the")) break;
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function translate(error: YAMLError, code: string, lines: Lines, tokens: readonly CST.Token[]): SyntaxProblem {
  const at = error.pos[0];
  const { line, col } = pos(lines, at);
  const keep = (message: string, offset = at): SyntaxProblem => ({ offset, code, message });

  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_IN_FLOW": {
      const colon = colonInValue(lines, at);
      if (colon) {
        const [what, it] = colon.key === "title" ? ["the title", "the title"] : [`the value of ${colon.key}`, "it"];
        return keep(
          `${what} contains ": ", which YAML reads as the start of another field: put ${it} in quotes, ${colon.key}: ${inQuotes(colon.value)}`,
        );
      }
      // The value runs on to a line indented deeper that holds a colon: a field indented too far.
      const key = keyBefore(lineText(lines, line), col);
      if (key) {
        let next = line + 1;
        while (next <= lines.lineCounter.lineStarts.length && blank(lineText(lines, next))) next++;
        const nextText = lineText(lines, next);
        const keyCol = lineText(lines, line).search(new RegExp(`${key}\\s*:`)) + 1;
        const nextCol = indentOf(nextText).length + 1;
        if (nextCol > keyCol && /:(\s|$)/.test(nextText)) {
          return keep(
            `line ${next} is indented further than ${key} (column ${nextCol}, not ${keyCol}), so YAML reads it as part of the value of ${key}: start it in column ${keyCol}`,
            offsetOf(lines, next, nextCol),
          );
        }
      }
      break;
    }
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN": {
      if (/Flow (map|sequence)|end with a [}\]]/.test(error.message)) {
        const open = unclosedCollection(tokens);
        if (open) {
          const o = pos(lines, open.start.offset);
          const close = open.start.source === "{" ? "}" : "]";
          return keep(
            `close the \`${open.start.source}\` opened on line ${o.line}: end the ${close === "}" ? "map" : "list"} with \`${close}\` before the next field`,
            open.start.offset,
          );
        }
      }
      if (/Missing closing .?quote/.test(error.message)) {
        const open = unclosedQuote(tokens);
        if (open) {
          const o = pos(lines, open.offset);
          const quote = open.source[0];
          return keep(
            `close the quote opened on line ${o.line}: end the text with ${quote} on the same line`,
            open.offset,
          );
        }
        return keep(`close the quote: the text runs on to the end of the file`);
      }
      if (error.code === "UNEXPECTED_TOKEN" && /"[}\]]"/.test(error.message)) {
        const ch = /"([}\]])"/.exec(error.message)?.[1] ?? "}";
        return keep(
          `this \`${ch}\` closes nothing: remove it (or add the \`${ch === "}" ? "{" : "["}\` it was meant to close)`,
        );
      }
      if (/same column|without - indicator|indent/i.test(error.message)) {
        // The nearest line above that starts a field: the column this one should share.
        let above = line - 1;
        while (above > 0 && blank(lineText(lines, above))) above--;
        const aboveText = lineText(lines, above);
        const aboveKey = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:/.exec(aboveText);
        const here = indentOf(lineText(lines, line)).length + 1;
        if (aboveKey && line > 1) {
          const aboveCol = (aboveKey[1]?.length ?? 0) + 1;
          return keep(
            `this line starts in column ${here} but ${aboveKey[2]} on line ${above} starts in column ${aboveCol}: fields of one entry start in the same column (a new entry of a list starts with "- ")`,
            offsetOf(lines, line, here),
          );
        }
      }
      if (/need to be followed by map values/.test(error.message)) {
        return keep(`this line has no ":" after its field name: write it as name: value`);
      }
      break;
    }
    case "BAD_DQ_ESCAPE":
      return keep(
        `a backslash in double quotes starts an escape such as \\n: write \\\\ for a backslash, or put the text in single quotes`,
      );
    case "DUPLICATE_KEY":
      return keep("a field is given twice here (keep one)");
    default:
      break;
  }
  return keep(error.message.split("\n")[0] ?? error.message);
}
