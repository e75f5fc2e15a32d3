import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run, tempDir } from "./helpers.js";

/**
 * A private briefing (North Yorkshire's mid-cycle briefing of 22 July 2022: `public: false`, the
 * default) appears in a member's own feed and the officers' own feed, and in no public output:
 * every document, the public feed, every file of the published site, the Open Civic Data export
 * and the JSON of every command. Each output is searched for its title, its id and its date.
 */
const northYorkshire = join(repoRoot, "examples/north-yorkshire-health-2022-23/programme.yaml");
const SECRETS = ["Mid cycle briefing", "briefing-2022-07", "2022-07-22", "22 Jul", "20220722"];
const NOW = "2022-12-01T09:00:00Z";

function copy(): { dir: string; file: string } {
  const dir = tempDir("scrutineer-private-");
  const file = join(dir, "programme.yaml");
  copyFileSync(northYorkshire, file);
  return { dir, file };
}

/** Every file under a folder, with its text. */
function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, text: readFileSync(path, "utf8") }];
  });
}

describe("a private briefing", () => {
  it("would be published if it were public: the search below can find it", async () => {
    const { dir, file } = copy();
    writeFileSync(file, readFileSync(file, "utf8").replace("    public: false", "    public: true"));
    const feed = await run(["export", "ics", file, "--now", NOW], { cwd: dir, now: NOW });
    expect(feed.stdout).toContain("Mid cycle briefing");
    const programme = await run(["programme", file, "--format", "md", "--now", NOW], { cwd: dir, now: NOW });
    expect(programme.stdout).toContain("Mid cycle briefing");
  });

  it("is in the member's own feed and the officers' own feed", async () => {
    const { dir, file } = copy();
    const member = await run(["export", "ics", file, "--member", "andrew-lee", "--now", NOW], { cwd: dir, now: NOW });
    expect(member.code).toBe(0);
    expect(member.stdout).toContain("SUMMARY:Scrutiny of Health briefing: Mid cycle briefing");
    expect(member.stdout).toContain("DTSTART;VALUE=DATE:20220722");
    const officers = await run(["export", "ics", file, "--deadlines", "--now", NOW], { cwd: dir, now: NOW });
    expect(officers.stdout).toContain("Mid cycle briefing");
  });

  it("is in no public output: documents, the public feed, the site, the OCD export, any command's JSON", async () => {
    const { dir, file } = copy();
    const outputs: { what: string; text: string }[] = [];
    const add = async (what: string, argv: string[]) => {
      const r = await run(argv, { cwd: dir, now: NOW });
      expect(r.code, `${what}: ${r.stderr}`).toBeLessThanOrEqual(1);
      outputs.push({ what, text: r.stdout + r.stderr });
    };
    for (const meeting of ["2022-06-17", "2022-09-09", "2022-11-04", "2022-12-16", "2023-03-10"])
      for (const format of ["md", "html", "json"])
        await add(`agenda ${meeting} ${format}`, [
          "agenda",
          file,
          "--meeting",
          meeting,
          "--format",
          format,
          "--now",
          NOW,
        ]);
    await add("programme md", ["programme", file, "--format", "md", "--now", NOW]);
    await add("programme html", ["programme", file, "--format", "html", "--now", NOW]);
    await add("public feed", ["export", "ics", file, "--now", NOW]);
    await add("check json", ["check", file, "--json", "--now", NOW]);
    await add("deadlines json", ["deadlines", file, "--json", "--now", NOW]);
    for (const meeting of ["2022-06-17", "2022-12-16"])
      await add(`interests ${meeting} json`, ["interests", file, "--meeting", meeting, "--json"]);
    const site = join(dir, "site");
    await add("export site", [
      "export",
      "site",
      file,
      "--out-dir",
      site,
      "--base-url",
      "https://example.gov.uk/c/",
      "--now",
      NOW,
    ]);
    const ocd = join(dir, "ocd");
    await add("export ocd", ["export", "ocd", file, "--out-dir", ocd, "--now", NOW]);
    for (const f of [...filesUnder(site), ...filesUnder(ocd)]) outputs.push({ what: f.path, text: f.text });

    expect(outputs.length).toBeGreaterThan(25);
    expect(outputs.some((o) => o.what.endsWith("members/andrew-lee.ics"))).toBe(true);
    for (const { what, text } of outputs)
      for (const secret of SECRETS) expect(text, `${what} holds "${secret}"`).not.toContain(secret);
  });
});
