import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** An `@example` of a docstring. */
export interface DocExample {
  /** The package's name: `@scrutineer/dates`. */
  pkg: string;
  /** The export whose docstring holds it. */
  name: string;
  /** Source file relative to the repository root, and the 1-based line of the example's first line of code. */
  file: string;
  line: number;
  /** The example's code, the docstring's leading `*` removed. */
  code: string;
}

/** One public export of a package: a name re-exported by its `src/index.ts`. */
export interface PublicExport {
  pkg: string;
  name: string;
  /** Where it is declared (first declaration), relative to the repository root, 1-based line. */
  file: string;
  line: number;
  /** True when a declaration carries a doc comment with text or tags. */
  documented: boolean;
  examples: DocExample[];
}

function hasDoc(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).some((doc) => {
    if (ts.isJSDoc(doc)) return Boolean(ts.getTextOfJSDocComment(doc.comment)?.trim()) || (doc.tags?.length ?? 0) > 0;
    return true;
  });
}

/**
 * Every export of every `packages/*\/src/index.ts`, with whether it is documented and its
 * `@example`s, read with the TypeScript compiler's checker (aliases followed to the declaration,
 * so `export { x } from "./x.js"` is judged by `x`'s own docstring).
 */
export function publicExports(root: string): PublicExport[] {
  const packages = readdirSync(join(root, "packages")).sort();
  const entries = packages.map((p) => join(root, "packages", p, "src", "index.ts"));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const out: PublicExport[] = [];
  packages.forEach((dir, i) => {
    const source = program.getSourceFile(entries[i] as string);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${entries[i]}`);
    const pkg = `@scrutineer/${dir}`;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const first = declarations[0];
      const where = (node: ts.Node) => {
        const sf = node.getSourceFile();
        return {
          file: relative(root, sf.fileName),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        };
      };
      const examples: DocExample[] = [];
      for (const declaration of declarations) {
        for (const tag of ts.getJSDocTags(declaration)) {
          if (tag.tagName.text !== "example") continue;
          const code = ts.getTextOfJSDocComment(tag.comment)?.trim();
          const at = where(tag);
          // Declarations of another package's build (a re-export) are that package's examples.
          if (!code || at.file.includes("/dist/")) continue;
          const sf = tag.getSourceFile();
          const tagLine = sf.text.split("\n")[at.line - 1] ?? "";
          const line = /@example\s*$/.test(tagLine) ? at.line + 1 : at.line;
          examples.push({ pkg, name: exported.name, file: at.file, line, code });
        }
      }
      out.push({
        pkg,
        name: exported.name,
        ...(first ? where(first) : { file: relative(root, entries[i] as string), line: 1 }),
        documented: declarations.some(hasDoc),
        examples,
      });
    }
  });
  return out;
}
