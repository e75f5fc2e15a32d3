import { helpText } from "./commands/help.js";
import { commands } from "./commands/index.js";
import type { Io } from "./io/context.js";
import { InputError, UsageError } from "./io/errors.js";
import { unhandledFileError } from "./io/file-errors.js";
import { forTerminal } from "./io/terminal.js";
import { VERSION } from "./version.js";

export { VERSION };

/** Run the CLI; resolves to the exit code. Never throws for bad input: that is exit 2 with a message. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(helpText());
    return 0;
  }
  const entry = name === undefined ? commands.find((c) => c.name === "plan") : commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(name === undefined ? helpText() : forTerminal(`scrutineer: unknown command "${name}"\n\n${helpText()}`));
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${entry.summary}\n\nusage: ${entry.usage}\n`);
    return 0;
  }
  const command = await entry.load();
  // The print edge: nothing from the data reaches the terminal as a control character.
  const safe: Io = { ...io, stdout: (t) => io.stdout(forTerminal(t)), stderr: (t) => io.stderr(forTerminal(t)) };
  try {
    return await command.run(rest, safe);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      safe.stderr(`${error.message}\n`);
      return 2;
    }
    // A file-system fault the user can fix (a read-only folder, a full disk) is theirs, not a bug.
    const fileError = unhandledFileError(error);
    if (fileError) {
      safe.stderr(`${fileError.message}\n`);
      return 2;
    }
    // A date whose deadlines would count into a year no bank-holiday source covers (Scotland's
    // list starts in 1972): the input's limit, said plainly. Loaded only here, so --help stays light.
    const { isDeadlinesError } = await import("@scrutineer/deadlines");
    if (isDeadlinesError(error) && error.code === "bank-holidays-year-not-covered") {
      safe.stderr(`scrutineer ${entry.name}: cannot count working days here: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
