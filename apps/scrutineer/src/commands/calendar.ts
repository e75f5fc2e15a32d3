import { councilFindings } from "@scrutineer/council";
import { isMunicipalYear, longDate, meetingTime } from "@scrutineer/dates";
import { plural } from "@scrutineer/model";
import { highsSolver, proposeCalendar, proposedFolder } from "@scrutineer/planner";
import { parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadCouncil } from "../io/load-council.js";
import { formatFinding } from "../io/print.js";
import { timeLimitFlag } from "./autoplan.js";
import { catalogue } from "./catalogue.js";

/** A Markdown table cell: no pipe or line break from the data breaks the table. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

export const calendar: Command = {
  ...catalogue.calendar,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { year: { type: "string" }, json: { type: "boolean", default: false }, "time-limit": { type: "string" } },
      "calendar",
    );
    const [dir] = positionals;
    if (!dir || positionals.length > 1 || !values.year) throw new UsageError(`usage: ${this.usage}`);
    if (!isMunicipalYear(values.year))
      throw new UsageError(`--year ${values.year}: expected a municipal year such as 2024/25`);
    const timeLimitSeconds = timeLimitFlag(values["time-limit"]);
    const { folder } = await loadCouncil(dir, io.cwd);
    const proposal = await proposeCalendar(folder, {
      municipalYear: values.year,
      solver: highsSolver(),
      timeLimitSeconds,
    });
    // The proposal checked by the same rules as `scrutineer check`, independently of the model.
    const check = councilFindings(proposedFolder(folder, proposal));
    const ok = proposal.unmet.length === 0 && check.every((f) => f.severity !== "error");
    if (values.json) {
      io.stdout(`${JSON.stringify({ ok, ...proposal, check }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    const names = new Map(folder.committees.map((c) => [c.entry.id, c.index.programme.commission.name]));
    const lines = [
      `# Calendar of meetings ${values.year}: ${cell(folder.council.council)}`,
      "",
      `Proposed for ${plural(folder.committees.length - proposal.leftOut.length, "committee")} (${proposal.status === "optimal" ? "the best calendar under the rules" : `the best found in ${timeLimitSeconds} s, within ${(proposal.gap * 100).toFixed(1)} % of the best`}).`,
      "",
      "| Date | Time | Committee | Venue |",
      "|---|---|---|---|",
      ...proposal.meetings.map(
        (m) =>
          `| ${longDate(m.date)} | ${meetingTime(m.start)} | ${cell(names.get(m.committee) ?? m.committee)} | ${cell(m.venue)} |`,
      ),
      "",
    ];
    if (proposal.unmet.length > 0)
      lines.push("## What could not be satisfied", "", ...proposal.unmet.map((u) => `- ${cell(u)}`), "");
    if (proposal.leftOut.length > 0)
      lines.push(`Left out (no cycle in council.yaml): ${proposal.leftOut.map(cell).join(", ")}.`, "");
    lines.push(
      check.length === 0
        ? "Checked with the council's rules (`scrutineer check`): no clash."
        : ["Checked with the council's rules:", ...check.map((f) => `- ${cell(formatFinding(f))}`)].join("\n"),
      "",
    );
    io.stdout(lines.join("\n"));
    return ok ? 0 : 1;
  },
};
