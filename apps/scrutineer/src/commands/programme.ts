import { resolve } from "node:path";
import { workProgrammeHtml, workProgrammeMarkdown } from "@scrutineer/documents";
import { dateFlag, parseFlags, todayInLondon } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
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
      },
      "programme",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      throw new UsageError(`scrutineer programme: --format ${values.format}: expected md or html`);
    if (values.output === "") throw new UsageError("scrutineer programme: -o needs a file name");
    const today = values.now ? dateFlag(values.now, "--now") : todayInLondon(io.now);
    const { programme: loaded } = await loadProgramme(file);

    const text = format === "html" ? workProgrammeHtml(loaded, { today }) : workProgrammeMarkdown(loaded, { today });
    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return 0;
  },
};
