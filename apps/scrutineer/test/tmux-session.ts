import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./helpers.js";

/**
 * The built binary in a real terminal, for the tmux tests (tmux-plan*.test.ts): tmux runs a
 * command in a session of a given size, the test types keys with send-keys and reads the screen
 * with capture-pane, as an officer at a keyboard would.
 */

export const cli = join(repoRoot, "apps/scrutineer/dist/cli.js");
const tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].find((p) => existsSync(p));

/** Why the tmux tests cannot run here, if they cannot. */
export const tmuxSkip = !tmuxPath
  ? "tmux is not installed (CI installs it: apt-get install tmux)"
  : !existsSync(cli)
    ? "the CLI is not built (pnpm --filter scrutineer build)"
    : undefined;
if (tmuxSkip) console.warn(`skipping the tmux tests: ${tmuxSkip}`);

/**
 * A tmux server of the test file's own (socket `name`). tmux's server exits when its last session
 * closes, and a new-session sent while it is exiting fails with "server exited unexpectedly"
 * (seen in CI between two tests): `keep()` in beforeAll starts a session that lives for the whole
 * file, `kill()` in afterAll ends the server.
 */
export function tmuxServer(name: string) {
  const socket = `${name}-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync(tmuxPath!, ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  return {
    keep: () => tmux("new-session", "-d", "-s", "keep-server", "sleep 3600"),
    kill: () => spawnSync(tmuxPath!, ["-L", socket, "kill-server"]),
    /** Run `command` (a shell line) in a new session `session` of `columns`×`rows`; its exit code is shown as EXIT=n. */
    open: (session: string, command: string, size: { columns: number; rows: number }) =>
      terminal(tmux, session, command, size),
  };
}

function terminal(
  tmux: (...args: string[]) => string,
  name: string,
  command: string,
  size: { columns: number; rows: number },
) {
  tmux(
    "new-session",
    "-d",
    "-s",
    name,
    "-x",
    String(size.columns),
    "-y",
    String(size.rows),
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
  const close = () => {
    try {
      tmux("kill-session", "-t", name);
    } catch {
      // already gone
    }
  };
  return { screen, keys, type, until, ready, pid, close };
}
