// Draft minutes of the real meeting of 30 Nov 2022 (seed 003: the structure of the minutes, the
// close at 9.15pm, the resolutions and the "Agreed:" action).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfExample, example, run, tempDir } from "./helpers.js";

describe("scrutineer minutes", () => {
  it("drafts the minutes of 30 Nov 2022 by date or id", async () => {
    const byDate = await run(["minutes", example, "--meeting", "2022-11-30"]);
    expect(byDate.code).toBe(0);
    expect(byDate.stdout).toContain("Date of Meeting Wednesday 30 November 2022");
    expect(byDate.stdout).toContain("## 7 Child Q Safeguarding Practice Review (21.20)");
    expect(byDate.stdout).toContain("7.2 Members noted and agreed the letter.");
    expect(byDate.stdout).toContain("11.2 The meeting closed at 9.15 pm.");
    expect((await run(["minutes", example, "--meeting", "2022-11"])).stdout).toBe(byDate.stdout);
  });

  it("writes HTML with --format html", async () => {
    const { code, stdout } = await run(["minutes", example, "--meeting", "2022-11", "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(stdout).toContain("7.2 Members noted and agreed the letter.");
  });

  it("writes to a file with -o, and refuses a missing or unknown meeting with exit 2", async () => {
    const out = join(tempDir(), "minutes.md");
    expect((await run(["minutes", example, "--meeting", "2022-11", "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("**Cllr Sophie Conway in the Chair**");
    expect((await run(["minutes", example])).code).toBe(2);
    expect((await run(["minutes", example, "--meeting", "2022-11", "--format", "pdf"])).code).toBe(2);
    const unknown = await run(["minutes", example, "--meeting", "2022-11-29"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
  });

  it("reads the programme relative to the folder it is run in, as every command does", async () => {
    const { dir } = copyOfExample();
    const here = await run(["minutes", "programme.yaml", "--meeting", "2022-11-30"], { cwd: dir });
    expect(here.code, here.stderr).toBe(0);
    expect(here.stdout).toBe((await run(["minutes", example, "--meeting", "2022-11-30"])).stdout);
  });
});
