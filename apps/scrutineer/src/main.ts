import { helpText } from "./commands/help.js";
import { commands } from "./commands/index.js";
import type { Io } from "./io/context.js";
import { InputError, UsageError } from "./io/errors.js";

export const VERSION = "0.0.0";

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
    io.stderr(name === undefined ? helpText() : `scrutineer: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${entry.summary}\n\nusage: ${entry.usage}\n`);
    return 0;
  }
  const command = await entry.load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
