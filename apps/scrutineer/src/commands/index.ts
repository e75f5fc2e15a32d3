import type { Command } from "../io/context.js";
import { check } from "./check.js";

/** Every subcommand, in the order `scrutineer --help` lists them. */
export const commands: Command[] = [check];
