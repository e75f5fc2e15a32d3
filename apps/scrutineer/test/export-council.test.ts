import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfCouncil } from "./council.fixtures.js";
import { run } from "./helpers.js";

describe("scrutineer export ics <council-folder> --member", () => {
  it("gives a councillor on three bodies one feed with every meeting of each", async () => {
    const { root } = copyOfCouncil("scrutineer-council-feed-");
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

describe("a joint meeting in a councillor's feed across committees", () => {
  it("is one event (one UID) for a councillor on both committees", async () => {
    const { root } = copyOfCouncil("scrutineer-council-joint-");
    // Living in Hackney's meeting of 12 December 2022 held jointly with CYP, written in each
    // programme (docs/council-wide.md), and Cllr Gordon (CYP's Vice-Chair) on Living in Hackney too.
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(file, "utf8");
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, to));
    };
    const lih = join(root, "council/living-in-hackney.yaml");
    edit(lih, "date: 2022-12-12 # CId=119 MId=5537", "date: 2022-12-12\n    jointWith: [cyp]");
    edit(
      lih,
      "  - { id: soraya-adejare, role: chair }",
      "  - { id: soraya-adejare, role: chair }\n  - margaret-gordon",
    );
    edit(
      join(root, "hackney-cyp-2022-23/programme.yaml"),
      "  - id: 2023-01\n    date: 2023-01-16",
      '  - id: 2022-12\n    date: 2022-12-12\n    venue: "Committee Rooms, Hackney Town Hall, Mare Street, London E8 1EA"\n    jointWith: [living-in-hackney]\n  - id: 2023-01\n    date: 2023-01-16',
    );
    // The council's check finds the joint meeting listed alike by both.
    const check = await run(["check", "council", "--json"], { cwd: root });
    expect(JSON.parse(check.stdout).council).toEqual([]);

    const out = join(root, "gordon.ics");
    const { code, stderr } = await run(["export", "ics", "council", "--member", "margaret-gordon", "-o", out], {
      cwd: root,
    });
    expect(code).toBe(0);
    // CYP 9 (the joint meeting among them), Living in Hackney 1 more, the Panel 2, Child Q 1.
    expect(stderr).toContain(`wrote ${out}: 13 events`);
    const ics = readFileSync(out, "utf8");
    const events = ics.split("BEGIN:VEVENT").slice(1);
    const onTheDay = events.filter((e) => /^DTSTART;TZID=Europe\/London:20221212T190000\r?$/m.test(e));
    expect(onTheDay).toHaveLength(1);
    const uids = events.map((e) => /^UID:(.*?)\r?$/m.exec(e)?.[1]);
    expect(new Set(uids).size).toBe(uids.length);

    // Each committee's own feed on the published site still holds it; her member feed there, once.
    const site = join(root, "site");
    expect((await run(["export", "site", "council", "--out-dir", site], { cwd: root })).code).toBe(0);
    const count = (file: string) =>
      readFileSync(join(site, file), "utf8").match(/^DTSTART;TZID=Europe\/London:20221212T190000\r?$/gm)?.length;
    expect([count("cyp.ics"), count("living-in-hackney.ics"), count("members/margaret-gordon.ics")]).toEqual([1, 1, 1]);
  });
});
