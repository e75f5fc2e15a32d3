import { resolve } from "node:path";
import { draftMinutesHtml, draftMinutesMarkdown } from "@scrutineer/documents";
import { indexProgramme } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { meetingFlag } from "../io/meeting-flag.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";

/** `scrutineer minutes`: draft minutes of a meeting (Markdown or HTML) from its agenda, attendance, declarations and outcomes. */
export const minutes: Command = {
  ...catalogue.minutes,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        meeting: { type: "string" },
        format: { type: "string", default: "md" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
      },
      "minutes",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    if (values.format !== "md" && values.format !== "html")
      throw new UsageError(`scrutineer minutes: --format ${values.format}: expected md or html`);
    if (values.output === "") throw new UsageError("scrutineer minutes: -o needs a file name");
    const { today } = parseNow(values.now, io.now);
    const { programme } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    const meeting = meetingFlag(index, values.meeting, "minutes", file);
    const text =
      values.format === "html"
        ? draftMinutesHtml(index, meeting, { today })
        : draftMinutesMarkdown(index, meeting, { today });
    if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text, { shown: values.output });
    else io.stdout(text);
    return 0;
  },
};
