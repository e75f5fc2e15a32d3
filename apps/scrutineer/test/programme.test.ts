import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleWithSensitiveInterest, SECRET } from "./agenda-command.fixtures.js";
import { brokenFixture, example, repoRoot, run, tempDir } from "./helpers.js";

describe("scrutineer programme", () => {
  it("prints the work programme as Markdown by default, dated today in London", async () => {
    const { code, stdout, stderr } = await run(["programme", example], { now: "2023-01-09T12:00:00Z" });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# Children and Young People Scrutiny Commission: work programme 2022/23",
      "",
      "London Borough of Hackney. As at Monday 9 January 2023.",
    ]);
    expect(lines).toContain("## Meeting 2: Thursday 29 September 2022 (moved from 8 September 2022)");
    expect(lines).toContain("## Possible items noted for 2023/24");
    expect(stdout.endsWith("|\n")).toBe(true);
  });

  it("takes today from --now, and from the London date when UTC is still the day before", async () => {
    const fixed = await run(["programme", example, "--now", "2023-01-06"]);
    expect(fixed.stdout).toContain("As at Friday 6 January 2023.");
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    const summer = await run(["programme", example], { now: "2022-06-30T23:30:00Z" });
    expect(summer.stdout).toContain("As at Friday 1 July 2022.");
  });

  it("prints a self-contained HTML page with --format html", async () => {
    const { code, stdout } = await run(["programme", example, "--format", "html", "--now", "2023-01-06"]);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(stdout).toContain("<title>Children and Young People Scrutiny Commission: work programme 2022/23</title>");
    expect(stdout).toContain("(moved from 8 September 2022)</h2>");
    expect(stdout).not.toMatch(/<script|<link|\ssrc=/);
  });

  it("writes -o FILE atomically, relative to the working directory, the same text it would print", async () => {
    const dir = tempDir("scrutineer-programme-");
    for (const format of ["md", "html"]) {
      const name = `out/work-programme.${format}`;
      const written = await run(["programme", example, "--format", format, "-o", name, "--now", "2023-01-06"], {
        cwd: dir,
      });
      expect(written).toEqual({ code: 0, stdout: "", stderr: "" });
      const printed = await run(["programme", example, "--format", format, "--now", "2023-01-06"]);
      expect(readFileSync(join(dir, name), "utf8")).toBe(printed.stdout);
    }
    // No temporary files are left beside the output.
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["work-programme.html", "work-programme.md"]);
  });

  it("never prints a sensitive interest's nature", async () => {
    const file = exampleWithSensitiveInterest();
    for (const format of ["md", "html"]) {
      const { code, stdout } = await run(["programme", file, "--format", format]);
      expect(code).toBe(0);
      expect(stdout).toContain("work programme 2022/23");
      expect(stdout).not.toContain(SECRET);
      expect(stdout).not.toContain("Secretco");
    }
  });

  it.each([
    [["programme"], /^usage: scrutineer programme <programme\.yaml>/],
    [["programme", example, "--format", "pdf"], /^scrutineer programme: --format pdf: expected md or html\n$/],
    [
      ["programme", example, "--now", "2023-02-30"],
      /^--now 2023-02-30: expected a real date written YYYY-MM-DD or an instant with its offset, such as 2022-07-01T09:00:00Z\n$/,
    ],
    [["programme", example, "--colour"], /^scrutineer programme: Unknown option '--colour'/],
    [["programme", example, example], /^usage: /],
    [["programme", "missing.yaml"], /^missing\.yaml: no such file\n$/],
    [["programme", brokenFixture("07-impossible-date.yaml")], /07-impossible-date\.yaml:\d+:\d+: /],
  ])("exits 2 with a plain message for bad input: %j", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+\)/);
  });

  it("is listed in --help", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toContain(
      "scrutineer programme <programme.yaml> [--format md|html] [--with-checks] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
    );
  });
});

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");

describe.runIf(existsSync(cli))("the built CLI: scrutineer programme", () => {
  it("writes the same HTML in any time zone", () => {
    const outputs = ["UTC", "America/New_York", "Asia/Tokyo"].map((TZ) =>
      execFileSync("node", [cli, "programme", example, "--format", "html", "--now", "2023-01-06"], {
        env: { ...process.env, TZ },
        encoding: "utf8",
      }),
    );
    expect(outputs[0]).toContain("As at Friday 6 January 2023.");
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
