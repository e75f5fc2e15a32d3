import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Code, Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** A TypeScript code block of a Markdown file. */
export interface CodeBlock {
  /** Where it is, relative to the repository root: `docs/dates.md`. */
  file: string;
  /** 1-based line of the block's first line of code (the line after the opening fence). */
  line: number;
  /** The code as written. */
  code: string;
  /** False for a block marked ```` ```ts no-run ````: it is type-checked but not run. */
  run: boolean;
}

const TS = new Set(["ts", "typescript", "tsx"]);

/** The Markdown files whose TypeScript blocks are checked: README.md, docs/*.md, packages/*\/README.md. */
export function documentedFiles(root: string): string[] {
  const md = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => join(dir, f));
  const packages = readdirSync(join(root, "packages"))
    .sort()
    .map((p) => join("packages", p, "README.md"))
    .filter((f) => {
      try {
        readFileSync(join(root, f));
        return true;
      } catch {
        return false;
      }
    });
  return ["README.md", ...md("docs"), ...packages];
}

/**
 * Every ```` ```ts ```` (or `typescript`, `tsx`) block of a Markdown file, found by a CommonMark
 * parser (mdast-util-from-markdown) rather than a regular expression, so fences inside lists,
 * block quotes or longer fences are read as a reader's renderer reads them.
 */
export function codeBlocks(root: string, file: string): CodeBlock[] {
  const tree = fromMarkdown(readFileSync(join(root, file), "utf8"));
  const blocks: CodeBlock[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "code") {
      const code = node as Code;
      if (code.lang && TS.has(code.lang)) {
        const flags = (code.meta ?? "").split(/\s+/);
        blocks.push({
          file: relative(root, join(root, file)),
          line: (code.position?.start.line ?? 0) + 1,
          code: code.value,
          run: !flags.includes("no-run"),
        });
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return blocks;
}
