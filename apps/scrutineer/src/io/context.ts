/** What a command may touch: its output streams and the current directory. Tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The real clock, read once at start-up; commands accept `--now` to override. */
  now: Date;
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the exit code. */
  run(argv: string[], io: Io): Promise<number>;
}
