import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { type CodeBlock, codeBlocks, documentedFiles } from "./markdown-blocks.js";
import { splitImports, withStatedResults } from "./prepare.js";
import { type DocExample, type PublicExport, publicExports } from "./public-exports.js";

/** A snippet written out as a module: where it came from and how its lines map back. */
export interface Snippet {
  /** `docs/dates.md:8` or `packages/dates/src/plain-date.ts:205 (addDays)`. */
  label: string;
  /** The doc file, and the doc line of the module's line 1 (may be below 1 for a prelude). */
  file: string;
  firstLine: number;
  run: boolean;
  /** Assertions made from `expression; // "literal"` lines. */
  stated: number;
  /** The module's path under the work directory. */
  path: string;
}

/** The bundled example the docstrings' `@example`s may use as `programme`, `index` and `source`. */
const EXAMPLE = "examples/hackney-cyp-2022-23/programme.yaml";

/**
 * The lines before an `@example`: its package's exports imported by name, and `source` (the text
 * of the bundled Hackney example), `programme` (parsed) and `index` (`indexProgramme(programme)`),
 * so an example shows the call, not the loading. Markdown blocks get no prelude: a reader copies
 * them whole, so they compile as written.
 */
function prelude(example: DocExample, names: string[], ownImports: string[]): string[] {
  const own = ownImports.join("\n");
  const wanted = names.filter((n) => !new RegExp(`\\b${n}\\b`).test(own));
  return [
    `import { readFileSync as __readFileSync } from "node:fs";`,
    `import { indexProgramme as __indexProgramme, parseProgramme as __parseProgramme } from "@scrutineer/model";`,
    `import { ${wanted.join(", ")} } from "${example.pkg}";`,
    ...ownImports,
    `const source = __readFileSync(${JSON.stringify(EXAMPLE)}, "utf8");`,
    `const __parsed = __parseProgramme(source, "programme.yaml");`,
    `if (!__parsed.ok) throw new Error("the bundled example does not parse");`,
    `const programme = __parsed.programme;`,
    `const index = __indexProgramme(programme);`,
    `void source, programme, index;`,
    "{",
  ];
}

export interface Collected {
  blocks: CodeBlock[];
  exports: PublicExport[];
  snippets: Snippet[];
}

/** Writes every Markdown block and every `@example` as a module under `work`. */
export function collect(root: string, work: string): Collected {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const blocks = documentedFiles(root).flatMap((file) => codeBlocks(root, file));
  const exports = publicExports(root);
  const snippets: Snippet[] = [];
  blocks.forEach((block, i) => {
    const prepared = withStatedResults(block.code, (l) => `${block.file}:${block.line + l}`);
    const path = join(work, `block-${String(i).padStart(3, "0")}.ts`);
    writeFileSync(path, prepared.code);
    snippets.push({
      label: `${block.file}:${block.line}`,
      file: block.file,
      firstLine: block.line,
      run: block.run,
      stated: prepared.stated,
      path,
    });
  });
  const namesOf = new Map<string, string[]>();
  for (const e of exports) namesOf.set(e.pkg, [...(namesOf.get(e.pkg) ?? []), e.name]);
  exports
    .flatMap((e) => e.examples)
    .forEach((example, i) => {
      const { imports } = splitImports(example.code);
      const before = prelude(example, namesOf.get(example.pkg) ?? [], imports);
      // Import lines moved into the prelude leave blank lines, so the body keeps its line numbers.
      const lines = example.code.split("\n").map((line) => (/^import\s/.test(line) ? "" : line));
      const prepared = withStatedResults(lines.join("\n"), (l) => `${example.file}:${example.line + l}`);
      const path = join(work, `example-${String(i).padStart(3, "0")}.ts`);
      writeFileSync(
        path,
        `${before.join("\n")}\n${prepared.code.replace(/\nfunction __stated/, "\n}\nfunction __stated")}`,
      );
      snippets.push({
        label: `${example.file}:${example.line} (${example.name})`,
        file: example.file,
        firstLine: example.line - before.length,
        run: true,
        stated: prepared.stated,
        path,
      });
    });
  return { blocks, exports, snippets };
}

/**
 * Type-checks every snippet in one program against the packages' published types (their
 * `dist/*.d.ts`, as an installed package resolves), with the repository's strict settings.
 * Returns each snippet's errors as `file:line: message`, in the doc's own lines.
 */
export function typeCheck(snippets: Snippet[]): Map<string, string[]> {
  const program = ts.createProgram(
    snippets.map((s) => s.path),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2023.d.ts"],
      types: ["node"],
      strict: true,
      noUncheckedIndexedAccess: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const errors = new Map<string, string[]>();
  for (const snippet of snippets) {
    const sf = program.getSourceFile(snippet.path);
    const found = sf ? ts.getPreEmitDiagnostics(program, sf) : [];
    errors.set(
      snippet.path,
      found.map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
        return `${snippet.file}:${snippet.firstLine + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }
  return errors;
}

const run = promisify(execFile);

/** Transpiles a snippet to JavaScript beside it and runs it with Node from the repository root. */
export async function runSnippet(root: string, snippet: Snippet): Promise<void> {
  const source = ts.sys.readFile(snippet.path) ?? "";
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const path = snippet.path.replace(/\.ts$/, ".mjs");
  writeFileSync(path, js);
  try {
    await run(process.execPath, [path], { cwd: root, timeout: 110_000 });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${snippet.label} failed when run:\n${e.stderr || e.message}`);
  }
}
