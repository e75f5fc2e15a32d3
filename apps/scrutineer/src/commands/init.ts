import { basename, dirname, join, relative, resolve } from "node:path";
import { isDeadlinesError, newProgramme } from "@scrutineer/deadlines";
import { listJoin, plural, programmeJsonSchema } from "@scrutineer/model";
import { QUESTIONS, type Typed, toAnswers } from "../init/questions.js";
import { parseFlags } from "../io/args.js";
import { type FileWrite, prepareWrites } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";

/** The JSON Schema written beside a new programme, for editors; its `$schema` line names it. */
export const SCHEMA_FILE = "scrutineer.schema.json";

/** Output that is not a file in a folder: a device or a descriptor, where no schema goes beside it. */
const THROUGH = /^\/(dev|proc)\//;

export const init: Command = {
  ...catalogue.init,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        council: { type: "string" },
        jurisdiction: { type: "string" },
        name: { type: "string" },
        kind: { type: "string" },
        year: { type: "string" },
        rule: { type: "string" },
        start: { type: "string" },
        venue: { type: "string" },
        contact: { type: "string" },
        email: { type: "string" },
        chair: { type: "string" },
        member: { type: "string", multiple: true },
        output: { type: "string", short: "o" },
        force: { type: "boolean", default: false },
        now: { type: "string" },
      },
      "init",
    );
    if (positionals.length) throw new UsageError(`usage: ${this.usage}`);
    if (values.output === "") throw new UsageError("scrutineer init: -o needs a file name");
    const { today } = parseNow(values.now, io.now);
    const shown = values.output ?? "programme.yaml";
    const path = resolve(io.cwd, shown);

    const given: Typed = {};
    for (const q of QUESTIONS) {
      const value = q.key === "members" ? values.member?.join(", ") : (values as Record<string, unknown>)[q.key];
      if (typeof value === "string") given[q.key] = value;
    }
    const missing = QUESTIONS.filter((q) => q.required && given[q.key] === undefined);

    let typed: Typed | undefined = given;
    if (missing.length > 0) {
      if (!io.isTTY)
        throw new UsageError(
          `scrutineer init: give ${listJoin(missing.map((q) => q.flag))} (or run it in a terminal to be asked)\nusage: ${this.usage}`,
        );
      // Ink and React load only for the form.
      const { askInTerminal } = await import("../init/run.js");
      typed = await askInTerminal(given, today, shown);
      if (!typed) {
        io.stderr("scrutineer init: cancelled; nothing written\n");
        return 130;
      }
    }
    // Every answer read as the form reads it, naming the flag.
    for (const q of QUESTIONS) {
      const value = typed[q.key];
      if (value === undefined) continue;
      const { error } = q.read(value, typed);
      if (error) throw new UsageError(`${q.flag} ${/\s/.test(value) ? JSON.stringify(value) : value}: ${error}`);
    }

    const through = THROUGH.test(path);
    let made: ReturnType<typeof newProgramme>;
    try {
      made = newProgramme(toAnswers(typed), through ? {} : { schema: SCHEMA_FILE });
    } catch (error) {
      if (isDeadlinesError(error)) throw new UsageError(`--rule "${typed.rule}": ${error.message}`);
      throw error;
    }
    const writes: FileWrite[] = [
      {
        path,
        content: made.text,
        shown,
        ...(values.force ? {} : { refuseExisting: "it already exists: give --force to replace it" }),
      },
    ];
    const schemaPath = join(dirname(path), SCHEMA_FILE);
    const schemaShown = relative(io.cwd, schemaPath) || SCHEMA_FILE;
    if (!through)
      writes.push({
        path: schemaPath,
        content: `${JSON.stringify(programmeJsonSchema(), null, 2)}\n`,
        shown: schemaShown,
      });
    // Both prepared before either is put in place: a fault in one leaves neither.
    for (const p of await prepareWrites(writes)) await p.commit();

    const { programme, plan } = made;
    const first = plan.slots[0]?.label ?? "";
    const last = plan.slots[plan.slots.length - 1]?.label ?? "";
    const lines = [
      `wrote ${shown}: ${programme.commission.name}, ${programme.commission.municipalYear}, ${plural(programme.meetings.length, "meeting")} (${first} to ${last}), deadlines computed by the rules`,
      ...(through
        ? []
        : [
            `wrote ${schemaShown}: lets editors (VS Code with the YAML extension) complete and check the file; keep it beside ${basename(shown)}`,
          ]),
      ...(made.placeholders.length
        ? [`still to set: ${listJoin(made.placeholders)} ("TO BE SET"; scrutineer check lists them)`]
        : []),
      `next: scrutineer check ${shown}`,
    ];
    // To standard error when the file itself went to standard output.
    (through ? io.stderr : io.stdout)(`${lines.join("\n")}\n`);
    return 0;
  },
};
