import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journalPath } from "../src/io/journal.js";
import { repoRoot, tempDir } from "./helpers.js";
import { cli, tmuxServer, tmuxSkip } from "./tmux-session.js";

// time-zone passes: out, it drives a real terminal; the council's dates are checked by src/planner/state/council.test.ts

/**
 * `scrutineer plan <council-folder>`, the built binary in a real 80×24 terminal (tmux), as in
 * tmux-plan.test.ts: open a committee, move a meeting onto another committee's evening, switch
 * committee and back, see the clash on the council timeline, save, quit, and check the folder.
 */

const server = tmuxServer("scrutineer-council-test");

// One session for the whole file keeps the tmux server up between tests (see tmux-session.ts).
beforeAll(() => {
  if (!tmuxSkip) server.keep();
});
afterAll(() => {
  if (!tmuxSkip) server.kill();
});

/** A copy of the council example and the CYP programme it names, side by side as in the repository. */
function copyOfCouncil(): string {
  const root = tempDir("scrutineer-tmux-council-");
  cpSync(join(repoRoot, "examples/hackney-council-2022-23"), join(root, "hackney-council-2022-23"), {
    recursive: true,
  });
  cpSync(join(repoRoot, "examples/hackney-cyp-2022-23"), join(root, "hackney-cyp-2022-23"), { recursive: true });
  return root;
}

/** The planner on the copy's council folder, in an 80×24 terminal. */
function open(root: string) {
  const command = `cd '${root}' && node '${cli}' plan hackney-council-2022-23 --now 2023-01-09`;
  return server.open("council", command, { columns: 80, rows: 24 });
}

describe.skipIf(tmuxSkip !== undefined)("scrutineer plan <council-folder> in a real terminal (tmux)", () => {
  it("opens a committee, makes a clash, sees it on the timeline after switching, saves only that file, and check finds it", {
    timeout: 180_000,
  }, async () => {
    const root = copyOfCouncil();
    const dir = join(root, "hackney-council-2022-23");
    const panelFile = join(dir, "scrutiny-panel.yaml");
    const cypFile = join(root, "hackney-cyp-2022-23/programme.yaml");
    const before = { panel: readFileSync(panelFile, "utf8"), cyp: readFileSync(cypFile, "utf8") };
    const t = open(root);
    await t.until(/Committees \(6\)/, "the committees list");
    await t.ready();
    await t.type("Down", "Enter");
    await t.until(/Year \(2 meetings/, "the Scrutiny Panel's planner");
    // Its April meeting to 27 February 2023, the evening CYP meets (Cllr Gordon sits on both).
    await t.type("t", "2023-02-27", "Enter");
    await t.until(/● 1 unsaved/, "the move");
    // Journalled beside its own file at once; CYP's file has no journal.
    for (let i = 0; i < 100 && !existsSync(journalPath(panelFile)); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(journalPath(panelFile))).toBe(true);
    expect(existsSync(journalPath(cypFile))).toBe(false);
    await t.type("]");
    await t.until(/Scrutineer · Living in Hackney/, "the next committee");
    await t.type("[");
    await t.until(/Scrutineer · Scrutiny Panel.*● 1 unsaved/, "the Panel again, its edit kept");
    await t.type("T");
    const timeline = await t.until(/Council timeline/, "the timeline");
    expect(timeline.split("\n").filter((l) => /⚠ member-clash\s*$/.test(l))).toHaveLength(2);
    expect(timeline).toContain("Cllr Margaret Gordon sits on CYP and");
    for (const line of timeline.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    await t.type("Escape");
    await t.until(/Year \(2 meetings/, "back in the Panel's year");
    await t.type("s");
    await t.until(/Saved hackney-council-2022-23\/scrutiny-panel\.yaml/, "the save");
    await t.type("q");
    await t.until(/EXIT=0/, "the planner to exit 0");
    t.close();

    const saved = readFileSync(panelFile, "utf8");
    expect(saved).not.toBe(before.panel);
    expect(saved).toContain("date: 2023-02-27");
    expect(saved).toContain("- { id: margaret-gordon, role: chair }"); // register ids stay ids
    expect(readFileSync(cypFile, "utf8")).toBe(before.cyp);
    expect(existsSync(journalPath(panelFile))).toBe(false);
    const check = spawnSync(process.execPath, [cli, "check", dir, "--json", "--now", "2023-01-09"], {
      encoding: "utf8",
    });
    const report = JSON.parse(check.stdout) as { council: { code: string; committees: string[] }[] };
    expect(report.council.map((f) => `${f.code} ${f.committees.join("+")}`)).toEqual([
      "member-clash cyp+scrutiny-panel",
    ]);
  });
});
