import { commands } from "./commands/index.js";
import type { Io } from "./io/context.js";
import { InputError, UsageError } from "./io/errors.js";

export const VERSION = "0.0.0";

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "scrutineer — plan a scrutiny commission's year",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Usage:",
    ...commands.map((c) => `  ${c.usage}`),
    "",
    "Exit codes: 0 no errors · 1 findings of severity error · 2 invalid input or usage",
    "",
  ].join("\n");
}

/** Run the CLI; resolves to the exit code. Never throws for bad input: that is exit 2 with a message. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return 0;
  }
  const command = name === undefined ? commands.find((c) => c.name === "plan") : commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(name === undefined ? help() : `scrutineer: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
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
