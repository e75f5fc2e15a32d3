#!/usr/bin/env node
/**
 * The council's calendar of meetings (issue 15) for a synthetic council, by hand:
 *   pnpm bench:calendar [committees, default 40] [--time-limit 30] [--json]
 * Needs the build. Each of the committees (10 meetings a year, one weekday each, rooms, members
 * and officers shared as in @scrutineer/council's synthetic council) gets a cycle; prints the
 * time to propose, HiGHS's own share of it, the gap, and the errors the council's own check finds
 * on the result (0 expected).
 */
import { performance } from "node:perf_hooks";
import { Council, councilFindings } from "@scrutineer/council";
import { indexProgramme, Programme } from "@scrutineer/model";
import { syntheticCouncil } from "../../council/bench/synthetic-council.mjs";
import { highsSolver, proposeCalendar, proposedFolder } from "../dist/index.js";

const committees = Number(process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : 40);
const limitAt = process.argv.indexOf("--time-limit");
const timeLimitSeconds = limitAt > 0 ? Number(process.argv[limitAt + 1]) : 30;
const { council, programmes } = syntheticCouncil({ committees, meetingsPerCommittee: 10, perDay: 4 });
const days = ["MO", "TU", "WE", "TH"];
council.committees.forEach((c, i) => {
  c.cycle = { rule: `FREQ=WEEKLY;BYDAY=${days[i % 4]}`, meetings: 10 };
});
const parsed = Council.parse(council);
const folder = {
  council: parsed,
  committees: parsed.committees.map((entry, i) => ({
    entry,
    file: entry.programme,
    index: indexProgramme(Programme.parse(programmes[i])),
  })),
};
const t = performance.now();
const proposal = await proposeCalendar(folder, { municipalYear: "2023/24", solver: highsSolver(), timeLimitSeconds });
const total = (performance.now() - t) / 1000;
const errors = councilFindings(proposedFolder(folder, proposal)).filter((f) => f.severity === "error").length;
const result = {
  committees,
  meetings: committees * 10,
  status: proposal.status,
  placed: proposal.meetings.length,
  unmet: proposal.unmet.length,
  gap: proposal.gap,
  seconds: Number(total.toFixed(2)),
  highsSeconds: Number(proposal.seconds.toFixed(2)),
  timeLimitSeconds,
  errors,
};
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else
  console.log(
    `calendar, ${committees} committees / ${committees * 10} meetings: ${proposal.status}, ${proposal.meetings.length} placed, ${proposal.unmet.length} rules broken, gap ${(proposal.gap * 100).toFixed(2)} %; ${total.toFixed(1)} s in all, HiGHS ${proposal.seconds.toFixed(1)} s (${((proposal.seconds / total) * 100).toFixed(0)} %); errors found by the council check: ${errors}`,
  );
