import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agendaItemId, parseProgramme } from "@scrutineer/model";
import { afterAll, describe, expect, it } from "vitest";
import { journalPath } from "../src/io/journal.js";
import { example, repoRoot, tempDir } from "./helpers.js";

/**
 * The built binary in a real terminal: tmux runs `scrutineer plan`, the test types keys with
 * send-keys and reads the screen with capture-pane, as an officer at a keyboard would.
 */

const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");
const tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].find((p) => existsSync(p));
const skip = !tmuxPath
  ? "tmux is not installed (CI installs it: apt-get install tmux)"
  : !existsSync(cli)
    ? "the CLI is not built (pnpm --filter scrutineer build)"
    : undefined;
if (skip) console.warn(`skipping the tmux tests: ${skip}`);

const socket = `scrutineer-test-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync(tmuxPath!, ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });

afterAll(() => {
  if (!skip) spawnSync(tmuxPath!, ["-L", socket, "kill-server"]);
});

const exampleText = readFileSync(example, "utf8");
/** The officer's comments in the example: every `# …` that starts a line. */
const exampleComments = exampleText
  .split("\n")
  .filter((l) => l.trimStart().startsWith("#"))
  .map((l) => l.trim());

let sessions = 0;

/** Start the planner on a copy of the example in a fresh terminal of the given size. */
function open(dir: string, options: { env?: Record<string, string>; columns?: number; rows?: number } = {}) {
  const name = `plan${++sessions}`;
  const env = Object.entries(options.env ?? {})
    .map(([k, v]) => `${k}=${v} `)
    .join("");
  const command = `cd '${dir}' && env ${env}node '${cli}' plan programme.yaml --now 2023-01-09`;
  tmux(
    "new-session",
    "-d",
    "-s",
    name,
    "-x",
    String(options.columns ?? 120),
    "-y",
    String(options.rows ?? 32),
    `sh -c "${command}; echo EXIT=\\$?; sleep 600"`,
  );
  const screen = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", name);
  const keys = (...k: string[]) => {
    for (const key of k) tmux("send-keys", "-t", name, key);
  };
  async function until(test: RegExp, what = String(test)): Promise<string> {
    for (let i = 0; i < 400; i++) {
      const text = screen();
      if (test.test(text)) return text;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the terminal never showed ${what}:\n${screen()}`);
  }
  /** Type keys one at a time, letting the screen settle after each. */
  async function type(...k: string[]) {
    for (const key of k) {
      keys(key);
      await new Promise((r) => setTimeout(r, 120));
    }
  }
  /**
   * Wait until the planner reads keys one by one (its terminal in raw mode): keys typed
   * before that are held by the terminal's line editing and an Enter arrives as a newline.
   */
  async function ready(): Promise<void> {
    const tty = tmux("display-message", "-p", "-t", name, "#{pane_tty}").trim();
    for (let i = 0; i < 400; i++) {
      const mode = spawnSync("stty", ["-F", tty, "-a"], { encoding: "utf8" }).stdout;
      if (/(^|\s)-icanon(\s|$)/.test(mode)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the planner never took the keyboard:\n${screen()}`);
  }
  /** The planner's pid: the child of the pane's shell. */
  const pid = () => {
    const shell = tmux("display-message", "-p", "-t", name, "#{pane_pid}").trim();
    return Number(execFileSync("pgrep", ["-P", shell], { encoding: "utf8" }).trim().split("\n")[0]);
  };
  const close = () => spawnSync(tmuxPath!, ["-L", socket, "kill-session", "-t", name]);
  return { screen, keys, type, until, ready, pid, close };
}

function copyOfExample(): string {
  const dir = tempDir("scrutineer-tmux-");
  copyFileSync(example, join(dir, "programme.yaml"));
  return dir;
}

function checkJson(file: string): { ok: boolean; findings: { code: string; meeting?: string; severity: string }[] } {
  const out = spawnSync(process.execPath, [cli, "check", file, "--json", "--now", "2023-01-09"], { encoding: "utf8" });
  return JSON.parse(out.stdout);
}

