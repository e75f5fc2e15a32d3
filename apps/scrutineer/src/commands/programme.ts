import { resolve } from "node:path";
import { workProgrammeHtml, workProgrammeMarkdown } from "@scrutineer/documents";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";

const FORMATS = ["md", "html"] as const;

/** `scrutineer programme`: the year's work-programme table, to publish (Markdown or self-contained HTML). */
export const programme: Command = {
  ...catalogue.programme,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        format: { type: "string", default: "md" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
        "with-checks": { type: "boolean", default: false },
      },
      "programme",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`scrutineer programme: --format ${values.format}: expected md or html`);
    if (values.output === "") throw new UsageError("scrutineer programme: -o needs a file name");
    const { today } = parseNow(values.now, io.now);
    const { programme: loaded } = await loadProgramme(file, io.cwd);

    // The checker's notes only when asked: the table is published in the agenda pack.
    const options = { today, withChecks: values["with-checks"] };
    const text = format === "html" ? workProgrammeHtml(loaded, options) : workProgrammeMarkdown(loaded, options);
    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
    else io.stdout(text);
    return 0;
  },
};
