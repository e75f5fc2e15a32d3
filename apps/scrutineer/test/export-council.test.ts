import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run, tempDir } from "./helpers.js";

describe("scrutineer export ics <council-folder> --member", () => {
  it("gives a councillor on three bodies one feed with every meeting of each", async () => {
    const root = tempDir("scrutineer-council-feed-");
    cpSync(join(repoRoot, "examples/hackney-council-2022-23"), join(root, "council"), { recursive: true });
    cpSync(join(repoRoot, "examples/hackney-cyp-2022-23"), join(root, "hackney-cyp-2022-23"), { recursive: true });
    const out = join(root, "gordon.ics");
    const { code, stderr } = await run(["export", "ics", "council", "--member", "margaret-gordon", "-o", out], {
      cwd: root,
    });
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}: 11 events`);
    const ics = readFileSync(out, "utf8");
    expect(ics).toContain("X-WR-CALNAME:Cllr Margaret Gordon: scrutiny meetings");
    const summaries = ics.match(/^SUMMARY:.*$/gm) ?? [];
    const count = (title: string) => summaries.filter((s) => s === `SUMMARY:${title}`).length;
    // CYP (Vice-Chair): 8 meetings; the Scrutiny Panel (Chair): 2; the Child Q joint committee (Vice-Chair): 1.
    expect([
      count("Children and Young People Scrutiny Commission"),
      count("Scrutiny Panel"),
      count("Child Q - Special Joint Scrutiny"),
    ]).toEqual([8, 2, 1]);
    expect(summaries).toHaveLength(11);
  });
});
