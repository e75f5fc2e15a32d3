import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../src/io/context.js";
import { main } from "../src/main.js";

export const repoRoot = new URL("../../../", import.meta.url).pathname;
export const example = join(repoRoot, "examples/hackney-cyp-2022-23/programme.yaml");
export const brokenFixture = (name: string) => join(repoRoot, "packages/model/test/fixtures/broken", name);

/** Run the CLI in-process with captured output and a fixed clock. */
export async function run(argv: string[], options: { now?: string; cwd?: string; isTTY?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: options.cwd ?? repoRoot,
    now: new Date(options.now ?? "2023-01-09T12:00:00Z"),
    isTTY: options.isTTY ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export function tempDir(prefix = "scrutineer-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of a programme file as `programme.yaml` in a fresh directory (commands write their state and journal beside it). */
export function copyOf(source: string, prefix = "scrutineer-"): { dir: string; file: string } {
  const dir = tempDir(prefix);
  const file = join(dir, "programme.yaml");
  copyFileSync(source, file);
  return { dir, file };
}

/** A copy of the example in a fresh directory (commands write their state and journal beside it). */
export function copyOfExample(prefix = "scrutineer-"): { dir: string; file: string } {
  return copyOf(example, prefix);
}
