/**
 * Turns a documentation snippet into a module that checks itself: each line written
 * `expression; // "literal"` (a string, number, boolean or null after the `//`) becomes an
 * assertion that the expression gives that literal (a string ending in "…": begins with it), so a
 * doc that states a result is held to it.
 * Lines keep their numbers, so a compiler or run-time error maps back to the doc's own line.
 */

const STATED =
  /^(\s*)(?!(?:const|let|var|import|export|return|if|for|while|throw|type|interface|declare)\b)([^/\s].*?);\s*\/\/\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)(?=$|[\s:;,(.])/;

/** The helper appended to every prepared snippet (a function declaration, so it is hoisted). */
// A stated string ending in "…" is the start of the result.
const HELPER =
  "\nfunction __stated(actual: unknown, expected: unknown, where: string): void {\n" +
  '  if (typeof expected === "string" && expected.endsWith("…") && typeof actual === "string" && actual.startsWith(expected.slice(0, -1))) return;\n' +
  "  if (JSON.stringify(actual) !== JSON.stringify(expected))\n" +
  '    throw new Error(where + ": the doc says " + JSON.stringify(expected) + ", the code gives " + JSON.stringify(actual));\n' +
  "}\nexport {};\n";

/** How many assertions a snippet gained, and its code with them. */
export interface Prepared {
  code: string;
  stated: number;
}

/** `where(i)` names the doc's line for the snippet's 0-based line `i`, for the assertion's message. */
export function withStatedResults(code: string, where: (i: number) => string): Prepared {
  let stated = 0;
  const lines = code.split("\n").map((line, i) => {
    const m = STATED.exec(line);
    if (!m) return line;
    stated++;
    const [, indent, expression, literal] = m;
    return `${indent}__stated((${expression}), ${literal}, ${JSON.stringify(where(i))});`;
  });
  return { code: lines.join("\n") + HELPER, stated };
}

/** Lines that are `import` declarations (one line each, as the docstrings write them) and the rest. */
export function splitImports(code: string): { imports: string[]; body: string[] } {
  const imports: string[] = [];
  const body: string[] = [];
  for (const line of code.split("\n")) (/^import\s/.test(line) ? imports : body).push(line);
  return { imports, body };
}
