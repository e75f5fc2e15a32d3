import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfCouncil } from "./council.fixtures.js";
import { repoRoot, run, tempDir } from "./helpers.js";

const council = join(repoRoot, "examples/hackney-council-2022-23");

describe("scrutineer export overview <council-folder>", () => {
  it("prints the council overview as Markdown: each committee's year and the clashes across them", async () => {
    const { code, stdout, stderr } = await run(["export", "overview", council]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")[0]).toBe("# Council overview 2022/23: London Borough of Hackney");
    expect(stdout).toContain(
      "As at Monday 9 January 2023. 6 committees, 18 meetings; no clash found across committees.",
    );
    expect(stdout).toMatch(
      /^\| Children and Young People Scrutiny Commission \| Cllr Sophie Conway \| 8 \| \d+ \| 0 \|$/m,
    );
    expect(stdout).toContain("## Child Q - Special Joint Scrutiny");
  });

  it("writes self-contained HTML with -o, and shows a planted clash at both meetings", async () => {
    const { root } = copyOfCouncil("scrutineer-overview-");
    const panel = join(root, "council/scrutiny-panel.yaml");
    writeFileSync(panel, readFileSync(panel, "utf8").replace("date: 2023-04-24", "date: 2023-02-27"));
    const { code, stdout } = await run(
      ["export", "overview", "council", "--format", "html", "-o", "overview.html", "--now", "2023-02-01"],
      { cwd: root },
    );
    expect([code, stdout]).toEqual([0, ""]);
    const html = readFileSync(join(root, "overview.html"), "utf8");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain("As at Wednesday 1 February 2023.");
    expect(html.match(/clash: member-clash/g)).toHaveLength(2);
    expect(html).toContain("<code>member-clash</code>");
    // Nothing private: the register's contact details stay in council.yaml.
    expect(html).not.toMatch(/@hackney\.gov\.uk|020 8356/);
  });

  it("is published in the council's site, linked from its index; a site of programme files has none", async () => {
    const { root } = copyOfCouncil("scrutineer-overview-site-");
    const { code, stdout } = await run(["export", "site", "council", "--out-dir", "site"], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain(", the council overview (");
    const index = readFileSync(join(root, "site/index.html"), "utf8");
    expect(index).toContain(`<li><a href="overview.html">Council overview: each committee's year at a glance</a></li>`);
    const overview = readFileSync(join(root, "site/overview.html"), "utf8");
    expect(overview).toContain("<h1>Council overview 2022/23</h1>");
    const alone = await run(["export", "site", "hackney-cyp-2022-23/programme.yaml", "--out-dir", "cyp-site"], {
      cwd: root,
    });
    expect(alone.code).toBe(0);
    expect(existsSync(join(root, "cyp-site/overview.html"))).toBe(false);
    expect(readFileSync(join(root, "cyp-site/index.html"), "utf8")).not.toContain("Documents");
  });

  it("refuses a folder without council.yaml, and a format it does not know, with exit 2", async () => {
    const dir = tempDir();
    const missing = await run(["export", "overview", dir]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/no council\.yaml in this folder/)]);
    const format = await run(["export", "overview", council, "--format", "pdf"]);
    expect([format.code, format.stderr]).toEqual([2, expect.stringContaining("--format pdf: expected md or html")]);
  });
});
