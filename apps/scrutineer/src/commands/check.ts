import { checkProgramme } from "@scrutineer/checks";
import { dateFlag, parseFlags, todayInLondon } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { formatFindings } from "../io/print.js";
import { catalogue } from "./catalogue.js";

export const check: Command = {
  ...catalogue.check,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { json: { type: "boolean", default: false }, now: { type: "string" } },
      "check",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const today = values.now ? dateFlag(values.now, "--now") : todayInLondon(io.now);
    const { programme } = await loadProgramme(file);
    const findings = checkProgramme(programme, { today });
    const ok = !findings.some((f) => f.severity === "error");
    if (values.json) io.stdout(`${JSON.stringify({ ok, findings }, null, 2)}\n`);
    else io.stdout(formatFindings(file, programme, findings));
    return ok ? 0 : 1;
  },
};
