import type { Command } from "../io/context.js";
import { agenda } from "./agenda.js";
import { autoplanCommand } from "./autoplan.js";
import { check } from "./check.js";
import { deadlines } from "./deadlines.js";
import { exportCommand } from "./export.js";
import { interests } from "./interests.js";
import { plan } from "./plan.js";
import { programme } from "./programme.js";
import { serve } from "./serve.js";
import { slots } from "./slots.js";

/** Every subcommand, in the order `scrutineer --help` lists them. */
export const commands: Command[] = [
  plan,
  check,
  agenda,
  interests,
  programme,
  deadlines,
  slots,
  exportCommand,
  serve,
  autoplanCommand,
];
