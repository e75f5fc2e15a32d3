import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { example, repoRoot, run, tempDir } from "./helpers.js";

describe("scrutineer plan without a terminal", () => {
  it("exits 2 at once, suggesting scrutineer check", async () => {
    const { code, stdout, stderr } = await run(["plan", example], { isTTY: false });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "scrutineer plan needs an interactive terminal (its input and output must be a TTY).\n" +
        "In scripts, pipes and CI use: scrutineer check <programme.yaml> [--json]\n",
    );
  });

  it("does the same for a bare `scrutineer` in a pipe", async () => {
    const { code, stderr } = await run([], { isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toContain("scrutineer check");
  });

  const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");
  it.skipIf(!existsSync(cli))(
    "the built binary exits 2 with stdin not a terminal, never waiting for keys",
    async () => {
      const child = spawn(process.execPath, [cli, "plan", example], { stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve(null);
        }, 15_000);
        child.on("exit", (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(code).toBe(2);
      // A planner that waited for keys would be killed at 15 s and exit with no code: never 2.
      expect(stderr).toContain("scrutineer check <programme.yaml> [--json]");
    },
  );
});

describe("scrutineer with no arguments", () => {
  it("prints help and exits 2 when there is no programme.yaml here", async () => {
    const dir = tempDir();
    const { code, stderr } = await run([], { isTTY: true, cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(`There is no programme.yaml in ${dir}: name a programme file.`);
    expect(stderr).toContain("scrutineer plan [programme.yaml | council-folder]");
    expect(stderr).toContain("scrutineer check <programme.yaml>");
  });
});

describe("scrutineer plan's arguments", () => {
  it("refuses two files, an unknown flag, a bad --now and a missing file (exit 2, no stack trace)", async () => {
    expect((await run(["plan", example, example], { isTTY: true })).code).toBe(2);
    expect((await run(["plan", example, "--colour"], { isTTY: true })).code).toBe(2);
    const badNow = await run(["plan", example, "--now", "2023-02-30"], { isTTY: true });
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toMatch(/^--now 2023-02-30/);
    const missing = await run(["plan", "no-such.yaml"], { isTTY: true, cwd: tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("no-such.yaml: no such file\n");
  });

  it("on a council folder: every file's errors with file:line:column, exit 2, before any screen", async () => {
    const root = tempDir("scrutineer-plan-council-");
    cpSync(join(repoRoot, "examples/hackney-council-2022-23"), join(root, "council"), { recursive: true });
    cpSync(join(repoRoot, "examples/hackney-cyp-2022-23"), join(root, "hackney-cyp-2022-23"), { recursive: true });
    const panel = join(root, "council/scrutiny-panel.yaml");
    writeFileSync(
      panel,
      readFileSync(panel, "utf8").replace("- { id: margaret-gordon, role: chair }", "- no-such-councillor"),
    );
    const { code, stdout, stderr } = await run(["plan", "council"], { isTTY: true, cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^council\/scrutiny-panel\.yaml:\d+:\d+: members\[0\]/);
    expect(stderr).toContain("no-such-councillor");
    expect(stderr).not.toContain("    at ");
  });

  it("is listed by scrutineer --help", async () => {
    const { stdout } = await run(["--help"], { isTTY: false });
    expect(stdout).toContain("scrutineer plan [programme.yaml | council-folder]");
  });
});
