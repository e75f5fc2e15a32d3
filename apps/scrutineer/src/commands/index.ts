import type { Command } from "../io/context.js";
import { catalogue } from "./catalogue.js";

/** A subcommand as listed by `--help`; its code (and the packages it needs) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<Command>;
}

/** Every subcommand, in the order `scrutineer --help` lists them. */
export const commands: CommandEntry[] = [
  { ...catalogue.init, load: async () => (await import("./init.js")).init },
  { ...catalogue.plan, load: async () => (await import("./plan.js")).plan },
  { ...catalogue.check, load: async () => (await import("./check.js")).check },
  { ...catalogue.agenda, load: async () => (await import("./agenda.js")).agenda },
  { ...catalogue.interests, load: async () => (await import("./interests.js")).interests },
  { ...catalogue.programme, load: async () => (await import("./programme.js")).programme },
  { ...catalogue.deadlines, load: async () => (await import("./deadlines.js")).deadlines },
  { ...catalogue.minutes, load: async () => (await import("./minutes.js")).minutes },
  { ...catalogue.recommendations, load: async () => (await import("./recommendations.js")).recommendations },
  { ...catalogue.slots, load: async () => (await import("./slots.js")).slots },
  { ...catalogue.export, load: async () => (await import("./export.js")).exportCommand },
  { ...catalogue.import, load: async () => (await import("./import.js")).importCommand },
  { ...catalogue.serve, load: async () => (await import("./serve.js")).serve },
  { ...catalogue.autoplan, load: async () => (await import("./autoplan.js")).autoplanCommand },
  { ...catalogue.calendar, load: async () => (await import("./calendar.js")).calendar },
];
