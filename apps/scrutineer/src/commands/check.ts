import { resolve } from "node:path";
import { checkProgramme } from "@scrutineer/checks";
import { parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { isCouncilFolder } from "../io/load-council.js";
import { parseNow } from "../io/now.js";
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
    const { today } = parseNow(values.now, io.now);
    if (await isCouncilFolder(resolve(io.cwd, file))) {
      // A council folder: every committee's checks, then the clashes across committees.
      const { checkCouncil } = await import("./check-council.js");
      const result = await checkCouncil(file, today, io.cwd);
      io.stdout(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
      return result.ok ? 0 : 1;
    }
    const { programme } = await loadProgramme(file, io.cwd);
    const findings = checkProgramme(programme, { today });
    const ok = !findings.some((f) => f.severity === "error");
    if (values.json) io.stdout(`${JSON.stringify({ ok, findings }, null, 2)}\n`);
    else io.stdout(formatFindings(file, programme, findings));
    return ok ? 0 : 1;
  },
};
