import { interestsReport, interestsReportText } from "@scrutineer/agenda";
import { meetingFindings } from "@scrutineer/checks";
import { indexProgramme } from "@scrutineer/model";
import { parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { loadProgramme } from "../io/load.js";
import { meetingFlag } from "../io/meeting-flag.js";
import { parseNow } from "../io/now.js";
import { catalogue } from "./catalogue.js";

/**
 * `scrutineer interests`: attendance, declarations, who may vote, who must leave and quorum per
 * item, as the agenda package reports them (`interestsReport`), with the meeting's interest and
 * quorum findings from `meetingFindings`.
 */
export const interests: Command = {
  ...catalogue.interests,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { meeting: { type: "string" }, json: { type: "boolean", default: false } },
      "interests",
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`usage: ${this.usage}`);
    const { programme } = await loadProgramme(file, io.cwd);
    const index = indexProgramme(programme);
    const meeting = meetingFlag(index, values.meeting, "interests", file);
    const { today } = parseNow(undefined, io.now);
    const findings = meetingFindings(index, meeting, { today, only: ["interests", "quorum"] });
    const report = interestsReport(index, meeting, findings);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : interestsReportText(index, meeting, report));
    return report.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
