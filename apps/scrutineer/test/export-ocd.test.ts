import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { programmeFromOcd, validateOcd } from "@scrutineer/ocd";
import { describe, expect, it } from "vitest";
import { example, run, tempDir } from "./helpers.js";

describe("scrutineer export ocd", () => {
  it("writes one valid JSON file per object, rewrites nothing unchanged, and removes objects that are gone", async () => {
    const dir = tempDir("scrutineer-ocd-");
    const out = join(dir, "ocd");
    const first = await run(["export", "ocd", example, "--out-dir", out, "--now", "2023-01-09"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /: 3 organizations, 45 people, 18 memberships, 2 posts, 8 events \(76 files, 76 written\)\nnot in Open Civic Data:\n {2}- /,
    );
    const names = readdirSync(out);
    const objects = names.map((n) => JSON.parse(readFileSync(join(out, n), "utf8")));
    for (const o of objects) expect(validateOcd(o._type, o)).toEqual([]);
    expect(programmeFromOcd(objects).programme.meetings).toHaveLength(8);

    const again = await run(["export", "ocd", example, "--out-dir", out, "--now", "2023-01-09"]);
    expect(again.stdout).toContain("(76 files, 0 written)");
    writeFileSync(join(out, "README.txt"), "kept");
    writeFileSync(join(out, "event_00000000-0000-5000-8000-000000000000.json"), "{}");
    const third = await run(["export", "ocd", example, "--out-dir", out, "--now", "2023-01-09"]);
    expect(third.stdout).toContain("(76 files, 0 written, 1 removed)");
    expect(readdirSync(out)).toContain("README.txt");
  });

  it("exits 2 for a missing programme", async () => {
    const r = await run(["export", "ocd", "nowhere.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nowhere.yaml: no such file");
  });
});
