import type { CouncilFolder } from "./council-committees.js";
import { councilContext } from "./council-context.js";
import type { CouncilFinding } from "./council-finding.js";
import { avoidDateFindings } from "./rules/avoid-date.js";
import { cabinetMemberClashFindings } from "./rules/cabinet-member-clash.js";
import { jointMeetingFindings } from "./rules/joint-meeting.js";
import { memberClashFindings } from "./rules/member-clash.js";
import { officerClashFindings } from "./rules/officer-clash.js";
import { preElectionPeriodFindings } from "./rules/pre-election-period.js";
import { supportLoadFindings } from "./rules/support-load.js";
import { venueClashFindings } from "./rules/venue-clash.js";

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every cross-committee finding on a council folder (the "council" family of the finding
 * catalogue), errors first, then by date. Each committee's own findings come from
 * `checkProgramme` of `@scrutineer/checks`, run on each programme; this adds what no single
 * programme can see. `counter` counts the meeting pairs compared (for the complexity test).
 */
export function councilFindings(folder: CouncilFolder, counter?: { comparisons: number }): CouncilFinding[] {
  const context = councilContext(folder, counter);
  const findings = [
    ...jointMeetingFindings(context),
    ...venueClashFindings(context),
    ...memberClashFindings(context),
    ...cabinetMemberClashFindings(context),
    ...officerClashFindings(context),
    ...supportLoadFindings(context),
    ...preElectionPeriodFindings(context),
    ...avoidDateFindings(context),
  ];
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        RANK[a.f.severity] - RANK[b.f.severity] || (a.f.meeting ?? "").localeCompare(b.f.meeting ?? "") || a.i - b.i,
    )
    .map(({ f }) => f);
}