describe.skipIf(skip !== undefined)("scrutineer plan in a real terminal (tmux)", () => {
  // Each test starts the built planner once or twice; a loaded machine can take seconds per start.
  const slow = { timeout: 180_000 };
  it(
    "opens the example, moves an item, saves and quits; check --json shows the move and the comments are kept",
    slow,
    async () => {
      const dir = copyOfExample();
      const t = open(dir);
      await t.until(/Year \(8 meetings/, "the planner");
      await t.ready();
      expect(t.screen()).toMatch(/Checks \(\d+\): 0 errors/);
      // 27 Feb → its agenda → SEND Action Plan → move to 16 Jan.
      await t.type("Down", "Right", "j");
      await t.until(/▸ 19:50 +5 SEND Action Plan/, "SEND Action Plan selected");
      await t.type("m", "Up", "Up", "Up", "Up");
      await t.until(/→ Mon 16 Jan/, "16 Jan as the target");
      await t.type("Enter");
      await t.until(/Move SEND Action Plan from 27 Feb 2023 to 16 Jan 2023 · 1 new error/, "the move");
      expect(t.screen()).toContain("● 1 unsaved");
      await t.type("s");
      await t.until(/Saved programme\.yaml/, "the save");
      await t.type("q");
      await t.until(/EXIT=0/, "the planner to exit 0");
      t.close();

      const file = join(dir, "programme.yaml");
      const saved = readFileSync(file, "utf8");
      const parsed = parseProgramme(saved);
      if (!parsed.ok) throw new Error("the saved file does not parse");
      const agenda = (id: string) => parsed.programme.meetings.find((m) => m.id === id)!.agenda.map(agendaItemId);
      expect(agenda("2023-01")).toContain("send-action-plan");
      expect(agenda("2023-02")).not.toContain("send-action-plan");
      const report = checkJson(file);
      expect(report.ok).toBe(false);
      expect(report.findings).toContainEqual(
        expect.objectContaining({ code: "agenda-overrun", meeting: "2023-01-16", severity: "error" }),
      );
      for (const comment of exampleComments) expect(saved).toContain(comment);
      expect(saved).toContain(
        'plannedEnd: "22:00" # Standing orders: meetings close at 22.00 unless the meeting agrees to go on',
      );
      // Only the two agenda lines changed.
      expect(saved.split("\n").length).toBe(exampleText.split("\n").length + 1);
      expect(existsSync(journalPath(file))).toBe(false);
    },
  );

  it("after SIGKILL mid-edit keeps what was saved and offers the rest on the next start", slow, async () => {
    const dir = copyOfExample();
    const file = join(dir, "programme.yaml");
    const first = open(dir);
    await first.until(/Year \(8 meetings/, "the planner");
    await first.ready();
    // A saved edit: cancel 17 Apr.
    await first.type("Down", "Down", "Down", "x");
    await first.until(/Cancel the meeting of 17 Apr 2023/, "the cancellation");
    await first.type("s");
    await first.until(/Saved programme\.yaml/, "the save");
    // An unsaved edit: CAMHS gets 30 minutes, typed.
    await first.type("Right", "t", "3", "0", "Enter");
    await first.until(/Give Accessibility of CAMHS 30 min/, "the minutes");
    await first.until(/● 1 unsaved/, "one unsaved edit");
    for (let i = 0; i < 100 && !existsSync(journalPath(file)); i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(first.pid(), "SIGKILL");
    await first.until(/EXIT=137/, "the planner killed");
    first.close();

    const disk = parseProgramme(readFileSync(file, "utf8"));
    if (!disk.ok) throw new Error("the file does not parse after the kill");
    expect(disk.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled"); // saved: kept
    expect(disk.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBeUndefined(); // not saved
    expect(existsSync(journalPath(file))).toBe(true);

    const second = open(dir);
    await second.until(/Unsaved edits from last time/, "the recovery offer");
    await second.ready();
    expect(second.screen()).toContain("• Give Accessibility of CAMHS 30 min (was no minutes)");
    await second.type("y");
    await second.until(/Recovered 1 unsaved edit/, "the recovery");
    await second.type("s");
    await second.until(/Saved programme\.yaml/, "the save");
    await second.type("q");
    await second.until(/EXIT=0/, "the planner to exit");
    second.close();
    const after = parseProgramme(readFileSync(file, "utf8"));
    if (!after.ok) throw new Error("the file does not parse after recovery");
    expect(after.programme.items.find((i) => i.id === "camhs-accessibility")!.minutes).toBe(30);
    expect(after.programme.meetings.find((m) => m.id === "2023-04")!.status).toBe("cancelled");
    expect(existsSync(journalPath(file))).toBe(false);
  });

  it("refuses to replay a journal onto a file changed since, and keeps it aside", slow, async () => {
    const dir = copyOfExample();
    const file = join(dir, "programme.yaml");
    const first = open(dir);
    await first.until(/Year \(8 meetings/, "the planner");
    await first.ready();
    await first.type("x");
    await first.until(/Cancel the meeting of 16 Jan 2023/, "an edit");
    for (let i = 0; i < 100 && !existsSync(journalPath(file)); i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(first.pid(), "SIGKILL");
    await first.until(/EXIT=137/, "the planner killed");
    first.close();
    writeFileSync(file, `${readFileSync(file, "utf8")}# a line added by hand\n`);

    const second = open(dir);
    await second.until(/Unsaved edits not recovered/, "the refusal");
    await second.ready();
    expect(second.screen()).toMatch(/programme\.yaml has changed since the unsaved edit was made/);
    expect(readdirSync(dir).some((f) => f.startsWith(".programme.yaml.scrutineer-journal.rejected-"))).toBe(true);
    await second.type("Enter", "q");
    await second.until(/EXIT=0/, "the planner to exit");
    second.close();
    expect(readFileSync(file, "utf8")).toContain("# a line added by hand");
  });

  it("uses colour, and none under NO_COLOR; an 80×24 terminal shows every pane", slow, async () => {
    const colour = new RegExp(`${String.fromCharCode(27)}\\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38)[;m]`);
    const coloured = open(copyOfExample());
    await coloured.until(/Year \(8 meetings/, "the planner");
    // SGR colour codes: 30-37, 90-97 or extended 38;…
    expect(coloured.screen(true)).toMatch(colour);
    coloured.close();
    const plain = open(copyOfExample(), { env: { NO_COLOR: "1" }, columns: 80, rows: 24 });
    await plain.until(/Year \(8 meetings/, "the planner");
    const text = plain.screen(true);
    expect(text).not.toMatch(colour);
    const lines = plain.screen().split("\n");
    for (const pane of ["Year (8 meetings", "Mon 16 Jan 2023 19:00", "Backlog (3)", "Checks ("])
      expect(lines.some((l) => l.includes(pane))).toBe(true);
    plain.close();
  });
});
